package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityType;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.search.TestIndex.Doc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities found at index time become facets and filters. */
class EntityFacetsTest {

  @TempDir static Path tmp;
  static SearchService search;
  static IndexAnalysis analysis;

  /** Finds a fixed list of names wherever they occur. */
  static final class Names implements EntityRecognizer {
    static final List<String[]> NAMES =
        List.of(
            new String[] {"كوريا الشمالية", EntityType.LOCATION},
            new String[] {"روسيا", EntityType.LOCATION},
            new String[] {"وزارة الخارجية", EntityType.ORGANIZATION},
            new String[] {"سلمى الخوري", EntityType.PERSON},
            new String[] {"آذار 2024", EntityType.DATE});

    @Override
    public String id() {
      return "names";
    }

    @Override
    public Set<String> types() {
      return Set.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.DATE);
    }

    @Override
    public List<EntitySpan> recognize(String text, String language) {
      List<EntitySpan> out = new ArrayList<>();
      for (String[] n : NAMES) {
        for (int i = text.indexOf(n[0]); i >= 0; i = text.indexOf(n[0], i + 1)) {
          out.add(new EntitySpan(i, i + n[0].length(), n[1], n[0], n[0]));
        }
      }
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return out;
    }
  }

  @BeforeAll
  static void index() throws Exception {
    analysis = TestIndex.arabic().withEntities(EntityExtraction.of(List.of(new Names())));
    TestIndex.write(
        tmp.resolve("index"),
        analysis,
        List.of(
            Doc.of("/d/a.txt", "أ", "أعلنت وزارة الخارجية أن كوريا الشمالية وروسيا وقعتا اتفاقا في آذار 2024"),
            Doc.of("/d/b.txt", "ب", "قالت سلمى الخوري إن كوريا الشمالية أطلقت صاروخا"),
            Doc.of("/d/c.txt", "ج", "تقرير عن روسيا والاقتصاد")));
    search = new SearchService(tmp.resolve("index"), analysis);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  @Test
  void entityFacetsCountTheMatchingDocuments() throws Exception {
    SearchResult r = search.search(SearchRequest.of("*").page(0, 10).withFacets());
    assertThat(r.facets().get("location"))
        .containsExactlyInAnyOrder(new FacetValue("كوريا الشمالية", 2), new FacetValue("روسيا", 2));
    assertThat(r.facets().get("organization")).containsExactly(new FacetValue("وزارة الخارجية", 1));
    assertThat(r.facets().get("person")).containsExactly(new FacetValue("سلمى الخوري", 1));
    assertThat(r.facets().get("date_mentioned")).containsExactly(new FacetValue("آذار 2024", 1));
    assertThat(r.facets().get("year_mentioned")).containsExactly(new FacetValue("2024", 1));
    assertThat(r.facets()).doesNotContainKey("money");
  }

  @Test
  void withoutARecogniserTheIndexsEntityValuesAreNotCounted() throws Exception {
    try (SearchService plain = new SearchService(tmp.resolve("index"), TestIndex.arabic())) {
      SearchResult r = plain.search(SearchRequest.of("*").page(0, 10).withFacets());
      assertThat(r.total()).isEqualTo(3);
      assertThat(r.facets()).containsOnlyKeys("type", "ext", "year", "folder", "lang");
    }
  }

  @Test
  void entityFiltersAndFieldsNarrowTheResults() throws Exception {
    SearchResult both =
        search.search(
            SearchRequest.of("*").page(0, 10).withFilter("location", "كوريا الشمالية").withFilter("location", "روسيا"));
    // Two values of an entity field: documents that mention both.
    assertThat(both.hits()).extracting(TestIndex::name).containsExactly("a.txt");
    SearchResult either = search.search(SearchRequest.of("location:\"كوريا الشمالية\" OR location:روسيا").page(0, 10));
    assertThat(either.hits()).extracting(TestIndex::name).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt");
    // Side by side, field restrictions are all required, as for any metadata field.
    SearchResult korea = search.search(SearchRequest.of("location:\"كوريا الشمالية\" location:روسيا").page(0, 10));
    assertThat(korea.hits()).extracting(TestIndex::name).containsExactly("a.txt");
    SearchResult all = search.search(SearchRequest.of("+location:\"كوريا الشمالية\" +location:روسيا").page(0, 10));
    assertThat(all.hits()).extracting(TestIndex::name).containsExactly("a.txt");
    SearchResult person = search.search(SearchRequest.of("*").page(0, 10).withFilter("person", "سلمى الخوري"));
    assertThat(person.hits()).extracting(TestIndex::name).containsExactly("b.txt");
  }

  @Test
  void theSignatureNamesTheRecognisers() {
    assertThat(analysis.signature()).isEqualTo("lucene-arabic:1+names:1");
  }
}
