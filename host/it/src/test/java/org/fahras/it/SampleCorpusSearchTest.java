package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indexes the whole sample corpus with the packaged plugins and searches it in Arabic. */
class SampleCorpusSearchTest {

  @TempDir static Path tmp;
  static Path index;
  static Cli.Result indexRun;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    indexRun = Cli.withPlugins("index", "--index", index.toString(), Cli.CORPUS.toString());
  }

  static JsonNode search(String query) {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--json", query);
    assertThat(r.code()).as(r.err()).isZero();
    return r.json();
  }

  @Test
  void everyCorpusFileIsIndexedWithoutFailure() throws IOException {
    assertThat(indexRun.code()).as(indexRun.err()).isZero();
    assertThat(indexRun.err()).doesNotContain("cannot index");
    long files;
    try (Stream<Path> s = Files.walk(Cli.CORPUS)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !Cli.CORPUS.relativize(p).toString().startsWith("."))
              .count();
    }
    assertThat(files).isGreaterThanOrEqualTo(12);
    JsonNode status = Cli.run("status", "--index", index.toString(), "--json").json();
    assertThat(status.get("failures")).isEmpty();
    assertThat(status.get("files").asLong()).isEqualTo(files);
  }

  /** Each query differs from the seed article's text; the hit must mark the surface word. */
  @ParameterizedTest(name = "{0} finds the seed and marks {1}")
  @CsvSource({
    "الاقليمي, الإقليمي", // hamza below the alef dropped
    "اوكرانيا, أوكرانيا", // hamza above dropped
    "كُورِيَا, كوريا", // tashkeel in the query
    "الاستشاريه, الاستشارية", // ة written as ه
    "المستوي, المستوى", // ى written as ي
    "روسيا, وروسيا", // the و prefix
    "استخدام, باستخدام", // the ب prefix
    "لشؤون, لشئون", // hamza on waw vs on ya
  })
  void seedArticleIsFoundDespiteSpellingDifferences(String query, String surface) {
    JsonNode r = search(query);

    assertThat(r.get("total").asLong()).isPositive();
    JsonNode first = r.get("hits").get(0);
    assertThat(first.get("path").asText()).isEqualTo(Cli.SEED.toString());
    List<String> snippets = new ArrayList<>();
    first.get("snippets").forEach(s -> snippets.add(s.asText()));
    assertThat(snippets).anyMatch(s -> s.contains("<mark>" + surface + "</mark>"));
  }

  @Test
  void jsonHasTheDocumentedShape() {
    JsonNode r = search("كوريا");

    assertThat(r.get("query").asText()).isEqualTo("كوريا");
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("path").asText()).startsWith("/");
    assertThat(hit.get("score").isNumber()).isTrue();
    assertThat(hit.get("title").asText()).isNotBlank();
    assertThat(hit.get("snippets").isArray()).isTrue();
  }

  @Test
  void hitsComeInRankOrder() {
    JsonNode hits = search("الولايات المتحدة كوريا").get("hits");
    double previous = Double.MAX_VALUE;
    for (JsonNode h : hits) {
      assertThat(h.get("score").asDouble()).isLessThanOrEqualTo(previous);
      previous = h.get("score").asDouble();
    }
  }

  @Test
  void limitCapsTheHits() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--json", "--limit", "1", "في");
    assertThat(r.json().get("hits").size()).isLessThanOrEqualTo(1);
  }

  /** The evaluation list: every query's expected document ranks first. */
  @Test
  void evaluationQueriesRankTheirDocumentFirst() throws IOException {
    Path tsv = Path.of("src/test/resources/sample-corpus-queries.tsv");
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      n++;
      JsonNode hits = search(cols[0].strip()).get("hits");
      String expected = Cli.CORPUS.resolve(cols[1].strip()).toString();
      String got = hits.isEmpty() ? "(nothing)" : hits.get(0).get("path").asText();
      if (!got.equals(expected)) {
        misses.add(cols[0] + " -> " + got + " (expected " + cols[1] + ")");
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(25);
    assertThat(misses).isEmpty();
  }
}
