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
  void guiWithoutADisplaySaysSoInOneLine() {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless());

    assertThat(run("gui", "--index", tmp.resolve("idx").toString())).isEqualTo(1);
    assertThat(err()).contains("no display");
  }
}
