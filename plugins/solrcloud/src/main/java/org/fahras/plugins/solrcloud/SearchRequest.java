package org.fahras.plugins.solrcloud;

import java.util.List;
import java.util.Map;

/**
 * A search in normal mode.
 *
 * @param text the query as the user typed it (Lucene syntax, as on the desktop)
 * @param filters field → values: any of the values for a metadata field ({@code ext}, {@code
 *     type}, {@code lang}, {@code year}, {@code folder}), all of them for an entity field ({@code
 *     person}, {@code location} …), as the desktop's filters
 * @param offset hits to skip
 * @param limit hits to return
 * @param facets facet fields to count ({@code type}, {@code ext}, {@code year}, {@code folder},
 *     {@code lang}, {@code person} …); empty for none
 * @param wholeText highlight the whole body (one snippet) instead of short passages
 */
public record SearchRequest(
    String text, Map<String, List<String>> filters, int offset, int limit, List<String> facets, boolean wholeText) {

  /** Facet fields of the configset, in the order the desktop shows them. */
  public static final List<String> FACET_FIELDS =
      List.of("type", "ext", "year", "folder", "lang", "person", "location", "organization", "date_mentioned");

  /** Entity fields: their filter values are all required. */
  static final List<String> ENTITY_FIELDS =
      List.of("person", "location", "organization", "date_mentioned", "year_mentioned", "time", "money", "percent");

  public SearchRequest {
    filters = Map.copyOf(filters == null ? Map.of() : filters);
    facets = List.copyOf(facets == null ? List.of() : facets);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** The first {@code limit} hits of a text, no filters, no facets, short snippets. */
  public static SearchRequest of(String text, int limit) {
    return new SearchRequest(text, Map.of(), 0, limit, List.of(), false);
  }
}
