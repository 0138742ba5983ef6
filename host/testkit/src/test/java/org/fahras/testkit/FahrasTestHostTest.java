package org.fahras.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.fahras.api.FahrasApi;
import org.fahras.api.ResultExporter;
import org.fahras.app.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;

/** The kit loads a real plugin zip into the host, indexes, searches, exports and runs the CLI. */
class FahrasTestHostTest {

  @TempDir Path tmp;

  static final String EXPORTER = """
      package com.example.paths;
      import java.io.OutputStream;
      import java.nio.charset.StandardCharsets;
      import java.util.Locale;
      @org.pf4j.Extension
      public class PathsExporter implements org.fahras.api.ResultExporter {
        public String id() { return "paths"; }
        public String label(Locale l) { return "Paths"; }
        public String fileExtension() { return "txt"; }
        public String mediaType() { return "text/plain"; }
        public HitWriter open(OutputStream o, Export e) {
          return new HitWriter() {
            public void write(Hit h) throws java.io.IOException {
              o.write((h.rank() + " " + h.title() + "\\n").getBytes(StandardCharsets.UTF_8));
            }
            public void close() {}
          };
        }
      }
      """;

  static String origin(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** A plugin zip with the exporter, compiled with PF4J's processor; requires as given. */
  Path pluginZip(String requires) throws Exception {
    Path src = tmp.resolve("src/com/example/paths/PathsExporter.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, EXPORTER);
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    String cp = origin(ResultExporter.class) + File.pathSeparator + origin(Extension.class);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", cp, "-processorpath", cp,
        "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor", "--release", "17", src.toString()));
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    Path zip = tmp.resolve("paths-exporter.zip");
    try (OutputStream o = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("plugin.properties"));
      z.write(("plugin.id=paths-exporter\nplugin.version=1.0.0\nplugin.requires=" + requires + "\n")
          .getBytes(StandardCharsets.UTF_8));
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          z.putNextEntry(new ZipEntry("classes/" + classes.relativize(f).toString().replace(File.separatorChar, '/')));
          z.write(Files.readAllBytes(f));
        }
      }
    }
    return zip;
  }

  @Test
  void loadsAPluginIndexesSearchesAndExports() throws Exception {
    Path zip = pluginZip(FahrasApi.REQUIRES);
    Path root;
    try (FahrasTestHost fahras = FahrasTestHost.start(zip)) {
      root = fahras.pluginsDir().getParent();
      assertThat(fahras.plugin("paths-exporter").state()).isEqualTo("STARTED");
      assertThat(fahras.extensions(ResultExporter.class)).extracting(ResultExporter::id).containsExactly("paths");

      fahras.document("one.txt", "the first document about deterrence");
      fahras.document("two.txt", "the second document about something else");
      assertThat(fahras.index().added()).isEqualTo(2);

      SearchResult r = fahras.search("deterrence");
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits().get(0).path()).endsWith("one.txt");
      assertThat(r.hits().get(0).snippets().get(0)).contains("<mark>deterrence</mark>");

      assertThat(new String(fahras.export("paths", "document"), StandardCharsets.UTF_8))
          .isEqualTo("1 one.txt\n2 two.txt\n");

      FahrasTestHost.CliResult list = fahras.cli("export", "--list");
      assertThat(list.code()).as(list.err()).isZero();
      assertThat(list.out()).contains("paths");
      FahrasTestHost.CliResult search = fahras.cli("search", "--json", "deterrence");
      assertThat(search.code()).as(search.err()).isZero();
      assertThat(search.out()).contains("one.txt").doesNotContain("two.txt");
    }
    assertThat(root).doesNotExist();
  }

  @Test
  void aPluginThatDoesNotStartFailsTheStartWithTheExplanation() throws Exception {
    Path zip = pluginZip(">=9.0.0");

    assertThatThrownBy(() -> FahrasTestHost.start(zip))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("paths-exporter")
        .hasMessageContaining("requires plugin API >=9.0.0 but this Fahras provides " + FahrasApi.VERSION);

    try (FahrasTestHost fahras = FahrasTestHost.builder().plugin(zip).requireHealthy(false).start()) {
      assertThat(fahras.plugin("paths-exporter").state()).isNotEqualTo("STARTED");
      assertThat(fahras.extensions(ResultExporter.class)).isEmpty();
    }
  }
}
