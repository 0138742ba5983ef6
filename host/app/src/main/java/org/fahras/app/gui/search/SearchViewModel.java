package org.fahras.app.gui.search;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.fahras.app.gui.SearchBackend;
import org.fahras.app.gui.facets.FacetViewModel;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchMode;
import org.fahras.app.search.SortOrder;

/**
 * The search half of the main window without Swing: query, order, facet filters, the pages of
 * hits loaded so far, the selected hit, count and time, history and suggestions.
 *
 * <p>Threading: every method is called on the UI thread, and every property change is fired
 * there. Searches run on the {@code worker} executor and their results are handed back through
 * the {@code ui} executor. Each search gets a generation number; a result whose generation is no
 * longer the latest is dropped, so typing fast never shows the results of an older query, and a
 * page loaded for an old query is never appended to a new one.
 */
public final class SearchViewModel {

  /** Property: hits, total, time, suggestion (a new result or a further page). */
  public static final String RESULTS = "results";
  /** Property: the {@link State}. */
  public static final String STATE = "state";
  /** Property: the selected hit. */
  public static final String SELECTION = "selection";
  /** Property: the query history. */
  public static final String HISTORY = "history";
  /** Property: the query text or the order, as set from outside the search field. */
  public static final String QUERY = "query";

  /** Hits per page. */
  public static final int PAGE_SIZE = 25;

  /** Where the search stands. */
  public enum State {
    /** No query: nothing shown. */
    IDLE,
    /** A search is running; the previous results may still be shown. */
    SEARCHING,
    /** Results are shown (possibly none). */
    DONE,
    /** There is no index to search yet. */
    NO_INDEX,
    /** The query cannot be read; {@link #errorMessage()} says why. */
    INVALID_QUERY,
    /** The search failed; {@link #errorMessage()} says why. */
    FAILED
  }

  private final SearchBackend backend;
  private final QueryHistory history;
  private final Executor worker;
  private final Executor ui;
  private final FacetViewModel facets = new FacetViewModel();
  private final int pageSize;
  private final PropertyChangeSupport changes = new PropertyChangeSupport(this);

  private String query = "";
  private SortOrder sort = SortOrder.RELEVANCE;
  private SearchMode mode = SearchMode.NORMAL;
  private boolean nameVariants;
  private long generation;
  private State state = State.IDLE;
  private String errorMessage;
  private SearchRequest request;
  private final List<SearchHit> hits = new ArrayList<>();
  private long total;
  private long tookMillis;
  private String didYouMean;
  private String staleAnalysis;
  private boolean loadingMore;
  private int selected = -1;

  /**
   * @param worker runs searches (off the UI thread)
   * @param ui runs result hand-over on the UI thread ({@code SwingUtilities::invokeLater})
   */
  public SearchViewModel(SearchBackend backend, QueryHistory history, Executor worker, Executor ui) {
    this(backend, history, worker, ui, PAGE_SIZE);
  }

  /** A view-model with another page size (tests). */
  public SearchViewModel(SearchBackend backend, QueryHistory history, Executor worker, Executor ui, int pageSize) {
    this.pageSize = pageSize;
    this.backend = backend;
    this.history = history;
    this.worker = worker;
    this.ui = ui;
    facets.addListener(
        e -> {
          if (FacetViewModel.SELECTION.equals(e.getPropertyName()) && !query.isBlank()) {
            search(false);
          }
        });
  }

  public void addListener(PropertyChangeListener l) {
    changes.addPropertyChangeListener(l);
  }

  public void removeListener(PropertyChangeListener l) {
    changes.removePropertyChangeListener(l);
  }

  public FacetViewModel facets() {
    return facets;
  }

  public String query() {
    return query;
  }

  /** Sets the query text without searching (the search field does this as the user types). */
  public void setQuery(String text) {
    this.query = text == null ? "" : text;
  }

  /** Sets the query text from outside the search field (history, "did you mean") and searches. */
  public void searchFor(String text) {
    setQuery(text);
    changes.firePropertyChange(QUERY, null, query);
    search(true);
  }

  public SortOrder sort() {
    return sort;
  }

