package org.fahras.plugins.solrcloud;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many documents match
 * @param relaxed whether the relaxed query (any word) answered, the strict one (two thirds of
 *     the words) having found nothing
 * @param hits the requested page, best first
 * @param facets facet field → value → count (values in descending count), for the requested fields
 */
public record SearchResult(long total, boolean relaxed, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  /**
   * One hit.
   *
   * @param path the record's path (unique key)
   * @param score its score
   * @param title its title, or null
   * @param snippets highlighted passages of the body, hit words in {@code <mark>…</mark>}
   */
  public record Hit(String path, float score, String title, List<String> snippets) {}
}
