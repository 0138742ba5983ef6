package org.fahras.app.gui.facets;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.app.search.FacetValue;

/**
 * The facet sidebar's state: the counts of the last result per dimension and the values the user
 * selected as filters. Values of one dimension are alternatives (type PDF or Word), dimensions
 * are all required — the search service's filter semantics.
 *
 * <p>Fires {@link #COUNTS} when new counts arrive and {@link #SELECTION} when the selection
 * changes (the search view-model re-runs the search then).
 */
public final class FacetViewModel {

  /** Property: the counts changed. */
  public static final String COUNTS = "counts";
  /** Property: the selected filters changed. */
  public static final String SELECTION = "selection";

  /** The dimensions shown, in order. */
  public static final List<String> DIMENSIONS =
      List.of("type", "year", "folder", "lang", "person", "location", "organization", "date_mentioned");

  /**
   * One value as the sidebar shows it.
   *
   * @param count matching documents with it, or -1 when the value is selected but the last result
   *     had no count for it
   */
  public record Entry(String dimension, String value, long count, boolean selected) {}

  private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
  private Map<String, List<FacetValue>> counts = Map.of();
  private final Map<String, Set<String>> selected = new LinkedHashMap<>();

  public void addListener(PropertyChangeListener l) {
    changes.addPropertyChangeListener(l);
  }

  public void removeListener(PropertyChangeListener l) {
    changes.removePropertyChangeListener(l);
  }

  /** Takes the counts of a new result. */
  public void update(Map<String, List<FacetValue>> newCounts) {
    counts = Map.copyOf(newCounts);
    changes.firePropertyChange(COUNTS, null, counts);
  }

  /**
   * The entries of a dimension: the counted values in the service's order, then selected values
   * the counts left out (so a selection can always be undone where it was made).
   */
  public List<Entry> entries(String dimension) {
    List<Entry> entries = new ArrayList<>();
    Set<String> sel = selected.getOrDefault(dimension, Set.of());
    Set<String> seen = new LinkedHashSet<>();
    for (FacetValue v : counts.getOrDefault(dimension, List.of())) {
      entries.add(new Entry(dimension, v.value(), v.count(), sel.contains(v.value())));
      seen.add(v.value());
    }
    for (String s : sel) {
      if (!seen.contains(s)) {
        entries.add(new Entry(dimension, s, -1, true));
      }
    }
    return entries;
  }

  /** Selects a value if it was not selected, else unselects it. */
  public void toggle(String dimension, String value) {
    Set<String> sel = selected.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
    if (!sel.remove(value)) {
      sel.add(value);
    }
    if (sel.isEmpty()) {
      selected.remove(dimension);
    }
    changes.firePropertyChange(SELECTION, null, filters());
  }

  public boolean isSelected(String dimension, String value) {
    return selected.getOrDefault(dimension, Set.of()).contains(value);
  }

  /** Unselects every value. */
  public void clear() {
    if (!selected.isEmpty()) {
      selected.clear();
      changes.firePropertyChange(SELECTION, null, filters());
    }
  }

  public boolean hasSelection() {
    return !selected.isEmpty();
  }

  /** The selection as search filters: dimension → values. */
  public Map<String, List<String>> filters() {
    Map<String, List<String>> f = new LinkedHashMap<>();
    selected.forEach((d, v) -> f.put(d, List.copyOf(v)));
    return f;
  }
}