  /** Changes the order; re-runs the current search. */
  public void setSort(SortOrder order) {
    if (order != null && order != sort) {
      sort = order;
      changes.firePropertyChange(QUERY, null, query);
      if (!query.isBlank()) {
        search(false);
      }
    }
  }

  public SearchMode mode() {
    return mode;
  }

  /** Changes how query words match; re-runs the current search. */
  public void setMode(SearchMode newMode) {
    if (newMode != null && newMode != mode) {
      mode = newMode;
      changes.firePropertyChange(QUERY, null, query);
      if (!query.isBlank()) {
        search(false);
      }
    }
  }

  public boolean nameVariants() {
    return nameVariants;
  }

  /** Switches spelling variants of names on or off; re-runs the current search. */
  public void setNameVariants(boolean on) {
    if (on != nameVariants) {
      nameVariants = on;
      changes.firePropertyChange(QUERY, null, query);
      if (!query.isBlank()) {
        search(false);
      }
    }
  }

  /**
   * Runs the query from the first page, with the current order and filters.
   *
   * @param remember whether to record the query in the history (an explicit search, not one run
   *     while typing)
   */
  public void search(boolean remember) {
    long gen = ++generation;
    if (query.isBlank()) {
      clearResults(gen);
      return;
    }
    if (remember) {
      remember(query);
    }
    SearchRequest r =
        new SearchRequest(query.strip(), facets.filters(), sort, false, 0, pageSize, true, mode, nameVariants);
    setState(State.SEARCHING, null);
    worker.execute(
        () -> {
          Outcome o = run(r);
          ui.execute(() -> applyFirstPage(gen, r, o));
        });
  }

  /** Loads the next page of the current result, if there is one and none is loading. */
  public void loadMore() {
    if (!hasMore() || loadingMore || request == null) {
      return;
    }
    long gen = generation;
    SearchRequest r = request.page(hits.size(), pageSize);
    loadingMore = true;
    worker.execute(
        () -> {
          Outcome o = run(r);
          ui.execute(() -> applyNextPage(gen, r, o));
        });
  }

  /** Clears the query and the results. */
  public void clear() {
    query = "";
    changes.firePropertyChange(QUERY, null, query);
    clearResults(++generation);
  }

  /** The result of one backend call: a result or an error. */
  private record Outcome(SearchResult result, State error, String message, String staleAnalysis) {
    Outcome(SearchResult result, State error, String message) {
      this(result, error, message, null);
    }
  }

