package org.fahras.plugins.arabic;

/**
 * A stemmer for the proclitic clusters that a single-prefix light stemmer leaves on a word; {@link
 * ArabicLightStemmer} calls its two halves around its suffix stripping, and {@link #stem} applies
 * both to a stem that has already lost its suffixes.
 *
 * <p>Lucene strips one prefix (ال وال بال كال فال لل و), so a second clitic survives: وبالتالي
 * keeps بال, فبالعلم and فللطلاب keep their whole cluster, and a bare preposition (باستخدام) is
 * never stripped. This class removes, at most once:
 *
 * <ul>
 *   <li>a cluster ending in the article (فبال فكال فلل بال كال فال لل) when at least {@link
 *       #MIN_STEM_AFTER_ARTICLE} letters remain;
 *   <li>a preposition, alone or after ف (ب ل ك فب فل فك), only before an alef and when at least
 *       {@link #MIN_STEM_AFTER_PREPOSITION} letters remain. Derived verbal nouns (استخدام, انتقال,
 *       إعادة) start with an alef and are what usually follows; the alef and length guards keep
 *       words such as بحث, فلسطين, بيروت and كامل whole.
 * </ul>
 *
 * <p>Because it runs after Lucene's suffix stripping, the length guards apply to the stem, so all
 * inflections of a word (كاتب, كاتبة, كاتبات) are treated alike.
 */
final class ArabicProcliticStemmer {

  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char FEH = '\u0641';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';

  /** The fewest letters left after an article cluster is removed. */
  static final int MIN_STEM_AFTER_ARTICLE = 3;

  /** The fewest letters (the alef included) left after a preposition is removed. */
  static final int MIN_STEM_AFTER_PREPOSITION = 4;

  // Longest first, so فبال is tried before بال.
  private static final char[][] ARTICLE_CLUSTERS = {
    {FEH, BEH, ALEF, LAM},
    {FEH, KAF, ALEF, LAM},
    {FEH, LAM, LAM},
    {BEH, ALEF, LAM},
    {KAF, ALEF, LAM},
    {FEH, ALEF, LAM},
    {LAM, LAM},
  };

  private static final char[][] PREPOSITION_CLUSTERS = {
    {FEH, BEH}, {FEH, LAM}, {FEH, KAF}, {BEH}, {LAM}, {KAF},
  };

  private ArabicProcliticStemmer() {}

  /**
   * Removes one leading proclitic cluster from the first {@code len} chars of {@code s}.
   *
   * @return the new length
   */
  static int stem(char[] s, int len) {
    int stripped = stripArticleCluster(s, len, len);
    return stripped != len ? stripped : stripPreposition(s, len, len);
  }

  /**
   * Removes a leading cluster ending in the article when at least {@link #MIN_STEM_AFTER_ARTICLE}
   * letters of {@code measured} (the length the guard counts, at most {@code len}) remain.
   *
   * @return the new length
   */
  static int stripArticleCluster(char[] s, int len, int measured) {
    for (char[] cluster : ARTICLE_CLUSTERS) {
      if (measured - cluster.length >= MIN_STEM_AFTER_ARTICLE && startsWith(s, len, cluster)) {
        return deleteFirst(s, len, cluster.length);
      }
    }
    return len;
  }

  /**
   * Removes a leading preposition before an alef when at least {@link
   * #MIN_STEM_AFTER_PREPOSITION} letters of {@code measured} remain.
   *
   * @return the new length
   */
  static int stripPreposition(char[] s, int len, int measured) {
    for (char[] cluster : PREPOSITION_CLUSTERS) {
      if (measured - cluster.length >= MIN_STEM_AFTER_PREPOSITION
          && startsWith(s, len, cluster)
          && s[cluster.length] == ALEF) {
        return deleteFirst(s, len, cluster.length);
      }
    }
    return len;
  }

  private static boolean startsWith(char[] s, int len, char[] prefix) {
    if (len < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (s[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int deleteFirst(char[] s, int len, int n) {
    System.arraycopy(s, n, s, 0, len - n);
    return len - n;
  }
}
