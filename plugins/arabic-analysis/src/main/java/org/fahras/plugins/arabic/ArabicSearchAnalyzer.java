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
 * The analyzer for Arabic (and mixed Latin) text behind the {@code STEMMED} and {@code EXACT}
 * fields: one normalisation chain, with light stemming for the stemmed field only.
 *
 * <p>Every step is a token filter, so offsets stay those of the surface word, tashkeel and
 * tatweel included, and the highlighter marks the whole word. {@link #normalize(String,
 * TokenStream)} applies the same normalisation to wildcard, prefix and fuzzy query terms.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

  private final boolean stem;
  private final CharArraySet stopWords;

  private ArabicSearchAnalyzer(boolean stem, CharArraySet stopWords) {
    this.stem = stem;
    this.stopWords = stopWords;
  }

  /** An analyzer that normalises, removes stop words and lightly stems. */
  public static ArabicSearchAnalyzer stemmed() {
    return new ArabicSearchAnalyzer(true, DefaultStopWords.SET);
  }

  /** An analyzer that normalises and removes stop words, but keeps whole words. */
  public static ArabicSearchAnalyzer exact() {
    return new ArabicSearchAnalyzer(false, DefaultStopWords.SET);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // ICUTokenizer rather than StandardTokenizer: it splits where the script changes
    // (Googleجوجل → google, جوجل), which PDF and OCR text often needs; both keep offsets right.
    Tokenizer source = new ICUTokenizer();
    TokenStream result = normalizeLetters(source);
    // A token of tatweel or marks alone is empty by now.
    result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    // After normalisation, and with a stop set normalised the same way, so that إِلَى, إلى and
    // الى are all removed. Before stemming, so a stemmed content word never hits a stop word.
    result = new StopFilter(result, stopWords);
    if (stem) {
      result = new ArabicStemFilter(result);
      // Reads the stem Lucene left: one prefix and the suffixes are already gone.
      result = new ArabicProcliticFilter(result);
      // Latin words: a no-op on Arabic letters.
      result = new EnglishPossessiveFilter(result);
      result = new PorterStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return normalizeLetters(in);
  }

  /** The character-level steps shared by analysis and {@link #normalize(String, TokenStream)}. */
  private static TokenStream normalizeLetters(TokenStream in) {
    // First: presentation forms to base letters and decomposed hamza composed (ا + ◌ٔ → أ)
    // while the hamza mark is still there; the filters below would delete it.
    TokenStream result =
        new ICUNormalizer2Filter(in, CompatibilityFolding.NFKC_CASEFOLD_WITHOUT_SPACES);
    // ٱ → ا, ؤ ئ → ء, Persian letters, Quranic marks and invisible controls.
    result = new ArabicLetterNormalizationFilter(result);
    // Lucene's: أ إ آ → ا, ة → ه, ى → ي, harakat and tatweel removed.
    result = new ArabicNormalizationFilter(result);
    // ٢٠٢٣ and ۲۰۲۳ → 2023.
    result = new DecimalDigitFilter(result);
    return result;
  }

  /** Holds the stop set, built once on first use from the chain's own normalisation. */
  private static final class DefaultStopWords {
    static final CharArraySet SET = build();

    private static CharArraySet build() {
      try (Analyzer normalizer = new ArabicSearchAnalyzer(false, CharArraySet.EMPTY_SET)) {
        return ArabicStopWords.normalized(normalizer);
      }
    }
  }
}
