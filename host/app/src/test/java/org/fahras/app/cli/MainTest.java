package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path tmp;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("index", "search", "status", "plugins", "demo");
  }

  @Test
  void searchWithoutAnIndexSaysSoInOneLine() {
    int code = run("search", "--index", tmp.resolve("none").toString(), "كوريا");

    assertThat(code).isEqualTo(1);
    assertThat(err().strip()).startsWith("fahras: no index at ").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void indexingWithAnEmptyPluginsFolderSaysNoParserIsAvailable() throws Exception {
    Path plugins = Files.createDirectories(tmp.resolve("plugins"));
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "نص عربي");

    int code =
        run("index", "--plugins", plugins.toString(), "--index", tmp.resolve("idx").toString(), docs.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err()).contains("fahras: no document parser is available").doesNotContain("Exception");
  }

  @Test
  void pluginsOnAnEmptyFolderListsNone() throws Exception {
    Path plugins = Files.createDirectories(tmp.resolve("plugins"));

    assertThat(run("plugins", "--json", "--plugins", plugins.toString())).isZero();

    assertThat(out()).contains("\"plugins\":[]").contains("\"apiVersion\":\"1.");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("search", "--bogus", "x")).isEqualTo(2);
    assertThat(err()).contains("Unknown option");
  }

  @Test
  void noArgumentsOpenTheWindowOnADisplayAndPrintTheUsageWithout() {
    assertThat(Main.withDefaultCommand(new String[0], false)).containsExactly("gui");
    assertThat(Main.withDefaultCommand(new String[0], true)).isEmpty();
    assertThat(Main.withDefaultCommand(new String[] {"status"}, false)).containsExactly("status");
  }

  @Test
  void guiWithoutADisplaySaysSoInOneLine() throws Exception {
    // A child JVM forced headless, so the check also runs where a display exists (CI's Xvfb).
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true",
            "-Dfahras.data.dir=" + tmp.resolve("data"),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "gui",
            "--index",
            tmp.resolve("idx").toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isEqualTo(1);
    assertThat(output.strip()).isEqualTo("fahras: no display for the GUI; use the command line (fahras --help)");
  }
}
