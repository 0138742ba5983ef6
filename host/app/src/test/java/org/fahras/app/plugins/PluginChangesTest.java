package org.fahras.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fahras.app.plugins.InvalidPluginException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin changes for the next start: enable/disable, install with checks, uninstall. */
class PluginChangesTest {

  @TempDir Path tmp;
  Path plugins;
  Path cache;
  PluginChanges changes;

  @BeforeEach
  void setUp() {
    plugins = tmp.resolve("plugins");
    cache = tmp.resolve("data/plugin-cache");
    changes = new PluginChanges(plugins, cache);
  }

  static String descriptor(String id, String version, String requires) {
    return "plugin.id=" + id + "\nplugin.version=" + version + "\nplugin.requires=" + requires
        + "\nplugin.provider=Test\n";
  }

  /** A zip of name/content pairs; a content of type byte[] is written as is. */
  static Path zip(Path file, Object... namesAndContents) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream o = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(o)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        Object c = namesAndContents[i + 1];
        z.write(c instanceof byte[] b ? b : c.toString().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return file;
  }

  static byte[] jarWith(String entry) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(new byte[] {1, 2, 3});
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  Path validZip(String id, String version) throws IOException {
    return zip(tmp.resolve("downloads/" + id + "-" + version + ".zip"),
        "plugin.properties", descriptor(id, version, ">=1.0.0 & <2.0.0"), "classes/readme.txt", "hello");
  }

  @Test
  void validZipIsCopiedIntoThePluginsFolder() throws IOException {
    PluginChanges.Descriptor d = changes.install(validZip("demo", "1.2.0"));

    assertThat(d.id()).isEqualTo("demo");
    assertThat(d.file()).isEqualTo(plugins.resolve("demo-1.2.0.zip"));
    assertThat(plugins.resolve("demo-1.2.0.zip")).exists();
    assertThat(changes.installedArchives().values()).extracting(PluginChanges.Descriptor::id).containsExactly("demo");
  }

