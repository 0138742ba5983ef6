package org.fahras.plugins.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

/**
 * The analysis chain of analysis version 1 (ICUTokenizer and four character-level filters), kept
 * to check that {@link ArabicSearchAnalyzer} gives the same terms and offsets.
 */
final class LegacyArabicSearchAnalyzer extends Analyzer {

  private final boolean stem;
  private final CharArraySet stopWords;

  private LegacyArabicSearchAnalyzer(boolean stem, CharArraySet stopWords) {
    this.stem = stem;
    this.stopWords = stopWords;
  }

  static LegacyArabicSearchAnalyzer stemmed() {
    return new LegacyArabicSearchAnalyzer(true, StopWords.SET);
  }

  static LegacyArabicSearchAnalyzer exact() {
    return new LegacyArabicSearchAnalyzer(false, StopWords.SET);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ICUTokenizer();
    TokenStream result = normalizeLetters(source);
    result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    result = new StopFilter(result, stopWords);
    if (stem) {
      result = new ArabicStemFilter(result);
      result = new ArabicProcliticFilter(result);
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
    result = new ArabicLetterNormalizationFilter(result);
    result = new ArabicNormalizationFilter(result);
    result = new DecimalDigitFilter(result);
    return result;
  }

  private static final class StopWords {
    static final CharArraySet SET = build();

    private static CharArraySet build() {
      try (Analyzer normalizer = new LegacyArabicSearchAnalyzer(false, CharArraySet.EMPTY_SET)) {
        return ArabicStopWords.normalized(normalizer);
      }
    }
  }
}
