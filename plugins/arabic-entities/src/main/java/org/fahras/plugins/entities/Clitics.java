package org.fahras.plugins.entities;

/**
 * The proclitics that attach to a name in Arabic script: the conjunctions و ف, the prepositions
 * ب ل ك, and لل (ل + the article, whose alef is dropped: للأمم = ل + الأمم).
 *
 * <p>{@link #strip} lists the readings of a folded word, the word itself first, then without one
 * clitic, then without two (وب، ول، فل …); each reading is the stem to look up and the number of
 * folded characters the clitics take at the start of the word.
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

  /** Readings of {@code word}: stems and their clitic lengths, at most eight, exact word first. */
  static int strip(String word, String[] stems, int[] prefixes) {
    return strip(word, stems, prefixes, null);
  }

  /**
   * As {@link #strip(String, String[], int[])}; a stem the lexicon knows is its own instance
   * from {@code known} (no new string), when {@code known} is not null.
   */
  static int strip(String word, String[] stems, int[] prefixes, WordTable known) {
    int n = 0;
    stems[n] = word;
    prefixes[n++] = 0;
    int len = word.length();
    if (len > MIN_STEM && (word.charAt(0) == WAW || word.charAt(0) == FEH)) {
      String rest = substring(known, word, 1);
      stems[n] = rest;
      prefixes[n++] = 1;
      n = preposition(rest, 1, stems, prefixes, n, known);
    }
    return preposition(word, 0, stems, prefixes, n, known);
  }

  private static String substring(WordTable known, String w, int from) {
    return known == null ? w.substring(from) : known.substring(w, from, w.length());
  }

  private static int preposition(
      String w, int offset, String[] stems, int[] prefixes, int n, WordTable known) {
    if (w.length() <= MIN_STEM) {
      return n;
    }
    char c = w.charAt(0);
    if (c == LAM && w.charAt(1) == LAM && w.length() > MIN_STEM + 1) {
      // للأمم: the preposition is the first lam; the second is the article's.
      stems[n] = known == null ? ARTICLE.concat(w.substring(2)) : known.withArticle(w, 2);
      prefixes[n++] = offset + 1;
      stems[n] = substring(known, w, 1);
      prefixes[n++] = offset + 1;
    } else if (c == BEH || c == LAM || c == KAF) {
      stems[n] = substring(known, w, 1);
      prefixes[n++] = offset + 1;
    }
    return n;
  }

  /**
   * The readings of {@link #strip(String, String[], int[], WordTable)} without making a string
   * for a stem the lexicon does not know: {@code stems[r]} is the lexicon's instance or null;
   * {@code froms[r]} is where the stem starts in {@code word}, or {@code ~from} for the reading
   * {@link #ARTICLE} + {@code word.substring(from)} (للـ); {@link #reading} makes the string.
   */
  static int readings(String word, String[] stems, int[] prefixes, int[] froms, WordTable known) {
    int n = 0;
    stems[n] = word;
    froms[n] = 0;
    prefixes[n++] = 0;
    int len = word.length();
    if (len > MIN_STEM && (word.charAt(0) == WAW || word.charAt(0) == FEH)) {
      stems[n] = known.find(word, 1, len);
      froms[n] = 1;
      prefixes[n++] = 1;
      n = preposition(word, 1, stems, prefixes, froms, n, known);
    }
    return preposition(word, 0, stems, prefixes, froms, n, known);
  }

  /** As {@link #preposition(String, int, String[], int[], int, WordTable)} on {@code word.substring(from)}. */
  private static int preposition(
      String word, int from, String[] stems, int[] prefixes, int[] froms, int n, WordTable known) {
    int len = word.length();
    if (len - from <= MIN_STEM) {
      return n;
    }
    char c = word.charAt(from);
    if (c == LAM && word.charAt(from + 1) == LAM && len - from > MIN_STEM + 1) {
      stems[n] = known.findWithArticle(word, from + 2);
      froms[n] = ~(from + 2);
      prefixes[n++] = from + 1;
      stems[n] = known.find(word, from + 1, len);
      froms[n] = from + 1;
      prefixes[n++] = from + 1;
    } else if (c == BEH || c == LAM || c == KAF) {
      stems[n] = known.find(word, from + 1, len);
      froms[n] = from + 1;
      prefixes[n++] = from + 1;
    }
    return n;
  }

  /** Reading {@code r} of {@link #readings} as a string (made when the lexicon lacks it). */
  static String reading(String word, String[] stems, int[] froms, int r) {
    String s = stems[r];
    if (s == null) {
      int from = froms[r];
      s = from >= 0 ? word.substring(from) : ARTICLE.concat(word.substring(~from));
      stems[r] = s;
    }
    return s;
  }

  /** {@link #isDefinite} of reading {@code r} of {@link #readings}, without making a string. */
  static boolean isDefinite(String word, String[] stems, int[] froms, int r) {
    String s = stems[r];
    if (s != null) {
      return isDefinite(s);
    }
    int from = froms[r];
    return from >= 0
        ? word.length() - from >= 4 && word.startsWith(ARTICLE, from)
        : word.length() - ~from + 2 >= 4;
  }

  /** Whether a folded stem carries the article (الـ) before at least two letters (الحد). */
  static boolean isDefinite(String stem) {
    return stem.length() >= 4 && stem.startsWith(ARTICLE);
  }

  /** The stem without its article, or itself. */
  static String withoutArticle(String stem) {
    return isDefinite(stem) ? stem.substring(2) : stem;
  }
}