  private Outcome run(SearchRequest r) {
    try {
      SearchResult result = backend.search(r);
      return new Outcome(result, null, null, r.offset() == 0 ? backend.staleAnalysis() : null);
    } catch (SearchBackend.NoIndexException e) {
      return new Outcome(null, State.NO_INDEX, e.getMessage());
    } catch (InvalidQueryException e) {
      return new Outcome(null, State.INVALID_QUERY, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return new Outcome(null, State.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private void applyFirstPage(long gen, SearchRequest r, Outcome o) {
    if (gen != generation) {
      return; // a newer search was started: this result is stale
    }
    loadingMore = false;
    hits.clear();
    selected = -1;
    if (o.result() == null) {
      request = null;
      total = 0;
      tookMillis = 0;
      didYouMean = null;
      staleAnalysis = null;
      facets.update(Map.of());
      setState(o.error(), o.message());
    } else {
      request = r;
      SearchResult res = o.result();
      hits.addAll(res.hits());
      total = res.total();
      tookMillis = res.tookMillis();
      didYouMean = res.didYouMean();
      staleAnalysis = o.staleAnalysis();
      facets.update(res.facets());
      setState(State.DONE, null);
    }
    changes.firePropertyChange(RESULTS, null, hits());
    changes.firePropertyChange(SELECTION, null, null);
  }

  private void applyNextPage(long gen, SearchRequest r, Outcome o) {
    if (gen != generation || request == null || r.offset() != hits.size()) {
      return; // the page belongs to an older search
    }
    loadingMore = false;
    if (o.result() == null) {
      setState(o.error(), o.message());
      return;
    }
    hits.addAll(o.result().hits());
    total = o.result().total();
    changes.firePropertyChange(RESULTS, null, hits());
  }

  private void clearResults(long gen) {
    generation = gen;
    request = null;
    hits.clear();
    total = 0;
    tookMillis = 0;
    didYouMean = null;
    staleAnalysis = null;
    selected = -1;
    loadingMore = false;
    facets.update(Map.of());
    setState(State.IDLE, null);
    changes.firePropertyChange(RESULTS, null, hits());
    changes.firePropertyChange(SELECTION, null, null);
  }

  private void setState(State s, String message) {
    State old = state;
    state = s;
    errorMessage = message;
    changes.firePropertyChange(STATE, old, s);
  }

  /** Records a query in the history and saves it off the UI thread. */
  public void remember(String text) {
    if (history.add(text)) {
      changes.firePropertyChange(HISTORY, null, history.entries());
      worker.execute(
          () -> {
            try {
              history.save();
            } catch (IOException e) {
              // the history is a convenience; a read-only data folder must not stop searching
            }
          });
    }
  }

  public State state() {
    return state;
  }

  public String errorMessage() {
    return errorMessage;
  }

  /** The hits loaded so far. */
  public List<SearchHit> hits() {
    return List.copyOf(hits);
  }

  /** How many documents match in all. */
  public long total() {
    return total;
  }

  public long tookMillis() {
    return tookMillis;
  }

  public String didYouMean() {
    return didYouMean;
  }

  /**
   * The analysis the index was built with when it is not the installed one (the last search may
   * miss words until the files are indexed again), else null.
   */
  public String staleAnalysis() {
    return staleAnalysis;
  }

  /** True when more hits match than are loaded. */
  public boolean hasMore() {
    return request != null && hits.size() < total;
  }

  public boolean isLoadingMore() {
    return loadingMore;
  }

  /** The request the shown hits answer (query, filters, order), or null. */
  public SearchRequest request() {
    return request;
  }

  /** Selects a hit by index (-1: none); near the end of the loaded hits, loads the next page. */
  public void select(int index) {
    int i = index < -1 || index >= hits.size() ? -1 : index;
    if (i == selected) {
      return;
    }
    selected = i;
    if (i >= 0 && query != null && !query.isBlank() && request != null) {
      remember(request.query()); // a query whose result was used is worth keeping
    }
    changes.firePropertyChange(SELECTION, null, selectedHit());
    if (i >= 0 && i >= hits.size() - 3) {
      loadMore();
    }
  }

  /** Moves the selection by {@code delta} hits, staying within the loaded ones. */
  public void moveSelection(int delta) {
    if (hits.isEmpty()) {
      return;
    }
    int next = selected < 0 ? (delta > 0 ? 0 : hits.size() - 1) : selected + delta;
    select(Math.max(0, Math.min(hits.size() - 1, next)));
  }

  public int selectedIndex() {
    return selected;
  }

  /** The selected hit, or null. */
  public SearchHit selectedHit() {
    return selected < 0 ? null : hits.get(selected);
  }

  /** The recent queries, newest first. */
  public List<String> history() {
    return history.entries();
  }

  /**
   * Completions for what is being typed: recent queries that match it, then the text with its
   * last word completed from the index's words. Blocks on the index: call it off the UI thread.
   *
   * @param max the most suggestions
   */
  public List<String> suggestions(String text, int max) {
    List<String> out = new ArrayList<>(history.matching(text, max));
    String t = text == null ? "" : text.stripLeading();
    int cut = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t')) + 1;
    String last = t.substring(cut);
    if (last.length() >= 2 && Character.isLetter(last.codePointAt(0)) && out.size() < max) {
      try {
        for (String term : backend.termsStartingWith(last, max)) {
          String completed = t.substring(0, cut) + term;
          if (!completed.equals(t.strip()) && !out.contains(completed) && out.size() < max) {
            out.add(completed);
          }
        }
      } catch (IOException | RuntimeException e) {
        // completion is a convenience: no suggestions from the index this time
      }
    }
    return out;
  }
}
