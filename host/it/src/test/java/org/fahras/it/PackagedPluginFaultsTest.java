package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fahras.api.FahrasApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misbehaving plugins, each built in the test as a real plugin zip, loaded beside the packaged
 * ones: a plugin whose {@code start()} throws, one that needs a newer API, a parser that throws
 * on some files and returns garbage on others, and an entity recogniser that returns spans
 * outside the text. The host reports each by id and keeps indexing and searching with the rest.
 * A parser and a recogniser that throw on every input are left out after the {@code FailureRule}'s
 * limit, each named once on stderr and in {@code fahras status}.
 */
class PackagedPluginFaultsTest {

  @TempDir static Path tmp;
  static Path plugins;
  static Path leaky;

  static final String FAILING_START = """
      package com.example.fail;
      public class FailingPlugin extends org.pf4j.Plugin {
        @Override public void start() { throw new IllegalStateException("cannot start: missing licence key"); }
      }
      """;

  static final String FAILING_EXTENSION = """
      package com.example.fail;
      import java.util.Locale;
      @org.pf4j.Extension
      public class NeverUsed implements org.fahras.api.ResultExporter {
        public String id() { return "never"; }
        public String label(Locale l) { return "never"; }
        public String fileExtension() { return "x"; }
        public String mediaType() { return "x/x"; }
        public HitWriter open(java.io.OutputStream o, Export e) { throw new UnsupportedOperationException(); }
      }
      """;

  static final String MOODY_PARSER = """
      package com.example.moody;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import org.fahras.api.*;
      @org.pf4j.Extension(ordinal = 100)
      public class MoodyParser implements DocumentParser {
        public String id() { return "moody"; }
        public boolean accepts(Path f) { return f.getFileName().toString().endsWith(".moody"); }
        public ParsedDocument parse(ParseRequest r) throws DocumentParseException {
          String name = r.file().getFileName().toString();
          if (name.startsWith("boom")) { throw new IllegalStateException("moody parser exploded"); }
          if (name.startsWith("null")) { return null; }
          try { return ParsedDocument.ofText(Files.readString(r.file()), "text/x-moody"); }
          catch (java.io.IOException e) { throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage()); }
        }
      }
      """;

  static final String GARBAGE_ENTITIES = """
      package com.example.garbage;
      import java.util.*;
      import org.fahras.api.*;
      @org.pf4j.Extension(ordinal = -100)
      public class GarbageEntities implements EntityRecognizer {
        public String id() { return "garbage-entities"; }
        public Set<String> types() { return Set.of("THING"); }
        public List<EntitySpan> recognize(String text, String language) {
          if (text.contains("انفجار")) { throw new IllegalArgumentException("garbage recogniser failed"); }
          return List.of(new EntitySpan(text.length() + 5, text.length() + 9, "THING", "x", "x"),
                         new EntitySpan(0, Math.min(3, text.length()), "THING", "wrong text", "شيء"));
        }
      }
      """;

  static final String LEAKY_ENTITIES = """
      package com.example.leaky;
      import java.util.*;
      import org.fahras.api.*;
      @org.pf4j.Extension(ordinal = -200)
      public class LeakyEntities implements EntityRecognizer {
        public String id() { return "leaky-entities"; }
        public Set<String> types() { return Set.of("THING"); }
        public List<EntitySpan> recognize(String text, String language) {
          // Leaks a thread that never ends and would keep a JVM alive (not a daemon).
          Thread t = new Thread(() -> {
            while (true) {
              try { Thread.sleep(60_000); } catch (InterruptedException e) { /* ignores interrupts */ }
            }
          }, "leaked-by-plugin");
          t.setDaemon(false);
          t.start();
          return List.of();
        }
      }
      """;

  static final String ALWAYS_FAILING_PARSER = """
      package com.example.always;
      import java.nio.file.Path;
      import org.fahras.api.*;
      @org.pf4j.Extension(ordinal = 100)
      public class AlwaysFailingParser implements DocumentParser {
        public String id() { return "always"; }
        public boolean accepts(Path f) { return f.getFileName().toString().endsWith(".broken"); }
        public ParsedDocument parse(ParseRequest r) { throw new IllegalStateException("always fails"); }
      }
      """;

  static final String ALWAYS_FAILING_ENTITIES = """
      package com.example.always;
      import java.util.*;
      import org.fahras.api.*;
      @org.pf4j.Extension(ordinal = -100)
      public class AlwaysFailingEntities implements EntityRecognizer {
        public String id() { return "always-entities"; }
        public Set<String> types() { return Set.of("THING"); }
        public List<EntitySpan> recognize(String text, String language) {
          throw new UnsupportedOperationException("recogniser always fails");
        }
      }
      """;

