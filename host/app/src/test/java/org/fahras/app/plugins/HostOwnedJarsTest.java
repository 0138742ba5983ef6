package org.fahras.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostOwnedJarsTest {

  @TempDir Path plugin;

  private void jar(String name, String... entries) throws IOException {
    Files.createDirectories(plugin.resolve("lib"));
    try (OutputStream o = Files.newOutputStream(plugin.resolve("lib").resolve(name));
        ZipOutputStream z = new ZipOutputStream(o)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.closeEntry();
      }
    }
  }

  @Test
  void findsACopyOfLuceneCoreEvenWhenRenamed() throws IOException {
    jar("own-lib.jar", "com/example/Thing.class");
    jar("renamed.jar", "org/apache/lucene/index/IndexWriter.class");

    assertThat(HostOwnedJars.in(plugin)).containsExactly("lib/renamed.jar (lucene-core)");
  }

  @Test
  void findsEachHostLibrary() throws IOException {
    jar("a.jar", "org/fahras/api/DocumentParser.class");
    jar("b.jar", "org/pf4j/PluginManager.class");
    jar("c.jar", "org/slf4j/Logger.class");

    assertThat(HostOwnedJars.in(plugin))
        .containsExactlyInAnyOrder("lib/a.jar (fahras-api)", "lib/b.jar (pf4j)", "lib/c.jar (slf4j-api)");
  }

  @Test
  void pluginWithoutLibIsClean() throws IOException {
    assertThat(HostOwnedJars.in(plugin)).isEmpty();
  }
}
