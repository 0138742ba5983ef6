package org.fahras.plugins.tika;

import java.util.Locale;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses the language of extracted text with Tika's Optimaize detector.
 *
 * <p>Answers an ISO 639-1 code such as {@code ar}, or {@code null} when the text has too few
 * letters or the detector is not highly confident. Thread-safe: the detector keeps per-call state,
 * so each call makes its own (cheap: the language profiles are loaded once per class loader).
 */
final class LanguageGuesser {

  /**
   * Fewer letters than this say too little: on a few words (or on an archive's list of entry names)
   * the detector gives confident nonsense.
   */
  static final int MIN_LETTERS = 20;

  /**
   * The detector reads only the start of the text: a few hundred words settle the language, and
   * the detector's time grows with the sample (at 10,000 characters it took a tenth of the time of
   * indexing a plain-text file).
   */
  private static final int SAMPLE_CHARS = 2_000;

  /** The language of {@code text}, or {@code null} when unknown. */
  String guess(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return null;
    }
    LanguageResult result = new OptimaizeLangDetector().loadModels().detect(sample);
    if (result.isUnknown() || result.getConfidence() != LanguageConfidence.HIGH) {
      return null;
    }
    // Optimaize names some languages with a region (zh-CN); ParsedDocument wants ISO 639-1.
    String language = result.getLanguage();
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
