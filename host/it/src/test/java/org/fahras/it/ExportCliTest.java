package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports from the command line with the packaged exporter plugin, over the sample corpus. */
class ExportCliTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    Cli.Result r = Cli.withPlugins("index", "--index", index.toString(), Cli.CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void theInstalledExportersAreListed() {
    Cli.Result r = Cli.withPlugins("export", "--list", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    r.json().get("exporters").forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).contains("csv", "json", "jsonl", "html", "xlsx");
  }

  @Test
  void jsonExportHoldsEveryHitInRankOrderWithEntities() throws Exception {
    Path out = tmp.resolve("hits.json");
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "الخليج OR كوريا", "--export", "json", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("exported").contains(out.toString());
    JsonNode all = Cli.withPlugins("search", "--index", index.toString(), "--json", "--limit", "100", "الخليج OR كوريا").json();
    JsonNode exported = Cli.JSON.readTree(Files.readString(out));
    assertThat(exported.get("hits").size()).isEqualTo(all.get("total").asInt()).isGreaterThan(1);
    for (int i = 0; i < exported.get("hits").size(); i++) {
      assertThat(exported.get("hits").get(i).get("rank").asInt()).isEqualTo(i + 1);
      assertThat(exported.get("hits").get(i).get("path").asText()).isEqualTo(all.get("hits").get(i).get("path").asText());
    }
    JsonNode seed = exported.get("hits").findParents("path").stream()
        .filter(h -> h.get("path").asText().equals(Cli.SEED.toString())).findFirst().orElseThrow();
    List<String> names = new ArrayList<>();
    seed.get("entities").forEach(e -> names.add(e.get("type").asText() + ":" + e.get("name").asText()));
    assertThat(names).contains("LOCATION:روسيا");
  }

  @Test
  void csvToStandardOutputStartsWithABomAndKeepsArabic() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "كوريا", "--export", "csv", "--out", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("\uFEFF").contains("korea-deterrence-statement.txt").contains("كوريا");
  }

  @Test
  void theEntityTableListsTheDocumentsPerEntity() throws Exception {
    Path out = tmp.resolve("entities.csv");
    Cli.Result r = Cli.withPlugins(
        "search", "--index", index.toString(), "*", "--export", "csv", "--entity-table", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(csv.lines().filter(l -> l.contains("كوريا الشمالية"))).singleElement().asString()
        .contains(Cli.SEED.toString());
  }

  @Test
  void anUnknownFormatNamesTheInstalledOnes() {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "كوريا", "--export", "pdf", "--out", tmp.resolve("x.pdf").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no exporter 'pdf'").contains("csv");
    assertThat(tmp.resolve("x.pdf")).doesNotExist();
  }
}
