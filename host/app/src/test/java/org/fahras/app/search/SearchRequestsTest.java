package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sorting, paging, filters, facets, typed questions and "did you mean" over {@link Corpus}. */
class SearchRequestsTest {

  @TempDir static Path tmp;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    Path dir = tmp.resolve("index");
    TestIndex.write(dir, TestIndex.arabic(), Corpus.DOCS);
    search = new SearchService(dir, TestIndex.arabic());
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static List<String> names(SearchResult r) {
    return r.hits().stream().map(TestIndex::name).toList();
  }

  static SearchRequest all() {
    return SearchRequest.of("*").page(0, 100);
  }

  @Test
  void sortByDateIsNewestFirstByTheDocumentsOwnDate() throws Exception {
    SearchResult r = search.search(all().sortedBy(SortOrder.DATE, false));

    // note.pdf's file is from 2024, but the document says 2019-12-31
    assertThat(names(r))
        .containsExactly(Corpus.HIKMA, Corpus.KOREA, Corpus.LEASE, Corpus.GULF, Corpus.NOTE, Corpus.REPORT);
  }

  @Test
  void sortByDateReversedIsOldestFirst() throws Exception {
    SearchResult r = search.search(all().sortedBy(SortOrder.DATE, true));

    assertThat(names(r)).first().isEqualTo(Corpus.REPORT);
    assertThat(names(r)).last().isEqualTo(Corpus.HIKMA);
  }

  @Test
  void sortByNameUsesArabicCollation() throws Exception {
    SearchResult r = search.search(all().sortedBy(SortOrder.NAME, false));

    // Names shown: بيان كوريا…, المياه في الخليج, مذكرة…, عقد-إيجار.docx (no title), Zebra report,
    // بَيتُ الحِكمة. ICU ignores the tashkeel of بَيتُ (code-point order would put it after every
    // other ب word) and puts Arabic before Latin.
    assertThat(r.hits().stream().map(SearchHit::title).toList())
        .containsExactly(
            "المياه في الخليج",
            "بيان كوريا الشمالية",
            "بَيتُ الحِكمة",
            "عقد-إيجار.docx",
            "مذكرة اقتصادية فصلية",
            "Zebra report");
  }

  @Test
  void sortByNameReversed() throws Exception {
    SearchResult r = search.search(all().sortedBy(SortOrder.NAME, true));

    assertThat(r.hits().get(0).title()).isEqualTo("Zebra report");
    assertThat(r.hits().get(5).title()).isEqualTo("المياه في الخليج");
  }

  @Test
  void relevanceOrderPutsTheBestMatchFirstAndReverseLast() throws Exception {
    SearchRequest q = SearchRequest.of("المياه").page(0, 10);
    SearchResult best = search.search(q);
    SearchResult worst = search.search(q.sortedBy(SortOrder.RELEVANCE, true));

    assertThat(best.hits().get(0).score()).isGreaterThan(best.hits().get(best.hits().size() - 1).score());
    assertThat(names(worst)).containsExactlyElementsOf(reversed(names(best)));
  }

  @Test
  void pagesCoverEveryHitOnceWithTheSameTotal() throws Exception {
    List<String> seen = new ArrayList<>();
    for (int offset = 0; offset < 6; offset += 4) {
      SearchResult page = search.search(all().sortedBy(SortOrder.DATE, false).page(offset, 4));
      assertThat(page.total()).isEqualTo(6);
      seen.addAll(names(page));
    }
    assertThat(seen).hasSize(6).doesNotHaveDuplicates();
    assertThat(search.search(all().page(6, 4)).hits()).isEmpty();
    assertThat(search.search(all().page(6, 4)).total()).isEqualTo(6);
  }

  @Test
  void aTypedQuestionFindsTheDocumentAboutAllOfIt() throws Exception {
    SearchResult r = search.search("ما هي أسباب نقص المياه في الخليج", 0, 10);

    assertThat(names(r)).first().isEqualTo(Corpus.GULF);
    // Most words must match: not every document with المياه or الخليج
    assertThat(r.total()).isEqualTo(1);
  }

  @Test
  void wordsNoDocumentHasTogetherFallBackToAnyWord() throws Exception {
    SearchResult r = search.search("الاستمطار كوريا بغداد", 0, 10);

    assertThat(names(r)).containsExactlyInAnyOrder(Corpus.GULF, Corpus.KOREA, Corpus.HIKMA);
  }

