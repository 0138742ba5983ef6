package org.fahras.plugins.tika;

/**
 * How often each Arabic letter occurs in Modern Standard Arabic prose, as weights for {@link
 * ArabicCharsetDetector}: a code page that decodes a text into frequent letters (ا ل ي م و ن) is
 * likelier than one that decodes it into rare ones (ظ غ ث ذ).
 *
 * <p>Frequencies in per mille, rounded, from published letter counts of newspaper Arabic; the
 * weight is ten times their decimal logarithm, so a sum of weights is a log-likelihood.
 */
final class ArabicLetterFrequency {

  private static final char HAMZA = '\u0621';
  private static final char YEH = '\u064A';
  private static final char FATHATAN = '\u064B';
  private static final char SUKUN = '\u0652';
  private static final char ARABIC_COMMA = '\u060C';
  private static final char ARABIC_SEMICOLON = '\u061B';
  private static final char ARABIC_QUESTION_MARK = '\u061F';
  private static final char ZWNJ = '\u200C';
  private static final char RLM = '\u200F';

  /** Weight given to a haraka: vocalised text has many, each as likely in either code page. */
  private static final int MARK_WEIGHT = 10;

  /** Per mille of each letter U+0621 (ء) … U+064A (ي); tatweel U+0640 and unused slots 0. */
  private static final int[] PER_MILLE = {
    4, // ء
    2, // آ
    25, // أ
    2, // ؤ
    11, // إ
    4, // ئ
    124, // ا
    41, // ب
    26, // ة
    39, // ت
    6, // ث
    14, // ج
    19, // ح
    8, // خ
    26, // د
    10, // ذ
    44, // ر
    5, // ز
    25, // س
    9, // ش
    9, // ص
    5, // ض
    8, // ط
    2, // ظ
    33, // ع
    4, // غ
    0, 0, 0, 0, 0, // U+063B–U+063F
    0, // ـ tatweel
    29, // ف
    23, // ق
    24, // ك
    105, // ل
    59, // م
    55, // ن
    40, // ه
    56, // و
    11, // ى
    66, // ي
  };

  private static final int[] WEIGHT = new int[PER_MILLE.length];

  static {
    for (int i = 0; i < PER_MILLE.length; i++) {
      WEIGHT[i] = PER_MILLE[i] == 0 ? 0 : (int) Math.round(10 * Math.log10(PER_MILLE[i]));
    }
  }

  private ArabicLetterFrequency() {}

  /** The weight of {@code c}: its log frequency for letters, a fixed weight for harakat, else 0. */
  static int weight(int c) {
    if (c >= HAMZA && c <= YEH) {
      return WEIGHT[c - HAMZA];
    }
    if (c >= FATHATAN && c <= SUKUN) {
      return MARK_WEIGHT;
    }
    return 0;
  }

  /**
   * Whether {@code c} belongs in an Arabic word: a letter or mark of the Arabic block, Arabic
   * punctuation, or a joiner or direction mark.
   */
  static boolean isArabicLetterOrMark(int c) {
    return (c >= HAMZA && c <= 0x06FF)
        || c == ARABIC_COMMA
        || c == ARABIC_SEMICOLON
        || c == ARABIC_QUESTION_MARK
        || (c >= ZWNJ && c <= RLM);
  }
}
