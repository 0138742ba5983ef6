package org.fahras.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginArchivesTest {

  @TempDir Path tmp;

  private Path zip(Path file, String... namesAndContents) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream o = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(o)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return file;
  }

  @Test
  void zipIsUnpackedIntoTheCacheNotBesideIt() throws IOException {
    Path plugins = tmp.resolve("plugins");
    zip(plugins.resolve("demo.zip"), "plugin.properties", "plugin.id=demo", "classes/a.txt", "a");

    List<Path> paths = PluginArchives.pluginPaths(plugins, tmp.resolve("cache"));

    assertThat(paths).hasSize(1);
    assertThat(paths.get(0)).startsWith(tmp.resolve("cache"));
    assertThat(paths.get(0).resolve("plugin.properties")).hasContent("plugin.id=demo");
    try (var s = Files.list(plugins)) {
      assertThat(s).containsExactly(plugins.resolve("demo.zip"));
    }
  }

  @Test
  void removedZipIsNoLongerListed() throws IOException {
    Path plugins = tmp.resolve("plugins");
    Path z = zip(plugins.resolve("demo.zip"), "plugin.properties", "plugin.id=demo");
    PluginArchives.pluginPaths(plugins, tmp.resolve("cache"));
    Files.delete(z);

    assertThat(PluginArchives.pluginPaths(plugins, tmp.resolve("cache"))).isEmpty();
  }

  @Test
  void replacedZipIsUnpackedAgain() throws IOException {
    Path plugins = tmp.resolve("plugins");
    Path z = zip(plugins.resolve("demo.zip"), "plugin.properties", "plugin.id=demo\nplugin.version=1");
    Path first = PluginArchives.pluginPaths(plugins, tmp.resolve("cache")).get(0);
    zip(z, "plugin.properties", "plugin.id=demo\nplugin.version=2.0.0");
    Files.setLastModifiedTime(z, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

    Path second = PluginArchives.pluginPaths(plugins, tmp.resolve("cache")).get(0);

    assertThat(second).isNotEqualTo(first);
    assertThat(second.resolve("plugin.properties")).content().contains("2.0.0");
    assertThat(first).doesNotExist();
  }

  @Test
  void entryEscapingTheFolderIsRefused() throws IOException {
    Path plugins = tmp.resolve("plugins");
    zip(plugins.resolve("evil.zip"), "plugin.properties", "x", "../../escaped.txt", "gotcha");

    assertThatThrownBy(() -> PluginArchives.pluginPaths(plugins, tmp.resolve("cache")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("outside its folder");
    assertThat(tmp.resolve("escaped.txt")).doesNotExist();
  }
}
