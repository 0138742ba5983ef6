package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.app.search.FacetValue;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchResult;
import org.junit.jupiter.api.Test;

class SearchCommandTest {

  static SearchResult result() {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("ext", List.of(new FacetValue("pdf", 3), new FacetValue("docx", 1)));
    facets.put("year", List.of(new FacetValue("2023", 4)));
    SearchHit hit = new SearchHit("/d/a.pdf", 1.5f, "تقرير", "application/pdf", 0, 10, List.of("<mark>الاقتصاد</mark>"), 86_400_000L);
    return new SearchResult("الاقتصاص", 4, List.of(hit), 3, facets, "الاقتصاد");
  }

  @Test
  void jsonKeepsTheContractKeysAndAddsFacetsAndDidYouMean() {
    String json = Json.write(SearchCommand.toJson(result()));

    assertThat(json)
        .startsWith("{\"query\":\"الاقتصاص\",\"total\":4,\"hits\":[{\"path\":\"/d/a.pdf\",\"score\":1.5,\"title\":\"تقرير\"")
        .contains("\"snippets\":[\"<mark>الاقتصاد</mark>\"]")
        .contains("\"date\":\"1970-01-02T00:00:00Z\"")
        .contains("\"didYouMean\":\"الاقتصاد\"")
        .contains("],\"mode\":\"normal\",\"tookMs\":3,")
        .endsWith(
            "\"facets\":{\"ext\":[{\"value\":\"pdf\",\"count\":3},{\"value\":\"docx\",\"count\":1}],"
                + "\"year\":[{\"value\":\"2023\",\"count\":4}]}}");
  }

  @Test
  void textShowsTheSuggestionThePageAndTheFacets() {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    SearchCommand.printText(result(), 2, out, false);
    SearchCommand.printFacets(result(), out);
    out.flush();

    assertThat(s.toString())
        .contains("Did you mean: الاقتصاد")
        .contains("Showing 3–3")
        .contains("3. تقرير")
        .contains("  ext: pdf (3), docx (1)")
        .contains("  year: 2023 (4)");
  }

  @Test
  void facetOptionKeepsOnlyTheNamedDimensionsInThatOrder() {
    SearchResult only = SearchCommand.onlyFacets(result(), List.of("Year", "person"));
    assertThat(only.facets()).containsOnlyKeys("year", "person");
    assertThat(List.copyOf(only.facets().keySet())).containsExactly("year", "person");
    assertThat(only.facets().get("person")).isEmpty();
    assertThat(only.hits()).isEqualTo(result().hits());
  }
}
