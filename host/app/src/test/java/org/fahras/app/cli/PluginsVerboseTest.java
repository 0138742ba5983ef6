package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.fahras.api.FahrasApi;
import org.fahras.api.ResultExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;

/**
 * {@code fahras plugins --verbose} explains why a plugin did not load or shows no extensions.
 * Each case is a real plugin zip built here: sources compiled against the API (with or without
 * PF4J's annotation processor) and packaged as {@code plugin.properties} + {@code classes/} +
 * {@code lib/}.
 */
class PluginsVerboseTest {

  @TempDir Path tmp;
  Path plugins;
  String previousDataDir;

  static final String EXPORTER = """
      package com.example.%1$s;
      import java.util.Locale;
      @org.pf4j.Extension
      public class %2$s implements org.fahras.api.ResultExporter {
        public String id() { return "%1$s"; }
        public String label(Locale l) { return "%1$s"; }
        public String fileExtension() { return "txt"; }
        public String mediaType() { return "text/plain"; }
        public HitWriter open(java.io.OutputStream o, Export e) {
          return new HitWriter() { public void write(Hit h) {} public void close() {} };
        }
      }
      """;

  @BeforeEach
  void setUp() throws IOException {
    plugins = Files.createDirectories(tmp.resolve("plugins"));
    previousDataDir = System.getProperty("fahras.data.dir");
    System.setProperty("fahras.data.dir", tmp.resolve("data").toString());
  }

  @AfterEach
  void tearDown() {
    if (previousDataDir == null) {
      System.clearProperty("fahras.data.dir");
    } else {
      System.setProperty("fahras.data.dir", previousDataDir);
    }
  }

  static String descriptor(String id, String requires) {
    return "plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.requires=" + requires + "\nplugin.provider=Test\n";
  }

