package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.api.backend.BackendQuery;
import org.fahras.api.backend.BackendResult;
import org.fahras.app.analysis.IndexAnalysis;
import org.junit.jupiter.api.Test;

/** The window's and the command line's requests reach a backend unchanged, and its answers come back as the local index's. */
class RemoteSearcherTest {

  /** Answers from a list of hits, as a backend pages them; remembers the queries. */
  static final class ListBackend extends org.fahras.app.SearchOnlyBackend {
    final List<BackendQuery> asked = new ArrayList<>();
    final List<BackendResult.Hit> hits = new ArrayList<>();
    final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();

    @Override
    public String describe() {
      return "list";
    }

    @Override
    public long documentCount() {
      return hits.size();
    }

    @Override
    public BackendResult search(BackendQuery query) {
      asked.add(query);
      if (query.text().contains("((")) {
        throw new IllegalArgumentException("Cannot parse '((': unbalanced parentheses");
      }
      List<BackendResult.Hit> page = new ArrayList<>();
      for (int i = query.offset(); i < Math.min(hits.size(), query.offset() + query.limit()); i++) {
        BackendResult.Hit h = hits.get(i);
        page.add(query.wholeText()
            ? new BackendResult.Hit(h.path(), h.score(), h.title(), List.of("قال <mark>الوزير</mark> إن &lt;الاتفاق&gt; <mark>وزير</mark>"),
                h.contentType(), h.size(), h.modifiedMillis(), h.dateMillis())
            : h);
      }
      return new BackendResult(hits.size(), page, facets);
    }

    @Override
    public String storedText(String path) {
      return "قال الوزير إن <الاتفاق> وزير";
    }
  }

  private static BackendResult.Hit hit(String path, String title) {
    return new BackendResult.Hit(path, 2.5f, title, List.of("<mark>الوزير</mark>"), "text/plain", 120, 1000, 2000);
  }

  @Test
  void requestsGoOverWithModeFiltersOrderAndFacets() throws Exception {
    ListBackend backend = new ListBackend();
    backend.hits.add(hit("/docs/a.txt", "العنوان"));
    backend.hits.add(hit("/docs/b.zip!/c.txt", null));
    backend.facets.put("ext", Map.of("txt", 2L));
    RemoteSearcher s = new RemoteSearcher(backend, IndexAnalysis.fallback(), false);

    SearchRequest request = SearchRequest.of("الوزير")
        .withMode(SearchMode.EXACT)
        .withFilter("ext", "txt")
        .sortedBy(SortOrder.DATE, true)
        .withFacets()
        .withNameVariants(true)
        .page(0, 10);
    SearchResult r = s.search(request);

    BackendQuery q = backend.asked.get(0);
    assertThat(q.text()).isEqualTo("الوزير");
    assertThat(q.mode()).isEqualTo("EXACT");
    assertThat(q.nameVariants()).isTrue();
    assertThat(q.filters()).containsEntry("ext", List.of("txt"));
    assertThat(q.sort()).isEqualTo("DATE");
    assertThat(q.reverse()).isTrue();
    assertThat(q.facets()).containsExactly("type", "ext", "year", "folder", "lang");
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(SearchHit::path).containsExactly("/docs/a.txt", "/docs/b.zip!/c.txt");
    assertThat(r.hits().get(0).title()).isEqualTo("العنوان");
    assertThat(r.hits().get(1).title()).as("no title: the entry's name").isEqualTo("c.txt");
    assertThat(r.hits().get(0).snippets()).containsExactly("<mark>الوزير</mark>");
    assertThat(r.hits().get(0).dateMillis()).isEqualTo(2000);
    assertThat(r.facets().get("ext")).containsExactly(new FacetValue("txt", 2));
  }

  @Test
  void matchOffsetsComeFromTheWholeTextHighlightOfThatFile() throws Exception {
    ListBackend backend = new ListBackend();
    backend.hits.add(hit("/docs/a.txt", "t"));
    RemoteSearcher s = new RemoteSearcher(backend, IndexAnalysis.fallback(), false);

    List<TextRange> ranges = s.matchOffsets(SearchRequest.of("وزير"), "/docs/a.txt");

    String text = backend.storedText("/docs/a.txt");
    assertThat(ranges).extracting(t -> text.substring(t.start(), t.end())).containsExactly("الوزير", "وزير");
    BackendQuery q = backend.asked.get(0);
    assertThat(q.wholeText()).isTrue();
    assertThat(q.filters()).containsEntry("file", List.of("/docs/a.txt"));
  }

  @Test
  void streamingPagesThroughEveryHitAndABadQueryIsAnInvalidQuery() throws Exception {
    ListBackend backend = new ListBackend();
    for (int i = 0; i < 450; i++) {
      backend.hits.add(hit("/docs/" + i + ".txt", "t" + i));
    }
    RemoteSearcher s = new RemoteSearcher(backend, IndexAnalysis.fallback(), false);

    List<String> seen = new ArrayList<>();
    long n = s.stream(SearchRequest.of("الوزير"), 1000, (rank, h, entities) -> seen.add(rank + " " + h.path()));

    assertThat(n).isEqualTo(450);
    assertThat(seen).hasSize(450).startsWith("1 /docs/0.txt").endsWith("450 /docs/449.txt");
    assertThat(backend.asked).extracting(BackendQuery::offset).containsExactly(0, 200, 400);
    assertThat(s.count(SearchRequest.of("الوزير"))).isEqualTo(450);
    assertThatThrownBy(() -> s.search(SearchRequest.of("((")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("unbalanced");
  }
}
