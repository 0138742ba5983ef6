package org.fahras.plugins.arabic;

import java.io.Reader;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

/**
 * The analyzer of the {@code VOCALISED} field: the EXACT field's chain with the diacritics kept in
 * canonical order ({@link ArabicVocalisedFilter}); same tokens, positions and offsets as EXACT.
 * Query tokens are matched through {@link ArabicVocalisedQuery}, not as plain terms.
 */
final class ArabicVocalisedAnalyzer extends Analyzer {

  private final ArabicFolding keepingMarks;
  private final ArabicFolding exact;
  private final CharArraySet stopWords;

  private ArabicVocalisedAnalyzer(
      ArabicFolding keepingMarks, ArabicFolding exact, CharArraySet stopWords) {
    this.keepingMarks = keepingMarks;
    this.exact = exact;
    this.stopWords = stopWords;
  }

  /**
   * The analyzer with the given rules on, as the EXACT field's; diacritics kept whatever the
   * {@link ArabicRule#TASHKEEL} rule says.
   */
  static ArabicVocalisedAnalyzer create(Set<ArabicRule> rules) {
    Set<ArabicRule> keeping = EnumSet.noneOf(ArabicRule.class);
    keeping.addAll(rules);
    keeping.remove(ArabicRule.TASHKEEL);
    // The marks to delete are those the full folding deletes, even when the user keeps them in
    // the EXACT field: this field has its own rule for marks.
    Set<ArabicRule> withMarks = EnumSet.copyOf(keeping);
    withMarks.add(ArabicRule.TASHKEEL);
    boolean defaults = rules.containsAll(ArabicRule.all());
    ArabicFolding exact = defaults ? ArabicFolding.DEFAULT : new ArabicFolding(withMarks);
    CharArraySet stopWords =
        defaults
            ? ArabicSearchAnalyzer.defaultStopWords()
            : ArabicSearchAnalyzer.stopWords(exact);
    return new ArabicVocalisedAnalyzer(new ArabicFolding(keeping, exact), exact, stopWords);
  }

  /** The folding of the letters with the diacritics kept. */
  ArabicFolding keepingMarks() {
    return keepingMarks;
  }

  /** The EXACT field's folding, which tells the marks to delete. */
  ArabicFolding exactFolding() {
    return exact;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // As the EXACT field: a zero-width space inside a word does not split it.
    return keepingMarks.has(ArabicRule.INVISIBLE)
        ? new ZeroWidthSpaceCharFilter(reader)
        : reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // As the EXACT field, so that positions and offsets are the same.
    Tokenizer source = new WordBreakTokenizer();
    TokenStream result = new ScriptRunSplitFilter(source);
    result = new ArabicVocalisedFilter(result, keepingMarks, exact);
    result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    // Compares the letters only: إِلَى is a stop word as إلى is.
    result = new ArabicVocalisedStopFilter(result, stopWords);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicVocalisedFilter(in, keepingMarks, exact);
  }
}
