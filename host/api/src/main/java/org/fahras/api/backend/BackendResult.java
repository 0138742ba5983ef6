package org.fahras.api.backend;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link BackendQuery}.
 *
 * @param total how many document records match
 * @param hits the requested page, in the requested order
 * @param facets facet field → value → count, values in descending count, for the requested fields
 * @since 1.4.0
 */
public record BackendResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

  public BackendResult {
    hits = List.copyOf(hits);
    facets = facets == null ? Map.of() : facets;
  }

  /**
   * One hit.
   *
   * @param path the record's path
   * @param score its relevance score
   * @param title its title, or null
   * @param snippets passages of the body, hit words in {@code <mark>…</mark>}, the rest
   *     HTML-escaped
   * @param contentType the record's media type, or null
   * @param size the file's size in bytes
   * @param modifiedMillis the file's modification time
   * @param dateMillis the document's date (what sorting by date uses)
   */
  public record Hit(
      String path,
      float score,
      String title,
      List<String> snippets,
      String contentType,
      long size,
      long modifiedMillis,
      long dateMillis) {

    public Hit {
      snippets = List.copyOf(snippets);
    }
  }
}
