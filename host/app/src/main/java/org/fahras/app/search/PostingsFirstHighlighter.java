package org.fahras.app.search;

import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, reading match offsets from the postings also for a query with a
 * multi-term part (a wildcard, fuzzy or prefix word, an automaton).
 *
 * <p>For such a query the stock highlighter analyses each document's text again into an in-memory
 * index, expecting that to cost less than running the automaton over every term of the field for
 * each document. On Fahras's indexes it costs more: a page of ten 1 MB books took 444 ms for
 * {@code قال*} with the re-analysis and 120 ms from the postings; on the benchmark corpus's small
 * files the two cost the same, and gave the same 430 snippets word for word. A query part the
 * highlighter cannot read without rewriting it still gets the re-analysis.
 */
abstract class PostingsFirstHighlighter extends UnifiedHighlighter {

  PostingsFirstHighlighter(Builder builder) {
    super(builder);
  }

  @Override
  protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
    OffsetSource chosen = super.getOptimizedOffsetSource(components);
    if (chosen == OffsetSource.ANALYSIS
        && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
        && !components.hasUnrecognizedQueryPart()
        && !components.getPhraseHelper().willRewrite()) {
      return OffsetSource.POSTINGS;
    }
    return chosen;
  }
}
