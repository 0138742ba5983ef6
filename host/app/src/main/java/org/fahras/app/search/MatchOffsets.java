package org.fahras.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Where a query matched in one document's stored text: the unified highlighter with the whole
 * text as one passage and a formatter that returns the match offsets instead of marked text. The
 * offsets come from the postings, as for snippets, so they cover the surface words as written
 * (tashkeel and prefixes included), exactly where the snippets put their marks.
 */
final class MatchOffsets extends PostingsFirstHighlighter {

  MatchOffsets(IndexSearcher searcher, Analyzer indexAnalyzer) {
    this(searcher, indexAnalyzer, null);
  }

  /**
   * @param offsetsAnalyzer the analysis provider's offsets analyzer, for fields indexed without
   *     offsets ({@link PostingsFirstHighlighter}), or null
   */
  MatchOffsets(IndexSearcher searcher, Analyzer indexAnalyzer, Analyzer offsetsAnalyzer) {
    super(
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new RangeFormatter())
            .withMaxNoHighlightPassages(0),
        offsetsAnalyzer);
  }

  /** The matches of {@code query} in {@code field} of one document, in text order, merged where they overlap. */
  @SuppressWarnings("unchecked")
  List<TextRange> find(String field, Query query, int docId) throws IOException {
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(new String[] {field}, query, new int[] {docId}, new int[] {1});
    Object o = byField.get(field)[0];
    return o == null ? List.of() : (List<TextRange>) o;
  }

  /** Formats the (single) passage as its match ranges. */
  static final class RangeFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<TextRange> ranges = new ArrayList<>();
      for (Passage p : passages) {
        for (int i = 0; i < p.getNumMatches(); i++) {
          ranges.add(new TextRange(p.getMatchStarts()[i], p.getMatchEnds()[i]));
        }
      }
      return merge(ranges);
    }
  }

  /** Sorts ranges and merges overlapping ones (one word matched by two query terms). */
  static List<TextRange> merge(List<TextRange> ranges) {
    List<TextRange> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    List<TextRange> merged = new ArrayList<>();
    for (TextRange r : sorted) {
      if (!merged.isEmpty() && r.start() < merged.get(merged.size() - 1).end()) {
        TextRange last = merged.remove(merged.size() - 1);
        merged.add(new TextRange(last.start(), Math.max(last.end(), r.end())));
      } else {
        merged.add(r);
      }
    }
    return merged;
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