  @Test
  void entryEscapingItsFolderIsRefused() throws IOException {
    Path evil = zip(tmp.resolve("evil.zip"), "plugin.properties", descriptor("evil", "1.0.0", "*"),
        "../../outside.txt", "gotcha");

    assertThatThrownBy(() -> changes.install(evil))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNSAFE_ENTRY));
    assertThat(plugins).doesNotExist();
  }

  @Test
  void zipWithoutDescriptorIsRefused() throws IOException {
    Path z = zip(tmp.resolve("nodesc.zip"), "classes/a.txt", "a");

    assertThatThrownBy(() -> changes.install(z))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_DESCRIPTOR));
  }

  @Test
  void fileThatIsNotAZipIsRefused() throws IOException {
    Path f = Files.writeString(tmp.resolve("notes.zip"), "just text");

    assertThatThrownBy(() -> changes.install(f))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNREADABLE));
  }

  @Test
  void descriptorWithoutIdOrVersionIsRefused() throws IOException {
    Path noId = zip(tmp.resolve("a.zip"), "plugin.properties", "plugin.version=1.0.0");
    Path noVersion = zip(tmp.resolve("b.zip"), "plugin.properties", "plugin.id=b");

    assertThatThrownBy(() -> changes.install(noId))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_ID));
    assertThatThrownBy(() -> changes.install(noVersion))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_VERSION));
  }

  @Test
  void requiresRangeTheApiDoesNotSatisfyIsRefused() throws IOException {
    Path future = zip(tmp.resolve("future.zip"), "plugin.properties", descriptor("future", "1.0.0", ">=2.0.0"));

    assertThatThrownBy(() -> changes.install(future))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_REQUIRES);
          assertThat(e.detail()).isEqualTo(">=2.0.0");
        });
  }

  @Test
  void hostOwnedJarIsRefusedEvenWhenRenamed() throws IOException {
    Path z = zip(tmp.resolve("fat.zip"), "plugin.properties", descriptor("fat", "1.0.0", "*"),
        "lib/innocent.jar", jarWith("org/apache/lucene/index/IndexWriter.class"));

    assertThatThrownBy(() -> changes.install(z))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.HOST_OWNED_JAR);
          assertThat(e.detail()).contains("lib/innocent.jar").contains("lucene-core");
        });
  }

  @Test
  void sameVersionTwiceIsRefusedAndANewVersionReplacesTheOldAtRestart() throws IOException {
    changes.install(validZip("demo", "1.0.0"));
    assertThatThrownBy(() -> changes.install(validZip("demo", "1.0.0")))
        .isInstanceOfSatisfying(InvalidPluginException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_INSTALLED));

    changes.install(validZip("demo", "1.1.0"));
    PluginChanges.applyPendingRemovals(plugins, cache);

    try (var s = Files.list(plugins)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("demo-1.1.0.zip");
    }
  }

  @Test
  void uninstallRemovesTheZipAtTheNextStartNotBefore() throws IOException {
    changes.install(validZip("demo", "1.0.0"));

    assertThat(changes.uninstall("demo")).isTrue();

    assertThat(plugins.resolve("demo-1.0.0.zip")).exists();
    assertThat(changes.removalPending("demo")).isTrue();
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins()).isEmpty();
    }
    assertThat(plugins.resolve("demo-1.0.0.zip")).doesNotExist();
    assertThat(changes.removalPending("demo")).isFalse();
  }

  @Test
  void cancelledUninstallKeepsThePlugin() throws IOException {
    changes.install(validZip("demo", "1.0.0"));
    changes.uninstall("demo");

    changes.cancelUninstall("demo");

    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins()).extracting(PluginInfo::id).containsExactly("demo");
    }
  }

  @Test
  void pendingListCannotRemoveAnythingOutsideThePluginsFolder() throws IOException {
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me");
    Files.createDirectories(cache.getParent());
    Files.writeString(PluginChanges.pendingFile(cache), "x\t../victim.txt\n");

    PluginChanges.applyPendingRemovals(plugins, cache);

    assertThat(victim).exists();
  }

  @Test
  void disabledPluginIsNotStartedAtTheNextStartAndEnablingBringsItBack() throws IOException {
    changes.install(validZip("demo", "1.0.0"));
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins().get(0).state()).isEqualTo("STARTED");
      host.changes().setEnabled("demo", false);
      assertThat(host.plugins().get(0).state()).as("the running plugin is untouched").isEqualTo("STARTED");
    }
    assertThat(changes.enabledAtNextStart("demo")).isFalse();
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins().get(0).state()).isEqualTo("DISABLED");
      host.changes().setEnabled("demo", true);
    }
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins().get(0).state()).isEqualTo("STARTED");
    }
  }

  @Test
  void anInstalledZipChangedAfterwardsIsRefusedAtStartWithAMessage() throws IOException {
    changes.install(validZip("demo", "1.0.0"));
    Path installed = plugins.resolve("demo-1.0.0.zip");
    assertThat(Files.readString(cache.resolveSibling(InstalledChecksums.FILE_NAME)))
        .contains(InstalledChecksums.sha256(installed) + "  demo-1.0.0.zip");
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins()).extracting(PluginInfo::state).doesNotContain("REFUSED");
    }

    // Someone swaps the installed zip for another one with the same name.
    zip(installed, "plugin.properties", descriptor("demo", "1.0.0", ">=1.0.0 & <2.0.0"), "classes/evil.txt", "x");

    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins()).singleElement().satisfies(p -> {
        assertThat(p.state()).isEqualTo("REFUSED");
        assertThat(p.problem()).contains("demo-1.0.0.zip changed since it was installed").contains("SHA-256");
      });
    }
    // Installing it again (the change is the user's) records the new content.
    changes.install(validZip("demo", "1.0.1"));
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins()).extracting(PluginInfo::state).doesNotContain("REFUSED");
    }
  }

  @Test
  void uninstallingForgetsTheChecksum() throws IOException {
    changes.install(validZip("demo", "1.0.0"));
    changes.uninstall("demo");
    try (PluginHost host = PluginHost.start(plugins, cache, false)) {
      assertThat(host.plugins()).isEmpty();
    }
    assertThat(Files.readString(cache.resolveSibling(InstalledChecksums.FILE_NAME))).doesNotContain("demo-1.0.0.zip");
  }
}
