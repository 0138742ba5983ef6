package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled distribution, run through its own launcher in a separate process. */
class DistributionTest {

  static final Path DIST = Path.of(System.getProperty("fahras.it.dist")).toAbsolutePath().normalize();

  @TempDir Path tmp;

  Cli.Result launch(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(DIST.resolve("bin/fahras").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("FAHRAS_DATA_DIR", tmp.resolve("data").toString());
    pb.environment().put("FAHRAS_JAVA_OPTS", "-Xmx512m");
    pb.redirectOutput(tmp.resolve("out.txt").toFile());
    pb.redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
    return new Cli.Result(
        p.exitValue(),
        Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void launcherIndexesIntoTheDefaultIndexAndSearchesIt() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));

    Cli.Result indexed = launch("index", docs.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("1 new");
    assertThat(tmp.resolve("data/index")).isDirectory();

    JsonNode status = launch("status", "--json").json();
    assertThat(status.get("index").asText()).isEqualTo(tmp.resolve("data/index").toString());
    assertThat(status.get("documents").asInt()).isEqualTo(1);

    Cli.Result korea = launch("search", "--json", "كوريا");
    assertThat(korea.json().get("hits").get(0).get("path").asText())
        .isEqualTo(docs.resolve("seed.txt").toString());
  }

  @Test
  void launcherListsThePluginsItShips() throws Exception {
    Cli.Result r = launch("plugins");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("tika-parser").contains("arabic-analysis").contains("STARTED");
    assertThat(r.out()).doesNotContain("problem:");
  }
}
