package org.fahras.app.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to one query.
 *
 * @param query the query as the user typed it
 * @param total how many documents match in all
 * @param hits the requested page of hits, in the requested order
 * @param tookMillis time spent searching and highlighting
 * @param facets per facet dimension ({@code type}, {@code ext}, {@code year}, {@code folder},
 *     {@code lang}, in that order) the counts over all matching documents; empty when not
 *     requested
 * @param didYouMean the query with misspelt words replaced by close words of the index, or null
 */
public record SearchResult(
    String query,
    long total,
    List<SearchHit> hits,
    long tookMillis,
    Map<String, List<FacetValue>> facets,
    String didYouMean) {

  /** A result without facets or suggestion. */
  public SearchResult(String query, long total, List<SearchHit> hits, long tookMillis) {
    this(query, total, hits, tookMillis, Map.of(), null);
  }
}
