package org.fahras.plugins.entities;

/**
 * The proclitics that attach to a name in Arabic script: the conjunctions و ف, the prepositions
 * ب ل ك, and لل (ل + the article, whose alef is dropped: للأمم = ل + الأمم).
 *
 * <p>{@link Readings} lists the readings of a folded word, the word itself first, then without
 * one clitic, then without two (وب، ول، فل …); each reading is the stem to look up and the number
 * of folded characters the clitics take at the start of the word.
 */
final class Clitics {

  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  static final String ARTICLE = "\u0627\u0644";

  /** The shortest stem a clitic may be taken from: «بر» is not ب + ر. */
  private static final int MIN_STEM = 3;

  private Clitics() {}

  /** Whether a word starting with {@code c} may carry a proclitic (و ف ب ل ك). */
  static boolean isClitic(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
  }

  /**
   * Whether a word of {@code length} chars starting with {@code first} has readings other than
   * itself ({@link Readings}).
   */
  static boolean mayStrip(int length, char first) {
    return length > MIN_STEM && isClitic(first);
  }

  /** Whether a folded stem carries the article (الـ) before at least two letters (الحد). */
  static boolean isDefinite(String stem) {
    return stem.length() >= 4 && stem.startsWith(ARTICLE);
  }

  /**
   * The readings of a word given as a range of folded chars, without strings: where each stem
   * starts, whether the article is put before it (للـ), its clitics' length, its hash code and
   * its id in a {@link WordTable}. In order: the word; without و or ف and then also without ب، ل
   * or ك; without ب، ل or ك alone. لل gives the article's reading (ال + the rest) before the one
   * without the first lam. A clitic is taken only from a word of more than three letters. Hash
   * codes follow from the word's ({@link WordTable#suffixHash}), so the word is not read again.
   * Reused from word to word; not thread-safe.
   */
  static final class Readings {

    /** The number of readings (1 to 4), the word itself first. */
    int count;

    /** Where reading r's chars start in the folded text (they end where the word ends). */
    final int[] from = new int[4];

    /** Whether reading r is {@link Clitics#ARTICLE} followed by its chars (للأمم → الأمم). */
    final boolean[] article = new boolean[4];

    /** The length of reading r's clitics in folded chars. */
    final int[] prefix = new int[4];

    /** The hash code of reading r (with the article when it has one). */
    final int[] hash = new int[4];

    /** Reading r's id in the table given to {@link #read}, -1 when unknown or no table. */
    final int[] id = new int[4];

    /** What the lexicon knows of reading r ({@link WordTable#info(long)} …), 0 when nothing. */
    final long[] lexicon = new long[4];

    /**
     * Reads the word {@code c[start, end)}, of hash code {@code hash}, id {@code wordId} and
     * lexicon long {@code wordLexicon}; looks the other readings up in {@code known} when it is not
     * null, through the thread's {@code cache} of it when that is not null.
     */
    void read(char[] c, int start, int end, int hash, int wordId, long wordLexicon, WordTable known, int[] cache) {
      count = 0;
      lexicon[0] = wordLexicon;
      add(start, false, 0, hash, wordId);
      int len = end - start;
      if (len > MIN_STEM && (c[start] == WAW || c[start] == FEH)) {
        int h = hash - c[start] * WordTable.pow31(len - 1);
        add(start + 1, false, 1, h, lookUp(c, start + 1, end, h, known, cache));
        preposition(c, start + 1, end, h, 1, known, cache);
      }
      preposition(c, start, end, hash, 0, known, cache);
    }

    /** The id of {@code c[from, end)} for the next reading, its lexicon long set. */
    private int lookUp(char[] c, int from, int end, int h, WordTable known, int[] cache) {
      if (known == null) {
        lexicon[count] = 0;
        return -1;
      }
      // The stripped forms are the frequent words (وقال → قال): the thread's cache serves them.
      return cache != null
          ? known.id(c, from, end, h, cache, lexicon, count)
          : known.id(c, from, end, h, lexicon, count);
    }

    /** The readings without ب، ل، ك or لل at {@code c[from, end)}, of hash code {@code hash}. */
    private void preposition(char[] c, int from, int end, int hash, int offset, WordTable known, int[] cache) {
      int len = end - from;
      if (len <= MIN_STEM) {
        return;
      }
      char ch = c[from];
      int h = hash - ch * WordTable.pow31(len - 1);
      if (ch == LAM && c[from + 1] == LAM && len > MIN_STEM + 1) {
        int h2 = h - c[from + 1] * WordTable.pow31(len - 2);
        int a = WordTable.withArticleHash(len - 2, h2);
        int withArticle;
        if (known == null) {
          lexicon[count] = 0;
          withArticle = -1;
        } else {
          withArticle = known.idWithArticle(c, from + 2, end, a, lexicon, count);
        }
        add(from + 2, true, offset + 1, a, withArticle);
        add(from + 1, false, offset + 1, h, lookUp(c, from + 1, end, h, known, cache));
      } else if (ch == BEH || ch == LAM || ch == KAF) {
        add(from + 1, false, offset + 1, h, lookUp(c, from + 1, end, h, known, cache));
      }
    }

    private void add(int start, boolean withArticle, int clitics, int h, int known) {
      from[count] = start;
      article[count] = withArticle;
      prefix[count] = clitics;
      hash[count] = h;
      id[count] = known;
      count++;
    }

    /** {@link Clitics#isDefinite} of reading {@code r} of the word {@code c[…, end)}. */
    boolean isDefinite(char[] c, int r, int end) {
      int f = from[r];
      return article[r]
          ? end - f + 2 >= 4
          : end - f >= 4 && c[f] == FoldedText.ALEF && c[f + 1] == LAM;
    }
  }
}
