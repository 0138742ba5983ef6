package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when a parser is missing or a file is broken. */
class FailureHandlingTest {

  @TempDir Path tmp;

  @Test
  void withoutTheTikaPluginIndexingSaysNoParserIsAvailable() throws Exception {
    Path plugins = Files.createDirectories(tmp.resolve("plugins"));
    Files.copy(Cli.PLUGINS.resolve("fahras-plugin-arabic-analysis.zip"), plugins.resolve("arabic.zip"));
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));

    Cli.Result r =
        Cli.run("index", "--plugins", plugins.toString(), "--index", tmp.resolve("idx").toString(), docs.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no document parser is available").contains("tika-parser");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void corruptFilesAreReportedAndTheRestIsIndexed() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path fakePdf = Files.write(docs.resolve("broken.pdf"), noise);
    Path empty = Files.write(docs.resolve("empty.docx"), new byte[0]);
    Path index = tmp.resolve("idx");

    Cli.Result r = Cli.withPlugins("index", "--index", index.toString(), docs.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("fahras: cannot index")))
        .hasSize(2)
        .anyMatch(l -> l.contains(fakePdf.toString()))
        .anyMatch(l -> l.contains(empty.toString()));
    JsonNode status = Cli.run("status", "--index", index.toString(), "--json").json();
    assertThat(status.get("failures")).hasSize(2);
    JsonNode hits = Cli.withPlugins("search", "--index", index.toString(), "--json", "كوريا").json().get("hits");
    assertThat(hits.get(0).get("path").asText()).isEqualTo(docs.resolve("seed.txt").toString());
  }

  @Test
  void aDamagedIndexIsReportedWithTheWayOutAndRebuildSetsItAside() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    Path index = tmp.resolve("idx");
    assertThat(Cli.withPlugins("index", "--index", index.toString(), docs.toString()).code()).isZero();
    try (var s = Files.list(index)) {
      for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".cfs")).toList()) {
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
      }
    }

    Cli.Result broken = Cli.withPlugins("search", "--index", index.toString(), "كوريا");
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err().strip().lines()).singleElement().asString()
        .contains("the index is damaged").contains("fahras index --rebuild");

    Cli.Result rebuilt = Cli.withPlugins("index", "--rebuild", "--index", index.toString(), docs.toString());
    assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
    assertThat(rebuilt.err()).contains("set aside as");
    IndexChecks.assertClean(index);
    JsonNode hits = Cli.withPlugins("search", "--index", index.toString(), "--json", "كوريا").json();
    assertThat(hits.get("total").asLong()).isEqualTo(1);
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).anySatisfy(n -> assertThat(n).startsWith("idx.set-aside-"));
    }
  }
}
