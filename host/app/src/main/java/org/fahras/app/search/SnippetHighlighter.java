package org.fahras.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter set up for Fahras: the whole stored text is considered (not only
 * the first 10,000 characters), offsets come from the postings ({@link PostingsFirstHighlighter},
 * also for wildcard and fuzzy words), passages are about {@value
 * #PASSAGE_LENGTH} characters cut at word boundaries ({@link WordBreaks}), and each passage is its
 * own snippet.
 */
final class SnippetHighlighter extends PostingsFirstHighlighter {

  static final int PASSAGE_LENGTH = WordBreaks.PASSAGE_LENGTH;

  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
    this(searcher, indexAnalyzer, null);
  }

  /**
   * @param offsetsAnalyzer the analysis provider's offsets analyzer, for fields indexed without
   *     offsets ({@link PostingsFirstHighlighter}), or null
   */
  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer, Analyzer offsetsAnalyzer) {
    super(
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withFormatter(new MarkPassageFormatter())
            .withMaxNoHighlightPassages(1)
            .withBreakIterator(WordBreaks.passages()),
        offsetsAnalyzer);
  }

  /**
   * The snippets of one field for each document, in the order of {@code docIds}.
   *
   * @param maxPassages the most snippets per document
   */
  @SuppressWarnings("unchecked")
  List<List<String>> snippets(String field, Query query, int[] docIds, int maxPassages)
      throws IOException {
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages});
    Object[] perDoc = byField.get(field);
    List<List<String>> result = new ArrayList<>(docIds.length);
    for (Object o : perDoc) {
      result.add(o == null ? List.of() : (List<String>) o);
    }
    return result;
  }

  /**
   * The stored text to highlight: an analysed copy of a field ({@code body_exact}) is not stored,
   * so its text is the base field's; its offsets then come from analysing that text with the
   * copy's analyzer.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    return super.loadFieldValues(HighlightFields.storedSources(fields), docIter, cacheCharsThreshold);
  }
}
