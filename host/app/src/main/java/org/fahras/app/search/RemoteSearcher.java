package org.fahras.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.backend.BackendQuery;
import org.fahras.api.backend.BackendResult;
import org.fahras.api.backend.IndexBackend;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;

/**
 * Searches a backend a plugin provides (a SolrCloud collection …) through the same {@link
 * Searcher} contract as the local index, so the command line and the window do not know which
 * one answers.
 *
 * <p>What the backend does not keep is done here, from its stored text: the entities of exported
 * hits are recognised again (the same recognisers gave the indexed ones), and match offsets come
 * from the backend's whole-text highlighting. "Did you mean" is the local index's only.
 */
public final class RemoteSearcher implements Searcher {

  /** Hits fetched per page by {@link #stream}. */
  static final int STREAM_PAGE = 200;

  private final IndexBackend backend;
  private final IndexAnalysis analysis;
  private final boolean owned;

  /**
   * @param backend the connected backend
   * @param analysis the installed analysis: which search modes the records support, and the
   *     entity recognisers
   * @param owned whether {@link #close} closes the backend
   */
  public RemoteSearcher(IndexBackend backend, IndexAnalysis analysis, boolean owned) {
    this.backend = backend;
    this.analysis = analysis;
    this.owned = owned;
  }

  /** The backend this searcher asks. */
  public IndexBackend backend() {
    return backend;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
    long start = System.nanoTime();
    BackendResult r = run(toQuery(request, request.offset(), request.limit(), false, Map.of()));
    List<SearchHit> hits = new ArrayList<>(r.hits().size());
    for (BackendResult.Hit h : r.hits()) {
      hits.add(toHit(h));
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    if (request.facets()) {
      for (String dim : facetDims()) {
        List<FacetValue> values = new ArrayList<>();
        r.facets().getOrDefault(dim, Map.of()).forEach((v, n) -> values.add(new FacetValue(v, n)));
        if (!values.isEmpty() || !IndexFields.ENTITY_DIMS.contains(dim)) {
          facets.put(dim, values);
        }
      }
    }
    return new SearchResult(request.query(), r.total(), hits, (System.nanoTime() - start) / 1_000_000, facets, null);
  }

  @Override
  public String storedText(String path) throws IOException {
    return backend.storedText(path);
  }

  @Override
  public List<TextRange> matchOffsets(SearchRequest request, String path) throws IOException, InvalidQueryException {
    int bang = path.indexOf("!/");
    String file = bang < 0 ? path : path.substring(0, bang);
    BackendResult r = run(toQuery(request, 0, 10_000, true, Map.of(IndexFields.FILE, List.of(file))));
    for (BackendResult.Hit h : r.hits()) {
      if (h.path().equals(path)) {
        return h.snippets().isEmpty() ? List.of() : SnippetMarkup.parse(h.snippets().get(0)).marks();
      }
    }
    return List.of();
  }

  @Override
  public List<String> termsStartingWith(String prefix, int max) throws IOException {
    return backend.termsStartingWith(prefix, max);
  }

  @Override
  public long stream(SearchRequest request, long max, HitSink sink) throws IOException, InvalidQueryException {
    long done = 0;
    while (done < max) {
      int n = (int) Math.min(STREAM_PAGE, max - done);
      BackendResult r = run(toQuery(request, (int) done, n, false, Map.of()));
      List<BackendResult.Hit> page = r.hits();
      for (int i = 0; i < page.size(); i++) {
        SearchHit hit = toHit(page.get(i));
        sink.accept((int) (done + i + 1), hit, entities(hit.path()));
      }
      done += page.size();
      if (page.size() < n) {
        break;
      }
    }
    return done;
  }

  @Override
  public long count(SearchRequest request) throws IOException, InvalidQueryException {
    return run(toQuery(request, 0, 0, false, Map.of())).total();
  }

  @Override
  public boolean supports(SearchMode mode) {
    return analysis.fields().contains(mode.requiredField());
  }

  @Override
  public long documentCount() throws IOException {
    return backend.documentCount();
  }

  /** The backend analyses with the installed analysis, so its records are never stale to it. */
  @Override
  public String staleAnalysis() {
    return null;
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      backend.close();
    }
  }

  private BackendResult run(BackendQuery q) throws IOException, InvalidQueryException {
    try {
      return backend.search(q);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(e.getMessage(), e);
    }
  }

  private BackendQuery toQuery(
      SearchRequest r, int offset, int limit, boolean wholeText, Map<String, List<String>> extraFilters) {
    Map<String, List<String>> filters = new LinkedHashMap<>(r.filters());
    filters.putAll(extraFilters);
    return new BackendQuery(
        r.query(),
        r.mode().name(),
        r.nameVariants(),
        filters,
        r.sort().name(),
        r.reverse(),
        offset,
        limit,
        r.facets() && !wholeText ? facetDims() : List.of(),
        wholeText);
  }

  /** The facet dimensions the local index counts, in its order: metadata first, then entities. */
  private List<String> facetDims() {
    List<String> dims = new ArrayList<>(IndexFields.FACET_DIMS);
    if (!analysis.entities().isEmpty()) {
      dims.addAll(IndexFields.ENTITY_DIMS);
    }
    return dims;
  }

  private static SearchHit toHit(BackendResult.Hit h) {
    String title = h.title() == null || h.title().isBlank() ? SearchService.fileName(h.path()) : h.title();
    return new SearchHit(
        h.path(), h.score(), title, h.contentType(), h.modifiedMillis(), h.size(), h.snippets(), h.dateMillis());
  }

  /** The distinct entities of a hit's text, as the index mapper recognised them. */
  private List<String[]> entities(String path) throws IOException {
    if (analysis.entities().isEmpty()) {
      return List.of();
    }
    String text = backend.storedText(path);
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String[]> out = new ArrayList<>();
    for (EntityRecognizer.EntitySpan s : analysis.entities().find(text, null)) {
      if (seen.add(s.type() + "\t" + s.normalized())) {
        out.add(new String[] {s.type(), s.normalized()});
      }
    }
    return out;
  }
}
