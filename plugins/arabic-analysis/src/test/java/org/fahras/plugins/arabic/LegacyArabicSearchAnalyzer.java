package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chain of analysis version 1 (ICUTokenizer and four character-level filters), kept
 * to check that {@link ArabicSearchAnalyzer} gives the same terms and offsets.
 */
final class LegacyArabicSearchAnalyzer extends Analyzer {

  private final boolean stem;
  private final boolean keepTehMarbuta;
  private final CharArraySet stopWords;

  private LegacyArabicSearchAnalyzer(boolean stem, CharArraySet stopWords) {
    this(stem, stem, stopWords);
  }

  private LegacyArabicSearchAnalyzer(
      boolean stem, boolean keepTehMarbuta, CharArraySet stopWords) {
    this.stem = stem;
    this.keepTehMarbuta = keepTehMarbuta;
    this.stopWords = stopWords;
  }

  static LegacyArabicSearchAnalyzer stemmed() {
    return new LegacyArabicSearchAnalyzer(true, StemmedStopWords.SET);
  }

  static LegacyArabicSearchAnalyzer exact() {
    return new LegacyArabicSearchAnalyzer(false, StopWords.SET);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ICUTokenizer();
    // Today's spelling of Uthmani words, as the current stemmed chain adds it (since version 7).
    TokenStream result = stem ? new UthmaniSpellingFilter(source) : source;
    result = keepTehMarbuta ? normalizeLettersButTehMarbuta(result) : normalizeLetters(result);
    result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    result = new StopFilter(result, stopWords);
    if (stem) {
      // The stemming of the current chain: this class pins the tokenizer and normalisation.
      result = new ArabicLightStemFilter(result, true, true);
      result = new EnglishPossessiveFilter(result);
      result = new PorterStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return normalizeLetters(in);
  }

  private static TokenStream normalizeLetters(TokenStream in) {
    TokenStream result =
        new ICUNormalizer2Filter(in, CompatibilityFolding.NFKC_CASEFOLD_WITHOUT_SPACES);
    result = new OldHamzaSpellingFilter(result);
    result = new ArabicLetterNormalizationFilter(result);
    result = new ArabicNormalizationFilter(result);
    result = new DecimalDigitFilter(result);
    return result;
  }

  /**
   * The folding of the current stemmed chain, which leaves ة → ه to the stemmer: ة is hidden from
   * Lucene's normalizer behind a private-use character and given back after it.
   */
  private static TokenStream normalizeLettersButTehMarbuta(TokenStream in) {
    TokenStream result =
        new ICUNormalizer2Filter(in, CompatibilityFolding.NFKC_CASEFOLD_WITHOUT_SPACES);
    result = new OldHamzaSpellingFilter(result);
    result = new ArabicLetterNormalizationFilter(result);
    result = new CharSwapFilter(result, '\u0629', '\uE000');
    result = new ArabicNormalizationFilter(result);
    result = new CharSwapFilter(result, '\uE000', '\u0629');
    result = new DecimalDigitFilter(result);
    return result;
  }

  /**
   * The rule of analysis version 5 that version 1 did not have, added here so that the chains
   * still compare: ى before ء (marks and tatweel between them aside) is the old spelling of ئ, so
   * the ى goes (it becomes a tatweel, which Lucene's normalizer then removes) and ء stays.
   */
  private static final class OldHamzaSpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    OldHamzaSpellingFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] b = term.buffer();
      for (int i = 1; i < term.length(); i++) {
        if (b[i] != '\u0621') {
          continue;
        }
        int j = i - 1;
        while (j > 0 && deletedLater(b[j])) {
          j--;
        }
        if (b[j] == '\u0649') {
          b[j] = '\u0640';
        }
      }
      return true;
    }

    private static boolean deletedLater(char c) {
      return ArabicLetterNormalizer.isRemoved(c)
          || (c >= '\u064B' && c <= '\u0652')
          || c == '\u0640';
    }
  }

  /** Replaces one char by another in every term. */
  private static final class CharSwapFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final char from;
    private final char to;

    CharSwapFilter(TokenStream in, char from, char to) {
      super(in);
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] b = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (b[i] == from) {
          b[i] = to;
        }
      }
      return true;
    }
  }

  private static final class StopWords {
    static final CharArraySet SET = build();

    private static CharArraySet build() {
      try (Analyzer normalizer = new LegacyArabicSearchAnalyzer(false, CharArraySet.EMPTY_SET)) {
        return ArabicStopWords.normalized(normalizer);
      }
    }
  }

  /** As the current stemmed chain: stop words written with ة and with ه. */
  private static final class StemmedStopWords {
    static final CharArraySet SET = build();

    private static CharArraySet build() {
      CharArraySet all = new CharArraySet(StopWords.SET, false);
      try (Analyzer normalizer =
          new LegacyArabicSearchAnalyzer(false, true, CharArraySet.EMPTY_SET)) {
        all.addAll(ArabicStopWords.normalized(normalizer));
      }
      return all;
    }
  }
}
