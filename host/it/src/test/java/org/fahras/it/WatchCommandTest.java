package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fahras watch} in the assembled distribution, in a child process: files created,
 * modified, renamed and deleted in the watched folder show up in {@code fahras search} of the
 * same index (read from this process while the child writes), and SIGTERM leaves a committed,
 * clean index.
 */
class WatchCommandTest {

  static final Duration DEADLINE = Duration.ofSeconds(20);
  static final Duration START_DEADLINE = Duration.ofSeconds(90);

  @TempDir Path tmp;
  Launcher.Child watch;

  @AfterEach
  void stopChild() {
    if (watch != null && watch.process().isAlive()) {
      watch.process().destroyForcibly();
    }
  }

  @Test
  void changesInTheWatchedFolderAreSearchableWithinSeconds() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("وثائق"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    Path index = tmp.resolve("index");
    watch = new Launcher(tmp.resolve("data"), "-Xmx512m")
        .start(tmp.resolve("logs"), "watch", "watch", "--index", index.toString(), docs.toString());
    eventually(START_DEADLINE, "the watcher is ready", () -> watch.stdout().contains("Watching"));
    assertThat(hitPaths(index, "كوريا")).containsExactly(docs.resolve("seed.txt").toString());

    Path notes = write(docs.resolve("ملاحظات.txt"), "قنديل البحر يسبح قرب الشاطئ في الصباح");
    eventually("the created file is found", () -> hitPaths(index, "قنديل").equals(List.of(notes.toString())));

    write(notes, "السلحفاة البحرية تضع بيضها على الرمال ليلا");
    eventually("the modified file is found by its new text", () -> hitPaths(index, "السلاحف سلحفاة").equals(List.of(notes.toString())));
    assertThat(hitPaths(index, "قنديل")).as("the old text is gone").isEmpty();

    Path renamed = Files.move(notes, docs.resolve("ملاحظات-قديمة.txt"));
    eventually("the renamed file is found under its new name only",
        () -> hitPaths(index, "سلحفاة").equals(List.of(renamed.toString())));

    Path archive = write(docs.resolve("أرشيف/٢٠٢٦/تقرير.txt"), "الزرافة أطول الحيوانات البرية");
    eventually("a file in a new folder is found", () -> hitPaths(index, "زرافة").equals(List.of(archive.toString())));

    Files.delete(renamed);
    eventually("the deleted file is gone", () -> hitPaths(index, "سلحفاة").isEmpty());

    watch.process().destroy(); // SIGTERM: the shutdown hook commits and closes
    assertThat(watch.process().waitFor(30, TimeUnit.SECONDS)).as("watch stopped").isTrue();
    assertThat(watch.process().exitValue()).as(watch.stderr()).isZero();
    assertThat(watch.stdout()).contains("Stopped; the index is committed.");
    assertThat(watch.stdout().lines().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)? \\+\\d+ new, \\d+ updated, \\d+ removed.*")))
        .as("one line per applied batch").isNotEmpty();
    assertThat(watch.stderr()).doesNotContain("Exception");
    IndexChecks.assertClean(index);
    assertThat(sortedPaths(index)).containsExactly(docs.resolve("seed.txt").toString(), archive.toString());
  }

  @Test
  void watchingAMissingFolderFailsWithOneLine() throws Exception {
    Path missing = tmp.resolve("missing");
    Launcher.Child run = new Launcher(tmp.resolve("data"), "-Xmx512m")
        .start(tmp.resolve("logs"), "missing", "watch", "--index", tmp.resolve("index").toString(), missing.toString());

    assertThat(run.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.process().exitValue()).isEqualTo(1);
    assertThat(run.stderr()).contains("fahras: cannot index " + missing + ": io: no such file or folder");
  }

  static Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Paths of the hits of a search of the index, in rank order, through the real command line. */
  static List<String> hitPaths(Path index, String query) {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--json", query);
    if (r.code() != 0) {
      return List.of("search failed: " + r.err());
    }
    List<String> paths = new ArrayList<>();
    for (JsonNode hit : r.json().get("hits")) {
      paths.add(hit.get("path").asText());
    }
    return paths;
  }

  static List<String> sortedPaths(Path index) throws Exception {
    List<String> paths = new ArrayList<>(IndexChecks.paths(index));
    paths.sort(null);
    return paths;
  }

  static void eventually(String what, Callable<Boolean> condition) throws Exception {
    eventually(DEADLINE, what, condition);
  }

  static void eventually(Duration deadline, String what, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > end) {
        fail("not within %d s: %s", deadline.toSeconds(), what);
      }
      Thread.sleep(100);
    }
  }
}
