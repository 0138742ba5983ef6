package org.fahras.plugins.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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
    // Unicode's word rules, as ICUTokenizer applies them, at a fraction of its cost.
    Tokenizer source = new StandardTokenizer();
    // Right after the tokenizer, which it needs unchanged: splits where the script changes
    // (Googleجوجل → google, جوجل), as ICUTokenizer does; PDF and OCR text often needs it.
    TokenStream result = new ScriptRunSplitFilter(source);
    result = normalizeLetters(result);
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
    // One pass, in this order: presentation forms to base letters and decomposed hamza composed
    // (ا + ◌ٔ → أ) while the hamza mark is still there (ICU NFKC_Casefold, only on terms it could
    // change); then ٱ → ا, ؤ ئ → ء, Persian letters, Quranic marks and invisible controls removed;
    // then Lucene's أ إ آ → ا, ة → ه, ى → ي, harakat and tatweel removed; then ٢٠٢٣ and ۲۰۲۳ → 2023.
    return new ArabicFoldingFilter(in);
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