  static Path alwaysFailing;

  @BeforeAll
  static void build() throws Exception {
    Path failing = PluginBuilder.build(tmp.resolve("failing-start"),
        "plugin.id=failing-start\nplugin.version=1.0.0\nplugin.class=com.example.fail.FailingPlugin\nplugin.requires="
            + FahrasApi.REQUIRES + "\n",
        Map.of("com.example.fail.FailingPlugin", FAILING_START, "com.example.fail.NeverUsed", FAILING_EXTENSION));
    Path future = PluginBuilder.build(tmp.resolve("from-the-future"),
        "plugin.id=from-the-future\nplugin.version=1.0.0\nplugin.requires=>=9.0.0\n",
        Map.of("com.example.moody.MoodyParser", MOODY_PARSER.replace("com.example.moody", "com.example.future")
            .replace("\"moody\"", "\"future\"")));
    Path moody = PluginBuilder.build(tmp.resolve("moody"),
        "plugin.id=moody\nplugin.version=1.0.0\nplugin.requires=" + FahrasApi.REQUIRES + "\n",
        Map.of("com.example.moody.MoodyParser", MOODY_PARSER));
    Path garbage = PluginBuilder.build(tmp.resolve("garbage"),
        "plugin.id=garbage-entities\nplugin.version=1.0.0\nplugin.requires=" + FahrasApi.REQUIRES + "\n",
        Map.of("com.example.garbage.GarbageEntities", GARBAGE_ENTITIES));
    plugins = PluginBuilder.pluginsWith(tmp.resolve("plugins"), failing, future, moody, garbage);
    alwaysFailing = PluginBuilder.build(tmp.resolve("always-failing"),
        "plugin.id=always-failing\nplugin.version=1.0.0\nplugin.requires=" + FahrasApi.REQUIRES + "\n",
        Map.of("com.example.always.AlwaysFailingParser", ALWAYS_FAILING_PARSER,
            "com.example.always.AlwaysFailingEntities", ALWAYS_FAILING_ENTITIES));
    leaky = PluginBuilder.build(tmp.resolve("leaky"),
        "plugin.id=leaky-entities\nplugin.version=1.0.0\nplugin.requires=" + FahrasApi.REQUIRES + "\n",
        Map.of("com.example.leaky.LeakyEntities", LEAKY_ENTITIES));
  }

