package org.fahras.app.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.fahras.app.gui.IndexSearchBackend;
import org.fahras.app.search.FacetValue;
import org.fahras.app.search.GuiTestIndex;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search view-model over a small Arabic index, without a display. */
class SearchViewModelTest {

  static final Executor DIRECT = Runnable::run;

  @TempDir static Path tmp;
  static IndexSearchBackend backend;

  @BeforeAll
  static void index() throws Exception {
    backend = new IndexSearchBackend(GuiTestIndex.write(tmp.resolve("index")), GuiTestIndex.analysis());
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  static SearchViewModel model() {
    return new SearchViewModel(backend, QueryHistory.inMemory(), DIRECT, DIRECT, 2);
  }

  static List<String> names(SearchViewModel m) {
    return m.hits().stream().map(h -> h.path().substring(h.path().lastIndexOf('/') + 1)).toList();
  }

  @Test
  void aSearchSaysWhenTheIndexWasBuiltWithAnotherAnalysis() {
    SearchViewModel fresh = model();
    fresh.setQuery("الخليج");
    fresh.search(true);
    assertThat(fresh.staleAnalysis()).isNull();

    org.fahras.app.gui.SearchBackend stale =
        new org.fahras.app.gui.SearchBackend() {
          @Override
          public org.fahras.app.search.SearchResult search(org.fahras.app.search.SearchRequest request)
              throws java.io.IOException, org.fahras.app.search.InvalidQueryException {
            return backend.search(request);
          }

          @Override
          public String storedText(String path) {
            return null;
          }

          @Override
          public List<org.fahras.app.search.TextRange> matchOffsets(org.fahras.app.search.SearchRequest request, String path) {
            return List.of();
          }

          @Override
          public List<String> termsStartingWith(String prefix, int max) {
            return List.of();
          }

          @Override
          public String staleAnalysis() {
            return "arabic:5";
          }
        };
    SearchViewModel m = new SearchViewModel(stale, QueryHistory.inMemory(), DIRECT, DIRECT, 2);
    m.setQuery("الخليج");
    m.search(true);
    assertThat(m.state()).isEqualTo(SearchViewModel.State.DONE);
    assertThat(m.staleAnalysis()).isEqualTo("arabic:5");
  }

  @Test
  void searchShowsTheFirstPageTotalTimeAndFacets() {
    SearchViewModel m = model();
    m.setQuery("الخليج");
    m.search(true);

    assertThat(m.state()).isEqualTo(SearchViewModel.State.DONE);
    assertThat(m.total()).isEqualTo(3);
    assertThat(m.hits()).hasSize(2);
    assertThat(m.hasMore()).isTrue();
    assertThat(m.tookMillis()).isNotNegative();
    assertThat(m.facets().entries("type")).extracting(e -> e.value()).isNotEmpty();
    assertThat(m.facets().entries("year")).extracting(e -> e.count()).allMatch(c -> c > 0);
  }

  @Test
  void pagingAppendsFurtherPagesUntilEveryHitIsLoaded() {
    SearchViewModel m = model();
    m.setQuery("*");
    m.search(false);
    List<SearchHit> first = m.hits();

    m.loadMore();
    m.loadMore();
    m.loadMore(); // nothing left: no change

    assertThat(m.total()).isEqualTo(6);
    assertThat(m.hits()).hasSize(6).startsWith(first.toArray(SearchHit[]::new));
    assertThat(m.hits()).extracting(SearchHit::path).doesNotHaveDuplicates();
    assertThat(m.hasMore()).isFalse();
  }

  @Test
  void selectingNearTheEndOfTheLoadedHitsLoadsTheNextPage() {
    SearchViewModel m = model();
    m.setQuery("*");
    m.search(false);

    m.select(1);

    assertThat(m.hits()).hasSize(4);
    assertThat(m.selectedIndex()).isEqualTo(1);
  }

  @Test
  void sortByDateReordersTheHits() {
    SearchViewModel m = model();
    m.setQuery("الخليج");
    m.search(false);
    m.setSort(SortOrder.DATE);

    assertThat(m.request().sort()).isEqualTo(SortOrder.DATE);
    assertThat(names(m)).first().isEqualTo("عقد-إيجار.docx"); // 2022, the newest of the three
  }

  @Test
  void facetClickFiltersToThatValueAndClearingRestoresAllHits() {
    SearchViewModel m = model();
    m.setQuery("الخليج");
    m.search(false);
    FacetValue html = m.facets().entries("type").stream()
        .filter(e -> e.value().startsWith("text/html"))
        .map(e -> new FacetValue(e.value(), e.count()))
        .findFirst()
        .orElseThrow();

    m.facets().toggle("type", html.value());

    assertThat(m.total()).isEqualTo(html.count()).isEqualTo(1);
    assertThat(names(m)).containsExactly("old-report.html");
    assertThat(m.facets().entries("type")).filteredOn(e -> e.selected()).hasSize(1);

    m.facets().clear();

    assertThat(m.total()).isEqualTo(3);
    assertThat(m.request().filters()).isEmpty();
  }

  @Test
  void twoValuesOfOneFacetAreAlternatives() {
    SearchViewModel m = model();
    m.setQuery("*");
    m.search(false);
    List<String> years = m.facets().entries("year").stream().map(e -> e.value()).limit(2).toList();

    years.forEach(y -> m.facets().toggle("year", y));

    long expected = m.facets().entries("year").stream().filter(e -> years.contains(e.value())).mapToLong(e -> e.count()).sum();
    assertThat(m.total()).isEqualTo(expected).isGreaterThan(1);
  }

  @Test
  void resultsOfAnOlderQueryArrivingLateAreDropped() {
    ManualExecutor worker = new ManualExecutor();
    SearchViewModel m = new SearchViewModel(backend, QueryHistory.inMemory(), worker, DIRECT, 10);
    m.setQuery("بغداد");
    m.search(false);
    m.setQuery("الخليج");
    m.search(false);

    worker.runLast(); // the newer query answers first
    worker.runAll(); // then the older one

    assertThat(m.request().query()).isEqualTo("الخليج");
    assertThat(m.total()).isEqualTo(3);
    assertThat(names(m)).doesNotContain("بيت-الحكمة.md");
  }

  @Test
  void aPageLoadedForAnOlderQueryIsNotAppendedToANewOne() {
    ManualExecutor worker = new ManualExecutor();
    SearchViewModel m = new SearchViewModel(backend, QueryHistory.inMemory(), worker, DIRECT, 2);
    m.setQuery("*");
    m.search(false);
    worker.runAll();
    m.loadMore(); // queued for "*"
    m.setQuery("الخليج");
    m.search(false);

    worker.runAll();

    assertThat(m.request().query()).isEqualTo("الخليج");
    assertThat(m.hits()).hasSize(2);
  }

  @Test
  void blankQueryClearsTheResults() {
    SearchViewModel m = model();
    m.setQuery("الخليج");
    m.search(false);

    m.clear();

    assertThat(m.state()).isEqualTo(SearchViewModel.State.IDLE);
    assertThat(m.hits()).isEmpty();
    assertThat(m.query()).isEmpty();
    assertThat(m.facets().entries("type")).isEmpty();
  }

  @Test
  void unreadableQueryIsReportedAsInvalid() {
    SearchViewModel m = model();
    m.setQuery("size:>big");
    m.search(false);

    assertThat(m.state()).isEqualTo(SearchViewModel.State.INVALID_QUERY);
    assertThat(m.errorMessage()).contains("size");
  }

  @Test
  void missingIndexIsReportedAsNoIndex() {
    try (IndexSearchBackend none = new IndexSearchBackend(tmp.resolve("nothing"), GuiTestIndex.analysis())) {
      SearchViewModel m = new SearchViewModel(none, QueryHistory.inMemory(), DIRECT, DIRECT);
      m.setQuery("الخليج");
      m.search(false);

      assertThat(m.state()).isEqualTo(SearchViewModel.State.NO_INDEX);
    }
  }

  @Test
  void explicitSearchesAreRememberedNewestFirstAndSearchesWhileTypingAreNot() {
    SearchViewModel m = model();
    m.setQuery("الخ");
    m.search(false);
    m.setQuery("الخليج");
    m.search(true);
    m.setQuery("بغداد");
    m.search(true);

    assertThat(m.history()).containsExactly("بغداد", "الخليج");
  }

  @Test
  void suggestionsOfferRecentQueriesThenIndexWords() {
    SearchViewModel m = model();
    m.searchFor("الخليج العربي");

    assertThat(m.suggestions("الخ", 5)).first().isEqualTo("الخليج العربي");
    assertThat(m.suggestions("الخ", 5)).contains("الخليج");
    assertThat(m.suggestions("مياه الخل", 5)).contains("مياه الخليج");
  }

  @Test
  void moveSelectionStaysWithinTheLoadedHits() {
    SearchViewModel m = new SearchViewModel(backend, QueryHistory.inMemory(), DIRECT, DIRECT, 10);
    m.setQuery("الخليج");
    m.search(false);

    m.moveSelection(1);
    assertThat(m.selectedIndex()).isZero();
    m.moveSelection(5);
    assertThat(m.selectedIndex()).isEqualTo(2);
    m.moveSelection(-1);
    assertThat(m.selectedHit()).isEqualTo(m.hits().get(1));
  }

  /** An executor that runs tasks only when told, in any order. */
  static final class ManualExecutor implements Executor {
    final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
      tasks.add(r);
    }

    void runLast() {
      tasks.removeLast().run();
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.removeFirst().run();
      }
    }
  }
}
