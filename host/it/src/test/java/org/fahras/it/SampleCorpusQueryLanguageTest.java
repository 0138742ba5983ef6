package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The query language through the real command line and the packaged Arabic analysis plugin:
 * normalised wildcards and fuzzy terms, fields, typed questions, sorting, filters, facets and
 * "did you mean" on the sample corpus.
 */
class SampleCorpusQueryLanguageTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    Cli.Result r = Cli.withPlugins("index", "--index", index.toString(), "-q", Cli.CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  static JsonNode search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--index";
    all[1] = index.toString();
    all[2] = "--json";
    System.arraycopy(args, 0, all, 3, args.length);
    Cli.Result r = Cli.withPlugins("search", all);
    assertThat(r.code()).as(r.err()).isZero();
    return r.json();
  }

  static List<String> paths(JsonNode result) {
    List<String> paths = new ArrayList<>();
    result.get("hits").forEach(h -> paths.add(Cli.CORPUS.relativize(Path.of(h.get("path").asText())).toString()));
    return paths;
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "ما هي أسباب نقص المياه في الخليج; environment/gulf-water-climate-cp1256.txt", // a question
        "أوكرانيا~1; news/korea-deterrence-statement.txt", // fuzzy, hamza folded
        "اوكرانيه~1; news/korea-deterrence-statement.txt", // fuzzy, ة/ه folded
        "كوري*; news/korea-deterrence-statement.txt", // prefix
        "كُورِي*; news/korea-deterrence-statement.txt", // prefix typed with tashkeel
        "الإقليم?; news/korea-deterrence-statement.txt", // wildcard with hamza
        "\"الصواريخ الباليستية\"; news/korea-deterrence-statement.txt",
        "title:المقلوبة; food/maqluba-recipe.odt",
        "path:legal; legal/apartment-lease-contract.docx",
        "الإيجار ext:docx; legal/apartment-lease-contract.docx",
        "الاقتصاد type:pdf; economy/quarterly-economic-note.pdf",
      })
  void theQueryRanksItsDocumentFirst(String query, String expected) {
    assertThat(paths(search(query))).first().isEqualTo(expected);
  }

  @Test
  void aTypedQuestionWithWordsTheCorpusLacksGetsNoFarFetchedSuggestion() {
    // أسباب and نقص occur nowhere: the answer falls back to any word, and "did you mean" does
    // not swap them for unrelated words that never occur together
    JsonNode r = search("ما هي أسباب نقص المياه في الخليج");

    assertThat(paths(r)).first().isEqualTo("environment/gulf-water-climate-cp1256.txt");
    assertThat(r.get("didYouMean").isNull()).isTrue();
  }

  @Test
  void typeAndExtensionFieldsFindThePdfs() {
    // the two PDF files and the PDF inside the zip
    assertThat(paths(search("--limit", "20", "type:pdf")))
        .containsExactlyInAnyOrder(
            "economy/quarterly-economic-note.pdf",
            "press/heritage-restoration-interview.pdf",
            "bundles/lighthouses-and-caravans.zip!/caravans.pdf");
    assertThat(paths(search("--limit", "20", "type:application/pdf"))).hasSize(3);
    assertThat(paths(search("--limit", "20", "ext:PDF"))).hasSize(3);
  }

  @Test
  void filtersAndFacetsAreInTheJson() {
    JsonNode r = search("--filter", "ext=pdf", "--filter", "folder=" + Cli.CORPUS, "*");

    // the two PDF files and the PDF inside bundles/lighthouses-and-caravans.zip
    assertThat(r.get("total").asLong()).isEqualTo(3);
    JsonNode ext = r.get("facets").get("ext");
    assertThat(ext).hasSize(1);
    assertThat(ext.get(0).get("value").asText()).isEqualTo("pdf");
    assertThat(ext.get(0).get("count").asLong()).isEqualTo(3);
    List<String> folders = new ArrayList<>();
    r.get("facets").get("folder").forEach(f -> folders.add(f.get("value").asText()));
    assertThat(folders)
        .containsExactlyInAnyOrder(
            Cli.CORPUS.resolve("economy").toString(),
            Cli.CORPUS.resolve("press").toString(),
            Cli.CORPUS.resolve("bundles").toString());
    List<String> dims = new ArrayList<>();
    r.get("facets").fieldNames().forEachRemaining(dims::add);
    // The document facets always, in this order; then the entity facets the matches have.
    assertThat(dims.subList(0, 5)).containsExactly("type", "ext", "year", "folder", "lang");
    assertThat(dims.subList(5, dims.size()))
        .isSubsetOf("person", "location", "organization", "date_mentioned", "year_mentioned", "time", "money", "percent")
        .contains("person", "organization");
    assertThat(r.has("didYouMean")).isTrue();
  }

  @Test
  void sortByNameFollowsArabicCollation() {
    List<String> titles = new ArrayList<>();
    search("--sort", "name", "--limit", "50", "*").get("hits").forEach(h -> titles.add(h.get("title").asText()));

    // ICU ignores tashkeel: مُخْتَارَات (م خ) comes before مذكرة (م ذ); code-point order would put
    // the damma after every unvocalised م word
    int poetry = indexOfPrefix(titles, "مُخْتَارَاتٌ");
    int memo = indexOfPrefix(titles, "مذكرة");
    assertThat(poetry).isNotNegative().isLessThan(memo);
    // Arabic names before Latin ones (file names of documents without a title)
    int lastArabic = 0;
    int firstLatin = titles.size();
    for (int i = 0; i < titles.size(); i++) {
      char c = titles.get(i).charAt(0);
      if (c >= '\u0600' && c <= '\u06FF') {
        lastArabic = i;
      } else if (c < 0x80) {
        firstLatin = Math.min(firstLatin, i);
      }
    }
    assertThat(lastArabic).isLessThan(firstLatin);
    assertThat(firstLatin).isLessThan(titles.size());
  }

  private static int indexOfPrefix(List<String> titles, String prefix) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void sortByDateIsNewestFirstAndReverseOldestFirst() {
    List<java.time.Instant> newest = dates(search("--sort", "date", "--limit", "50", "*"));
    List<java.time.Instant> oldest = dates(search("--sort", "date", "--reverse", "--limit", "50", "*"));

    assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(oldest).isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  private static List<java.time.Instant> dates(JsonNode r) {
    List<java.time.Instant> dates = new ArrayList<>();
    r.get("hits").forEach(h -> dates.add(java.time.Instant.parse(h.get("date").asText())));
    return dates;
  }

  @Test
  void pagesAddUpToTheTotal() {
    JsonNode first = search("--limit", "5", "--sort", "name", "*");
    JsonNode rest = search("--offset", "5", "--limit", "50", "--sort", "name", "*");

    List<String> all = new ArrayList<>(paths(first));
    all.addAll(paths(rest));
    assertThat(all).hasSize(first.get("total").asInt()).doesNotHaveDuplicates();
  }

  @Test
  void aMisspeltWordGetsADidYouMean() {
    JsonNode r = search("الباذنجام");

    assertThat(r.get("total").asLong()).isZero();
    assertThat(r.get("didYouMean").asText()).isEqualTo("الباذنجان");
    Cli.Result text = Cli.withPlugins("search", "--index", index.toString(), "الباذنجام");
    assertThat(text.out()).contains("Did you mean: الباذنجان");
  }

  @Test
  void aValueAFieldCannotReadFailsWithOneLine() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "size:>big");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("fahras: cannot read 'big' in size").doesNotContain("\n");
  }

  @Test
  void aWrongSortIsAUsageError() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--sort", "size", "x");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--sort takes relevance, date or name");
  }
}