  @Test
  void pluginsNamesEachBrokenPluginAndWhy() {
    Cli.Result r = Cli.run("plugins", "--json", "--plugins", plugins.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode failing = null;
    JsonNode future = null;
    for (JsonNode p : r.json().get("plugins")) {
      if (p.get("id").asText().equals("failing-start")) {
        failing = p;
      } else if (p.get("id").asText().equals("from-the-future")) {
        future = p;
      }
    }
    assertThat(failing).isNotNull();
    assertThat(failing.get("state").asText()).isEqualTo("FAILED");
    assertThat(failing.toString()).contains("cannot start: missing licence key");
    assertThat(future).isNotNull();
    assertThat(future.get("state").asText()).isNotEqualTo("STARTED");
    assertThat(future.toString()).contains(">=9.0.0");
  }

  @Test
  void indexingAndSearchingGoOnAroundTheFaultyPlugins() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    Files.writeString(docs.resolve("fine.moody"), "نص سليم عن المكتبات");
    Files.writeString(docs.resolve("boom.moody"), "لن يقرأ");
    Files.writeString(docs.resolve("null.moody"), "لن يقرأ");
    Files.writeString(docs.resolve("blast.txt"), "انفجار في المصنع");
    Path index = tmp.resolve("index");

    Cli.Result r = Cli.run("index", "--plugins", plugins.toString(), "--index", index.toString(), docs.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("fahras: cannot index")))
        .anySatisfy(l -> assertThat(l).contains("boom.moody").contains("plugin 'moody'").contains("exploded"))
        .anySatisfy(l -> assertThat(l).contains("null.moody").contains("'moody' returned nothing"));
    IndexChecks.assertClean(index);
    for (String word : new String[] {"كوريا", "المكتبات", "المصنع"}) {
      JsonNode hits = Cli.run("search", "--plugins", plugins.toString(), "--index", index.toString(), "--json", word).json();
      assertThat(hits.get("total").asLong()).as(word).isEqualTo(1);
    }
    Cli.Result entities = Cli.run("entities", "--json", "--plugins", plugins.toString(), Cli.SEED.toString());
    assertThat(entities.code()).as(entities.err()).isZero();
    String text = Files.readString(Cli.SEED);
    for (JsonNode e : entities.json().get("entities")) {
      assertThat(e.get("end").asInt()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
  }

  @Test
  void aPluginThatLeaksThreadsCannotKeepTheCommandFromEnding() throws Exception {
    Path dir = PluginBuilder.pluginsWith(tmp.resolve("leaky-plugins"), leaky);
    Path docs = Files.createDirectories(tmp.resolve("leaky-docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    Launcher launcher = new Launcher(tmp.resolve("leaky-data"), "-Xmx512m");
    Launcher.Child child = launcher.start(tmp.resolve("logs"), "leaky-index",
        "index", "--plugins", dir.toString(), "--index", tmp.resolve("leaky-index").toString(), docs.toString());
    boolean ended = child.process().waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
    if (!ended) {
      child.process().destroyForcibly();
    }
    assertThat(ended).as("the command ended despite the leaked thread; stderr: " + child.stderr()).isTrue();
    assertThat(child.process().exitValue()).as(child.stderr()).isZero();
    assertThat(child.stdout()).contains("1 new");
  }

  @Test
  void pluginsThatThrowOnEveryInputAreLeftOutNamedOnceAndIndexingGoesOn() throws Exception {
    Path dir = PluginBuilder.pluginsWith(tmp.resolve("always-plugins"), alwaysFailing);
    Path docs = Files.createDirectories(tmp.resolve("always-docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    int broken = 16;
    for (int i = 0; i < broken; i++) {
      Files.writeString(docs.resolve(String.format("part%02d.broken", i)), "مخطوطة مكسورة رقم " + i);
    }
    int notes = 12; // texts enough for the recogniser to reach its limit
    for (int i = 0; i < notes; i++) {
      Files.writeString(docs.resolve(String.format("note%02d.txt", i)), "ملاحظة عن فهرسة المكتبة رقم " + i);
    }
    Path index = tmp.resolve("always-index");

    Cli.Result r = Cli.run("index", "--plugins", dir.toString(), "--index", index.toString(), docs.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("fahras: note: plugin 'always-failing'")))
        .as(r.err())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("(parser 'always') failed on 10 files in a row")
            .contains("always fails").endsWith("it is not used for the rest of this run"))
        .anySatisfy(l -> assertThat(l).contains("(entity recogniser 'always-entities') failed on 10 texts in a row")
            .contains("recogniser always fails").endsWith("entity recognition goes on without it for the rest of this run"));
    assertThat(r.err().lines().filter(l -> l.startsWith("fahras: cannot index") && l.contains("plugin 'always-failing'")))
        .allSatisfy(l -> assertThat(l).contains("always fails"))
        // The tenth failure in a row, plus the files other parse threads were already reading.
        .hasSizeBetween(10, 10 + Runtime.getRuntime().availableProcessors());

    JsonNode status = Cli.run("status", "--json", "--index", index.toString()).json();
    assertThat(status.get("disabledPlugins")).hasSize(2);
    assertThat(status.get("disabledPlugins").toString()).contains("plugin 'always-failing' (parser 'always')")
        .contains("plugin 'always-failing' (entity recogniser 'always-entities')");
    int failed = status.get("failures").size();
    assertThat(failed).isBetween(10, 10 + Runtime.getRuntime().availableProcessors());
    assertThat(Cli.run("status", "--index", index.toString()).out()).contains("Left out:  plugin 'always-failing'");
    IndexChecks.assertClean(index);

    // The packaged Tika parser read the .broken files the failing parser no longer got; the
    // packaged recogniser went on finding entities.
    JsonNode rest = Cli.run("search", "--plugins", dir.toString(), "--index", index.toString(), "--json", "مكسورة").json();
    assertThat(rest.get("total").asLong()).isEqualTo(broken - failed);
    JsonNode noted = Cli.run("search", "--plugins", dir.toString(), "--index", index.toString(), "--json", "ملاحظة").json();
    assertThat(noted.get("total").asLong()).isEqualTo(notes);
    JsonNode seed = Cli.run("search", "--plugins", dir.toString(), "--index", index.toString(), "--json", "كوريا").json();
    assertThat(seed.get("total").asLong()).isEqualTo(1);
    JsonNode places = Cli.run("search", "--plugins", dir.toString(), "--index", index.toString(), "--json",
        "--filter", "location=روسيا", "*").json();
    assertThat(places.get("total").asLong()).isEqualTo(1);
  }
}
