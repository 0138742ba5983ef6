package org.fahras.plugins.arabic;

import java.util.Set;
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
  private final ArabicFolding folding;
  private final boolean proclitics;

  private ArabicSearchAnalyzer(
      boolean stem, CharArraySet stopWords, ArabicFolding folding, boolean proclitics) {
    this.stem = stem;
    this.stopWords = stopWords;
    this.folding = folding;
    this.proclitics = proclitics;
  }

  /** An analyzer that normalises, removes stop words and lightly stems. */
  public static ArabicSearchAnalyzer stemmed() {
    return new ArabicSearchAnalyzer(true, DefaultStopWords.SET, ArabicFolding.DEFAULT, true);
  }

  /** An analyzer that normalises and removes stop words, but keeps whole words. */
  public static ArabicSearchAnalyzer exact() {
    return new ArabicSearchAnalyzer(false, DefaultStopWords.SET, ArabicFolding.DEFAULT, true);
  }

  /** {@link #stemmed()} with only the given rules on. */
  static ArabicSearchAnalyzer stemmed(Set<ArabicRule> rules) {
    return create(true, rules);
  }

  /** {@link #exact()} with only the given rules on. */
  static ArabicSearchAnalyzer exact(Set<ArabicRule> rules) {
    return create(false, rules);
  }

  private static ArabicSearchAnalyzer create(boolean stem, Set<ArabicRule> rules) {
    if (rules.containsAll(ArabicRule.all())) {
      return stem ? stemmed() : exact();
    }
    ArabicFolding folding = new ArabicFolding(rules);
    boolean proclitics = rules.contains(ArabicRule.PROCLITICS);
    return new ArabicSearchAnalyzer(stem, stopWords(folding), folding, proclitics);
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
      if (proclitics) {
        // Reads the stem Lucene left: one prefix and the suffixes are already gone.
        result = new ArabicProcliticFilter(result);
      }
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
  private TokenStream normalizeLetters(TokenStream in) {
    // One pass, in this order: presentation forms to base letters and decomposed hamza composed
    // (ا + ◌ٔ → أ) while the hamza mark is still there (ICU NFKC_Casefold, only on terms it could
    // change); then ٱ → ا, ؤ ئ → ء, Persian letters, Quranic marks and invisible controls removed;
    // then Lucene's أ إ آ → ا, ة → ه, ى → ي, harakat and tatweel removed; then ٢٠٢٣ and ۲۰۲۳ → 2023.
    // Each group only when its ArabicRule is on.
    return new ArabicFoldingFilter(in, folding);
  }

  /** The stop set normalised by a folding, so that it matches the terms it is compared with. */
  private static CharArraySet stopWords(ArabicFolding folding) {
    try (Analyzer normalizer =
        new ArabicSearchAnalyzer(false, CharArraySet.EMPTY_SET, folding, false)) {
      return ArabicStopWords.normalized(normalizer);
    }
  }

  /** Holds the stop set, built once on first use from the chain's own normalisation. */
  private static final class DefaultStopWords {
    static final CharArraySet SET = stopWords(ArabicFolding.DEFAULT);
  }
}