  @Test
  void filtersRestrictLikeFieldsAndValuesOfOneFieldAreAlternatives() throws Exception {
    SearchRequest q = all().withFilter("ext", "pdf").withFilter("ext", "md");
    assertThat(names(search.search(q))).containsExactlyInAnyOrder(Corpus.NOTE, Corpus.HIKMA);

    assertThat(names(search.search(q.withFilter("year", "2023")))).containsExactly(Corpus.HIKMA);
    assertThat(names(search.search(all().withFilter("folder", "/corpus/legal"))))
        .containsExactlyInAnyOrder(Corpus.LEASE, Corpus.REPORT);
    assertThat(names(search.search(all().withFilter("type", "pdf")))).containsExactly(Corpus.NOTE);
    assertThat(names(search.search(all().withFilter("lang", "en")))).containsExactly(Corpus.REPORT);
    assertThat(names(search.search(SearchRequest.of("الخليج").withFilter("size", ">10KB"))))
        .containsExactlyInAnyOrder(Corpus.GULF, Corpus.LEASE);
  }

  @Test
  void anUnknownFilterFieldIsAnError() {
    assertThatThrownBy(() -> search.search(all().withFilter("colour", "red")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("unknown filter field 'colour'");
  }

  @ParameterizedTest
  @CsvSource({"size:>big, size", "date:2023-13, date", "date:[2020 TO soon], date", "size:1MB~1, fuzzy"})
  void aValueAFieldCannotReadIsAnErrorThatSaysWhatItTakes(String query, String mention) {
    assertThatThrownBy(() -> search.search(query, 0, 10))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining(mention);
  }

  @Test
  void facetsCountEveryDimensionOverAllMatches() throws Exception {
    SearchResult r = search.search(SearchRequest.of("الخليج").page(0, 1).withFacets());

    assertThat(r.total()).isEqualTo(3);
    Map<String, List<FacetValue>> f = r.facets();
    assertThat(f.keySet()).containsExactly("type", "ext", "year", "folder", "lang");
    assertThat(f.get("ext"))
        .containsExactlyInAnyOrder(new FacetValue("txt", 1), new FacetValue("docx", 1), new FacetValue("html", 1));
    assertThat(f.get("type")).contains(new FacetValue("text/html", 1), new FacetValue("text/plain", 1));
    assertThat(f.get("year")) // newest first
        .containsExactly(new FacetValue("2022", 1), new FacetValue("2021", 1), new FacetValue("2010", 1));
    assertThat(f.get("lang")).containsExactly(new FacetValue("ar", 2), new FacetValue("en-us", 1));
    // the folder tree is walked down to where the hits part: /corpus
    assertThat(f.get("folder"))
        .containsExactlyInAnyOrder(new FacetValue("/corpus/environment", 1), new FacetValue("/corpus/legal", 2));
  }

  @Test
  void folderFacetDrillsDownBelowTheFilteredFolder() throws Exception {
    SearchResult r = search.search(all().withFilter("folder", "/corpus/legal").withFacets());

    assertThat(r.facets().get("folder"))
        .containsExactlyInAnyOrder(new FacetValue("/corpus/legal/archive", 1), new FacetValue("/corpus/legal/عقود", 1));
  }

  @Test
  void facetsFollowTheFilters() throws Exception {
    SearchResult r = search.search(all().withFilter("year", "2023").withFacets());

    assertThat(r.facets().get("year")).containsExactly(new FacetValue("2023", 2));
    assertThat(r.facets().get("ext")).containsExactlyInAnyOrder(new FacetValue("txt", 1), new FacetValue("md", 1));
  }

  @Test
  void facetsAreLeftOutUnlessAsked() throws Exception {
    assertThat(search.search(all()).facets()).isEmpty();
  }

  @Test
  void aMisspeltWordGetsASuggestion() throws Exception {
    SearchResult r = search.search("الاقتصاص", 0, 10);

    assertThat(r.total()).isZero();
    assertThat(r.didYouMean()).isEqualTo("الاقتصاد");
  }

  @Test
  void theSuggestionKeepsTheOtherWordsAndOperators() throws Exception {
    SearchResult r = search.search("تضخم الاقتصاص -كوريا", 0, 10);

    assertThat(r.didYouMean()).isEqualTo("تضخم الاقتصاد -كوريا");
  }

  @Test
  void knownWordsGetNoSuggestion() throws Exception {
    assertThat(search.search("الاقتصاد", 0, 10).didYouMean()).isNull();
    assertThat(search.search("ما هي أسباب نقص المياه في الخليج", 0, 10).didYouMean()).isNull();
  }

  @Test
  void aWordWithNothingCloseGetsNoSuggestion() throws Exception {
    assertThat(search.search("زرافة", 0, 10).didYouMean()).isNull();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> r = new ArrayList<>(list);
    java.util.Collections.reverse(r);
    return r;
  }
}
