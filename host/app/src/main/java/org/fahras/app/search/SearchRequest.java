package org.fahras.app.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to search for and how to present it.
 *
 * @param query the query in Fahras' query language (Lucene syntax with fields and ranges)
 * @param filters restrictions by field, e.g. {@code ext → [pdf, docx]}: values of one field are
 *     alternatives, fields are all required; a field takes what it takes in the query ({@code
 *     type}, {@code ext}, {@code year}, {@code folder}, {@code lang}, {@code path}, {@code date},
 *     {@code size} …), the value given raw (no query syntax)
 * @param sort the order of the hits
 * @param reverse whether to reverse that order
 * @param offset how many hits to skip (paging)
 * @param limit the most hits to return
 * @param facets whether to count facet values over all matching documents
 * @param mode how query words match document words ({@link SearchMode#NORMAL} when null)
 * @param nameVariants whether query words also match spelling variants of transliterated names
 *     (ج/غ/ك for a Latin "g" …), when the analysis offers them
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    SortOrder sort,
    boolean reverse,
    int offset,
    int limit,
    boolean facets,
    SearchMode mode,
    boolean nameVariants) {

  /** Hits per page when none is given. */
  public static final int DEFAULT_LIMIT = 10;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    filters = Map.copyOf(copy);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    offset = Math.max(0, offset);
    limit = Math.max(0, limit);
    mode = mode == null ? SearchMode.NORMAL : mode;
  }

  /** A request in {@link SearchMode#NORMAL} mode without name variants. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      SortOrder sort,
      boolean reverse,
      int offset,
      int limit,
      boolean facets) {
    this(query, filters, sort, reverse, offset, limit, facets, SearchMode.NORMAL, false);
  }

  /** A request for the first page of hits by relevance, without filters or facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, false, 0, DEFAULT_LIMIT, false);
  }

  /** This request with other query text. */
  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, filters, sort, reverse, offset, limit, facets, mode, nameVariants);
  }

  /** This request with one more filter value. */
  public SearchRequest withFilter(String field, String value) {
    Map<String, List<String>> f = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
    values.add(value);
    f.put(field, values);
    return new SearchRequest(query, f, sort, reverse, offset, limit, facets, mode, nameVariants);
  }

  /** This request in another order. */
  public SearchRequest sortedBy(SortOrder order, boolean reversed) {
    return new SearchRequest(query, filters, order, reversed, offset, limit, facets, mode, nameVariants);
  }

  /** This request for another page. */
  public SearchRequest page(int newOffset, int newLimit) {
    return new SearchRequest(query, filters, sort, reverse, newOffset, newLimit, facets, mode, nameVariants);
  }

  /** This request with facet counts. */
  public SearchRequest withFacets() {
    return new SearchRequest(query, filters, sort, reverse, offset, limit, true, mode, nameVariants);
  }

  /** This request in another search mode. */
  public SearchRequest withMode(SearchMode newMode) {
    return new SearchRequest(query, filters, sort, reverse, offset, limit, facets, newMode, nameVariants);
  }

  /** This request with name variants on or off. */
  public SearchRequest withNameVariants(boolean on) {
    return new SearchRequest(query, filters, sort, reverse, offset, limit, facets, mode, on);
  }
}