  static String origin(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Compiles sources (class name → source) into a folder, with or without PF4J's processor. */
  Path compile(String name, Map<String, String> sources, boolean processor) throws Exception {
    Path work = tmp.resolve("build-" + name);
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> args = new ArrayList<>();
    String cp = origin(ResultExporter.class) + File.pathSeparator + origin(Extension.class);
    args.addAll(List.of("-d", classes.toString(), "-cp", cp, "--release", "17"));
    if (processor) {
      args.addAll(List.of("-processorpath", cp, "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor"));
    } else {
      args.add("-proc:none");
    }
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path f = work.resolve("src/" + e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      args.add(f.toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    return classes;
  }

  /** Zips entries (name → String or byte[]) and the files of a classes folder under classes/. */
  Path zip(String file, Path classes, Object... namesAndContents) throws IOException {
    Path zip = plugins.resolve(file);
    try (OutputStream o = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(o)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        Object c = namesAndContents[i + 1];
        z.write(c instanceof byte[] b ? b : c.toString().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      if (classes != null) {
        try (Stream<Path> walk = Files.walk(classes)) {
          for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
            z.putNextEntry(new ZipEntry("classes/" + classes.relativize(f).toString().replace(File.separatorChar, '/')));
            z.write(Files.readAllBytes(f));
            z.closeEntry();
          }
        }
      }
    }
    return zip;
  }

  static byte[] jarWith(String entry) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  record Run(int code, String out, String err) {}

  Run plugins(String... extra) {
    List<String> args = new ArrayList<>(List.of("plugins", "--plugins", plugins.toString()));
    args.addAll(List.of(extra));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true), new PrintStream(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The block {@code fahras plugins} prints for one plugin: from its header line to the next. */
  static String block(String output, String id) {
    int start = output.indexOf("\n" + id + " ");
    assertThat(start).as("no entry for " + id + " in:\n" + output).isNotNegative();
    int end = output.indexOf("\n\n", start + 1);
    return end < 0 ? output.substring(start) : output.substring(start, end);
  }

  @Test
  void aHealthyPluginIsExplainedWithoutAProblem() throws Exception {
    Path classes = compile("good", Map.of("com.example.good.Good", EXPORTER.formatted("good", "Good")), true);
    zip("good.zip", classes, "plugin.properties", descriptor("good", FahrasApi.REQUIRES));

    Run r = plugins("--verbose");

    assertThat(r.code()).as(r.err()).isZero();
    String good = block(r.out(), "good");
    assertThat(good)
        .contains("STARTED")
        .contains("ResultExporter: com.example.good.Good")
        .contains("requires: " + FahrasApi.REQUIRES + ", satisfied by this Fahras's plugin API " + FahrasApi.VERSION)
        .contains("META-INF/extensions.idx lists 1 class: com.example.good.Good")
        .contains("unpacked from " + plugins.resolve("good.zip"))
        .doesNotContain("problem:");
  }

  @Test
  void aZipWithoutDescriptorIsListedAsNotLoadedWithWhatItHolds() throws Exception {
    Path classes = compile("nodesc", Map.of("com.example.nodesc.NoDesc", EXPORTER.formatted("nodesc", "NoDesc")), true);
    zip("no-descriptor.zip", classes);
    // The common mistake: zipping the plugin's folder rather than its content.
    zip("wrapped.zip", null, "wrapped/plugin.properties", descriptor("wrapped", FahrasApi.REQUIRES), "wrapped/classes/x.txt", "x");

    Run plain = plugins();
    Run verbose = plugins("--verbose");

    assertThat(plain.code()).isZero();
    assertThat(block(plain.out(), "no-descriptor"))
        .contains(PluginInfoState.NOT_LOADED)
        .contains("problem: no plugin descriptor (plugin.properties) found");
    assertThat(plain.out()).contains("fahras plugins --verbose explains the problems");
    assertThat(block(verbose.out(), "no-descriptor"))
        .contains("path: " + plugins.resolve("no-descriptor.zip"))
        .contains("the top of no-descriptor.zip holds: classes/")
        .contains("write plugin.properties with plugin.id, plugin.version, plugin.requires");
    assertThat(block(verbose.out(), "wrapped"))
        .contains("problem: no plugin descriptor (plugin.properties) found")
        .contains("found wrapped/plugin.properties: the zip holds the plugin folder itself");
  }

  @Test
  void anUnsatisfiedRequiresRangeNamesBothVersionsAndTheFix() throws Exception {
    Path classes = compile("future", Map.of("com.example.future.Future", EXPORTER.formatted("future", "Future")), true);
    zip("future.zip", classes, "plugin.properties", descriptor("future", ">=9.0.0 & <10.0.0"));

    Run r = plugins("--verbose");

    String future = block(r.out(), "future");
    assertThat(future)
        .doesNotContain("STARTED")
        .contains("problem: requires plugin API >=9.0.0 & <10.0.0 but this Fahras provides " + FahrasApi.VERSION)
        .contains("does not satisfy: build the plugin against fahras-api " + FahrasApi.VERSION
            + " and declare plugin.requires=" + FahrasApi.REQUIRES);
  }

  @Test
  void aHostOwnedJarInsideThePluginIsNamedWithTheLibraryItCopies() throws Exception {
    Path classes = compile("greedy", Map.of("com.example.greedy.Greedy", EXPORTER.formatted("greedy", "Greedy")), true);
    zip("greedy.zip", classes,
        "plugin.properties", descriptor("greedy", FahrasApi.REQUIRES),
        "lib/renamed-logging.jar", jarWith("org/slf4j/Logger.class"),
        "lib/harmless.jar", jarWith("com/example/Util.class"));

    Run r = plugins("--verbose");

    String greedy = block(r.out(), "greedy");
    assertThat(greedy)
        .contains("problem: contains jars the host provides, which must be 'provided' dependencies instead:"
            + " lib/renamed-logging.jar (slf4j-api)")
        .contains("class path: classes/ and lib/ (2 jars: harmless.jar, renamed-logging.jar)")
        .contains("lib/renamed-logging.jar (slf4j-api) is a copy of a library the host provides")
        .contains("<scope>provided</scope>")
        .doesNotContain("harmless.jar (");
  }

  @Test
  void anExtensionCompiledWithoutTheAnnotationProcessorIsNamed() throws Exception {
    // No processor at all: no extensions.idx, zero extensions.
    Path bare = compile("bare", Map.of("com.example.bare.Bare", EXPORTER.formatted("bare", "Bare")), false);
    zip("bare.zip", bare, "plugin.properties", descriptor("bare", FahrasApi.REQUIRES));
    // One class indexed, a second one added later without the processor.
    Path half = compile("half", Map.of("com.example.half.First", EXPORTER.formatted("half", "First")), true);
    Path second = compile("half2", Map.of("com.example.half.Second", EXPORTER.formatted("half", "Second")), false);
    Files.copy(second.resolve("com/example/half/Second.class"), half.resolve("com/example/half/Second.class"));
    zip("half.zip", half, "plugin.properties", descriptor("half", FahrasApi.REQUIRES));
    // An extension point implemented without @Extension.
    Path plain = compile("plain", Map.of(
        "com.example.plain.Plain", EXPORTER.formatted("plain", "Plain").replace("@org.pf4j.Extension", "")), true);
    zip("plain.zip", plain, "plugin.properties", descriptor("plain", FahrasApi.REQUIRES));

    Run plainRun = plugins();
    Run r = plugins("--verbose");
    Run json = plugins("--verbose", "--json");

    assertThat(block(plainRun.out(), "bare"))
        .contains("problem: extension classes not indexed in META-INF/extensions.idx (PF4J's annotation processor"
            + " did not run): com.example.bare.Bare");
    assertThat(block(r.out(), "bare"))
        .contains("META-INF/extensions.idx is missing")
        .contains("com.example.bare.Bare is annotated @Extension but not listed in META-INF/extensions.idx")
        .contains("org.pf4j.processor.ExtensionAnnotationProcessor");
    assertThat(block(r.out(), "half"))
        .contains("ResultExporter: com.example.half.First")
        .contains("problem: extension classes not indexed in META-INF/extensions.idx (PF4J's annotation processor"
            + " did not run): com.example.half.Second")
        .contains("META-INF/extensions.idx lists 1 class: com.example.half.First");
    assertThat(block(r.out(), "plain"))
        .contains("problem: no extensions found: not annotated @Extension: com.example.plain.Plain (ResultExporter)")
        .contains("com.example.plain.Plain implements ResultExporter but is not annotated @org.pf4j.Extension");
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .contains("\"diagnostics\":[")
        .contains("com.example.bare.Bare is annotated @Extension but not listed");
    assertThat(plugins("--json").out()).doesNotContain("\"diagnostics\"");
  }

  @Test
  void developmentModeNamesAModuleThatWasNotBuilt() throws Exception {
    Path module = Files.createDirectories(plugins.resolve("my-plugin/src/main/java"));
    Files.writeString(module.getParent().getParent().getParent().resolve("pom.xml"), "<project/>");

    Run r = plugins("--dev", "--verbose");

    assertThat(r.out()).contains("development mode");
    assertThat(block(r.out(), "my-plugin"))
        .contains(PluginInfoState.NOT_LOADED)
        .contains("problem: not built: no descriptor at target/plugin/plugin.properties (run `mvn package` in "
            + plugins.resolve("my-plugin") + ")");
  }

  @Test
  void developmentModeIgnoresModulesTheTreesAggregatorDoesNotList() throws Exception {
    Files.createDirectories(plugins.resolve("listed/src/main/java"));
    Files.writeString(plugins.resolve("listed/pom.xml"), "<project/>");
    Files.createDirectories(plugins.resolve("template/src/main/java"));
    Files.writeString(plugins.resolve("template/pom.xml"), "<project/>");
    Files.writeString(plugins.resolve("pom.xml"), "<project><modules>\n  <module>listed</module>\n</modules></project>");

    Run r = plugins("--dev");

    assertThat(block(r.out(), "listed")).contains("problem: not built");
    assertThat(r.out()).doesNotContain("template");
  }

  /** The state name, spelled out once. */
  static final class PluginInfoState {
    static final String NOT_LOADED = org.fahras.app.plugins.PluginInfo.NOT_LOADED;
  }
}
