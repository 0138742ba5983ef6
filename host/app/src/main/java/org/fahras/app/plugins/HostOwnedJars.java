package org.fahras.app.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Finds jars inside a plugin that belong to the host: the plugin API, PF4J, lucene-core and
 * slf4j-api. A plugin must get these from the host (Maven scope {@code provided}); a second copy
 * in its {@code lib/} makes the same class come from two class loaders, which shows up as
 * "not assignable" errors, missing extensions or {@code LinkageError}s.
 *
 * <p>Jars are recognised by a class they contain, not by file name, so a renamed copy is found
 * too.
 */
public final class HostOwnedJars {

  /** A class that identifies each host-owned library, with the library's name. */
  static final Map<String, String> MARKERS =
      Map.of(
          "org/fahras/api/DocumentParser.class", "fahras-api",
          "org/pf4j/PluginManager.class", "pf4j",
          "org/apache/lucene/index/IndexWriter.class", "lucene-core",
          "org/slf4j/Logger.class", "slf4j-api");

  private HostOwnedJars() {}

  /**
   * The host-owned jars in a plugin's {@code lib/} folder, described as {@code "lib/x.jar
   * (lucene-core)"}; empty when there are none or the plugin has no {@code lib/}.
   */
  public static List<String> in(Path pluginFolder) throws IOException {
    Path lib = pluginFolder.resolve("lib");
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(lib)) {
      return found;
    }
    List<Path> jars;
    try (Stream<Path> s = Files.list(lib)) {
      jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    }
    for (Path jar : jars) {
      try (ZipFile z = new ZipFile(jar.toFile())) {
        for (Map.Entry<String, String> m : MARKERS.entrySet()) {
          if (z.getEntry(m.getKey()) != null) {
            found.add("lib/" + jar.getFileName() + " (" + m.getValue() + ")");
          }
        }
      }
    }
    return found;
  }
}
