package org.fahras.plugins.tika;

import java.util.Locale;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses the language of extracted text: Arabic by its letters, anything else with Tika's
 * Optimaize detector.
 *
 * <p>Answers an ISO 639-1 code such as {@code ar}, or {@code null} when the text has too few
 * letters or the detector is not highly confident. Only the start of the text is read ({@link
 * #SAMPLE_CHARS}).
 *
 * <p>Most of what Fahras reads is Arabic, and Arabic is told from the other languages written in
 * Arabic script by its letters alone: Persian, Urdu, Pashto, Kurdish, Sindhi and Uyghur each need
 * letters Arabic does not have (ی ک پ چ گ ے ہ ٹ ە ې …) in nearly every sentence. So a sample whose
 * letters are at least {@link #MIN_ARABIC_SHARE} the 28 Arabic letters (with hamza forms, ة, ى, ٱ
 * and tatweel), and at most {@link #MAX_OTHER_ARABIC_SCRIPT_SHARE} other Arabic-script letters, is
 * {@code ar} without running the detector (which says {@code ar} with high confidence on such
 * text, at some hundred times the cost). Everything else goes to Optimaize.
 *
 * <p>Thread-safe: the detector keeps per-call state, so each call makes its own (cheap: the
 * language profiles are loaded once per class loader).
 */
final class LanguageGuesser {

  /**
   * Fewer letters than this say too little: on a few words (or on an archive's list of entry names)
   * the detector gives confident nonsense.
   */
  static final int MIN_LETTERS = 20;

  /**
   * The guess reads only the start of the text: a few hundred words settle the language, and the
   * detector's time grows with the sample (at 10,000 characters it took a tenth of the time of
   * indexing a plain-text file; 1,000 characters take half the time of 2,000).
   */
  static final int SAMPLE_CHARS = 1_000;

  /** The least share of Arabic letters among the letters of an Arabic sample. */
  static final double MIN_ARABIC_SHARE = 0.9;

  /** The largest share of other Arabic-script letters (Persian, Urdu …) in an Arabic sample. */
  static final double MAX_OTHER_ARABIC_SCRIPT_SHARE = 0.005;

  static final String ARABIC = "ar";

  // The letters of Arabic proper.
  private static final char HAMZA = '\u0621';
  private static final char GHAIN = '\u063A'; // last of hamza … ghain
  private static final char TATWEEL = '\u0640';
  private static final char YEH = '\u064A'; // feh … yeh follow tatweel
  private static final char ALEF_WASLA = '\u0671';

  // Blocks of the Arabic script: Arabic, Arabic Supplement, Arabic Extended-A, presentation forms.
  private static final char ARABIC_BLOCK_FIRST = '\u0600';
  private static final char ARABIC_BLOCK_LAST = '\u06FF';
  private static final char ARABIC_SUPPLEMENT_FIRST = '\u0750';
  private static final char ARABIC_SUPPLEMENT_LAST = '\u077F';
  private static final char ARABIC_EXTENDED_A_FIRST = '\u08A0';
  private static final char ARABIC_EXTENDED_A_LAST = '\u08FF';
  private static final char PRESENTATION_FORMS_A_FIRST = '\uFB50';
  private static final char PRESENTATION_FORMS_A_LAST = '\uFDFF';
  private static final char PRESENTATION_FORMS_B_FIRST = '\uFE70';
  private static final char PRESENTATION_FORMS_B_LAST = '\uFEFF';

  /** The language of {@code text}, or {@code null} when unknown. */
  String guess(String text) {
    int sampleEnd = Math.min(text.length(), SAMPLE_CHARS);
    LetterCounts counts = LetterCounts.of(text, sampleEnd);
    if (counts.letters < MIN_LETTERS) {
      return null;
    }
    if (counts.isArabic()) {
      return ARABIC;
    }
    String sample = text.substring(0, sampleEnd);
    LanguageResult result = new OptimaizeLangDetector().loadModels().detect(sample);
    if (result.isUnknown() || result.getConfidence() != LanguageConfidence.HIGH) {
      return null;
    }
    // Optimaize names some languages with a region (zh-CN); ParsedDocument wants ISO 639-1.
    String language = result.getLanguage();
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /** How many letters a sample has, and how many of them are Arabic or other Arabic-script ones. */
  static final class LetterCounts {
    int letters;
    int arabic;
    int otherArabicScript;

    static LetterCounts of(CharSequence s) {
      return of(s, s.length());
    }

    /** The counts of {@code s}'s first {@code end} characters. */
    static LetterCounts of(CharSequence s, int end) {
      LetterCounts counts = new LetterCounts();
      for (int i = 0; i < end; i++) {
        char c = s.charAt(i);
        if (c >= ARABIC_BLOCK_FIRST && c <= ARABIC_BLOCK_LAST) {
          // Most of what is read: one table look-up instead of the tests below.
          byte kind = ARABIC_BLOCK[c - ARABIC_BLOCK_FIRST];
          if (kind != NOT_A_LETTER) {
            counts.letters++;
            if (kind == ARABIC_LETTER) {
              counts.arabic++;
            } else {
              counts.otherArabicScript++;
            }
          }
        } else if (c < 0x80) {
          if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            counts.letters++;
          }
        } else if (isArabicScript(c)) {
          // Modifier letters of the script (the Quranic small waw and yeh ۥ ۦ) are spelling marks.
          if (Character.getType(c) == Character.OTHER_LETTER) {
            counts.letters++;
            counts.otherArabicScript++;
          }
        } else if (Character.isLetter(c) || Character.isHighSurrogate(c)) {
          counts.letters++;
        }
      }
      return counts;
    }

    boolean isArabic() {
      return letters >= MIN_LETTERS
          && arabic >= MIN_ARABIC_SHARE * letters
          && otherArabicScript <= MAX_OTHER_ARABIC_SCRIPT_SHARE * letters;
    }
  }

  private static final byte NOT_A_LETTER = 0;
  private static final byte ARABIC_LETTER = 1;
  private static final byte OTHER_ARABIC_SCRIPT_LETTER = 2;

  /** What {@link LetterCounts#of} counts each character of the Arabic block (U+0600–U+06FF) as. */
  private static final byte[] ARABIC_BLOCK = new byte[ARABIC_BLOCK_LAST - ARABIC_BLOCK_FIRST + 1];

  static {
    for (char c = ARABIC_BLOCK_FIRST; c <= ARABIC_BLOCK_LAST; c++) {
      ARABIC_BLOCK[c - ARABIC_BLOCK_FIRST] =
          isArabicLetter(c)
              ? ARABIC_LETTER
              : Character.getType(c) == Character.OTHER_LETTER ? OTHER_ARABIC_SCRIPT_LETTER : NOT_A_LETTER;
    }
  }

  private static boolean isArabicLetter(char c) {
    return (c >= HAMZA && c <= GHAIN) || (c >= TATWEEL && c <= YEH) || c == ALEF_WASLA;
  }

  private static boolean isArabicScript(char c) {
    return (c >= ARABIC_BLOCK_FIRST && c <= ARABIC_BLOCK_LAST)
        || (c >= ARABIC_SUPPLEMENT_FIRST && c <= ARABIC_SUPPLEMENT_LAST)
        || (c >= ARABIC_EXTENDED_A_FIRST && c <= ARABIC_EXTENDED_A_LAST)
        || (c >= PRESENTATION_FORMS_A_FIRST && c <= PRESENTATION_FORMS_A_LAST)
        || (c >= PRESENTATION_FORMS_B_FIRST && c <= PRESENTATION_FORMS_B_LAST);
  }
}
