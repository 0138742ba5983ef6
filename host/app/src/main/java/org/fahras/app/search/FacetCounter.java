package org.fahras.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.fahras.app.index.FieldValues;
import org.fahras.app.index.IndexFields;

/**
 * Counts facet values over the documents a query matched, from the sorted-set doc values the
 * indexer wrote ({@link IndexFields#FACET_DIMS}).
 *
 * <p>Flat dimensions give their {@value #TOP} most frequent values; years come newest first. The
 * folder dimension is a tree: the counter walks down from the root (or from the folder the
 * search is filtered to) while all matching documents lie in one sub-folder, and gives the
 * sub-folders where they part, each with its full path, so the values can be used as {@code
 * folder} filters to drill down. Entity dimensions ({@link IndexFields#ENTITY_DIMS}) follow, each
 * only when some matching document mentions such an entity ({@code year_mentioned}: every year,
 * newest first, for a timeline). An index without facets (an older
 * schema) gives none.
 */
final class FacetCounter {

  /** Values per dimension. */
  static final int TOP = 10;

  private final SortedSetDocValuesReaderState state;
  private final List<String> entityDims;

  /**
   * @param entities whether to count the entity dimensions (not when no recogniser is installed:
   *     an index built with one keeps its entity values until it is re-indexed)
   */
  FacetCounter(IndexReader reader, boolean entities) throws IOException {
    this.state = openState(reader);
    this.entityDims = entities ? IndexFields.ENTITY_DIMS : List.of();
  }

  private static SortedSetDocValuesReaderState openState(IndexReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
    } catch (IllegalArgumentException e) {
      return null; // no facet field in this index
    }
  }

  /**
   * The counts of every dimension.
   *
   * @param folderBase the folder to start the folder tree at (its path components), or empty
   */
  Map<String, List<FacetValue>> count(FacetsCollector hits, List<String> folderBase) throws IOException {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    if (state == null) {
      return result;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
    for (String dim : IndexFields.FACET_DIMS) {
      List<FacetValue> values;
      if (dim.equals(IndexFields.FACET_FOLDER)) {
        values = folders(facets, folderBase);
      } else if (dim.equals(IndexFields.FACET_YEAR)) {
        values = values(children(facets, dim, true));
        values.sort(Comparator.comparing(FacetValue::value).reversed());
      } else {
        values = values(children(facets, dim, false));
      }
      result.put(dim, values);
    }
    for (String dim : entityDims) {
      boolean years = dim.equals("year_mentioned");
      List<FacetValue> values = values(children(facets, dim, years));
      if (years) {
        values.sort(Comparator.comparing(FacetValue::value).reversed());
      }
      if (!values.isEmpty()) {
        result.put(dim, values);
      }
    }
    return result;
  }

  private List<FacetValue> folders(Facets facets, List<String> base) throws IOException {
    List<String> path = new ArrayList<>(base);
    FacetResult node = top(facets, path);
    if (node == null && !path.isEmpty()) {
      path.clear();
      node = top(facets, path);
    }
    // Walk down while every document lies in the same single sub-folder.
    while (node != null
        && node.labelValues.length == 1
        && (path.isEmpty() || node.labelValues[0].value.longValue() == node.value.longValue())) {
      path.add(node.labelValues[0].label);
      node = top(facets, path);
    }
    List<FacetValue> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (node.labelValues.length == 0) {
      values.add(new FacetValue(FieldValues.folderName(path), node.value.longValue()));
    }
    for (LabelAndValue lv : node.labelValues) {
      List<String> child = new ArrayList<>(path);
      child.add(lv.label);
      values.add(new FacetValue(FieldValues.folderName(child), lv.value.longValue()));
    }
    return values;
  }

  private static FacetResult top(Facets facets, List<String> path) throws IOException {
    try {
      return facets.getTopChildren(TOP, IndexFields.FACET_FOLDER, path.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      return null; // no such folder among the facet values
    }
  }

  private static FacetResult children(Facets facets, String dim, boolean all) throws IOException {
    try {
      return all ? facets.getAllChildren(dim) : facets.getTopChildren(TOP, dim);
    } catch (IllegalArgumentException e) {
      return null; // no document has a value in this dimension
    }
  }

  private static List<FacetValue> values(FacetResult r) {
    List<FacetValue> values = new ArrayList<>();
    if (r != null) {
      Arrays.stream(r.labelValues).forEach(lv -> values.add(new FacetValue(lv.label, lv.value.longValue())));
    }
    return values;
  }
}
