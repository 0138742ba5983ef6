package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fahras.api.FahrasApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exporter written by a third party: its source is compiled in a temporary folder outside
 * the repository against the published API jar (with PF4J's annotation processor, as any plugin
 * build does), packaged as a plugin zip and dropped into a plugins folder. Without any change to
 * the host it is listed by {@code fahras export --list} and exports search results.
 */
class ThirdPartyExporterTest {

  @TempDir Path tmp;

  static final String SOURCE = """
      package com.example.tsv;

            import java.io.OutputStream;
      import java.io.PrintStream;
      import java.nio.charset.StandardCharsets;
      import java.util.Locale;
      import org.fahras.api.ResultExporter;
      import org.pf4j.Extension;

      /** Tab-separated rank, path and title: a third-party exporter. */
      @Extension
      public class TsvExporter implements ResultExporter {
        public String id() { return "tsv"; }
        public String label(Locale locale) { return "TSV (example)"; }
        public String fileExtension() { return "tsv"; }
        public String mediaType() { return "text/tab-separated-values"; }
        public HitWriter open(OutputStream out, Export export) {
          PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
          return new HitWriter() {
            public void write(Hit hit) { p.println(hit.rank() + "\\t" + hit.path() + "\\t" + hit.title()); }
            public void close() { p.flush(); }
          };
        }
      }
      """;

  Path buildPlugin() throws Exception {
    return PluginBuilder.build(tmp.resolve("tsv-exporter"),
        "plugin.id=tsv-exporter\nplugin.version=1.0.0\nplugin.requires=" + FahrasApi.REQUIRES + "\nplugin.provider=Example\n",
        java.util.Map.of("com.example.tsv.TsvExporter", SOURCE));
  }

  @Test
  void anExporterBuiltOutsideTheRepositoryIsListedAndExports() throws Exception {
    Path zip = buildPlugin();
    Path plugins = Files.createDirectories(tmp.resolve("plugins"));
    try (Stream<Path> s = Files.list(Cli.PLUGINS)) {
      for (Path p : s.toList()) {
        Files.copy(p, plugins.resolve(p.getFileName()));
      }
    }
    Cli.Result install = Cli.run("plugins", "install", zip.toString(), "--plugins", plugins.toString());
    assertThat(install.code()).as(install.err()).isZero();

    Cli.Result list = Cli.run("export", "--list", "--json", "--plugins", plugins.toString());
    assertThat(list.code()).as(list.err()).isZero();
    List<String> ids = new ArrayList<>();
    list.json().get("exporters").forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).contains("tsv", "csv");

    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    Path index = tmp.resolve("index");
    assertThat(Cli.run("index", "--plugins", plugins.toString(), "--index", index.toString(), docs.toString()).code()).isZero();
    Path out = tmp.resolve("hits.tsv");
    Cli.Result export = Cli.run(
        "search", "--plugins", plugins.toString(), "--index", index.toString(), "كوريا", "--export", "tsv", "--out", out.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo("1\t" + docs.resolve("seed.txt") + "\tseed.txt" + System.lineSeparator());

    JsonNode plugin = null;
    for (JsonNode p : Cli.run("plugins", "--json", "--plugins", plugins.toString()).json().get("plugins")) {
      if (p.get("id").asText().equals("tsv-exporter")) {
        plugin = p;
      }
    }
    assertThat(plugin).isNotNull();
    assertThat(plugin.toString()).contains("ResultExporter");

    // The window's export dialog offers the same exporters as file types.
    try (org.fahras.app.plugins.PluginHost host =
        org.fahras.app.plugins.PluginHost.start(plugins, tmp.resolve("gui-cache"), false)) {
      assertThat(org.fahras.app.gui.export.ExportContribution.fileTypes(
              host.extensions(org.fahras.api.ResultExporter.class), java.util.Locale.ENGLISH))
          .contains("TSV (example) (*.tsv)");
    }
  }
}
