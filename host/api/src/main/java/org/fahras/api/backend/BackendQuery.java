package org.fahras.api.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search as the host's command line or window asks it.
 *
 * @param text the query in Fahras' query language (Lucene syntax with fields and ranges)
 * @param mode {@code NORMAL}, {@code EXACT}, {@code VOCALISED} or {@code ROOT}: how query words
 *     match document words
 * @param nameVariants whether query words also match spelling variants of transliterated names
 * @param filters field → values: values of one field are alternatives, except for entity fields
 *     ({@code person}, {@code location} …), whose values are all required; fields are all required
 * @param sort {@code RELEVANCE}, {@code DATE} (newest first) or {@code NAME}
 * @param reverse whether to reverse that order
 * @param offset hits to skip
 * @param limit hits to return
 * @param facets facet fields to count ({@code type}, {@code ext}, {@code year}, {@code folder},
 *     {@code lang}, {@code person} …); empty for none
 * @param wholeText whether to highlight the whole body as one snippet instead of short passages
 * @since 1.4.0
 */
public record BackendQuery(
    String text,
    String mode,
    boolean nameVariants,
    Map<String, List<String>> filters,
    String sort,
    boolean reverse,
    int offset,
    int limit,
    List<String> facets,
    boolean wholeText) {

  public BackendQuery {
    Objects.requireNonNull(text, "text");
    mode = mode == null ? "NORMAL" : mode;
    sort = sort == null ? "RELEVANCE" : sort;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    }
    filters = java.util.Collections.unmodifiableMap(copy);
    facets = List.copyOf(facets == null ? List.of() : facets);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** The first {@code limit} hits of a text by relevance in normal mode. */
  public static BackendQuery of(String text, int limit) {
    return new BackendQuery(text, "NORMAL", false, Map.of(), "RELEVANCE", false, 0, limit, List.of(), false);
  }
}
