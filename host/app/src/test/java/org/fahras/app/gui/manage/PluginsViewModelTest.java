package org.fahras.app.gui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fahras.app.gui.manage.PluginsViewModel.Pending;
import org.fahras.app.gui.manage.PluginsViewModel.Row;
import org.fahras.app.plugins.PluginHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin manager without a display: rows, enable/disable and install/uninstall for the next start. */
class PluginsViewModelTest {

  @TempDir Path tmp;

  Path pluginZip(String id, String version) throws IOException {
    Path file = tmp.resolve("downloads/" + id + ".zip");
    Files.createDirectories(file.getParent());
    try (OutputStream o = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("plugin.properties"));
      z.write(("plugin.id=" + id + "\nplugin.version=" + version + "\nplugin.requires=>=1.0.0 & <2.0.0\nplugin.provider=Test Co\n")
          .getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return file;
  }

  PluginHost start() {
    return PluginHost.start(tmp.resolve("plugins"), tmp.resolve("data/plugin-cache"), false);
  }

  PluginsViewModel model(PluginHost host) {
    return new PluginsViewModel(host::plugins, host.changes(), host.isDevelopment());
  }

  @Test
  void installedZipIsListedAsLoadingAtTheNextStart() throws IOException {
    try (PluginHost host = start()) {
      PluginsViewModel m = model(host);

      m.install(pluginZip("demo", "1.0.0"));

      assertThat(m.rows()).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo("demo");
        assertThat(r.state()).isEqualTo("NOT_LOADED");
        assertThat(r.pending()).isEqualTo(Pending.INSTALL);
      });
      assertThat(m.restartNeeded()).isTrue();
    }
    try (PluginHost host = start()) {
      Row r = model(host).rows().get(0);
      assertThat(r.state()).isEqualTo("STARTED");
      assertThat(r.provider()).isEqualTo("Test Co");
      assertThat(r.pending()).isEqualTo(Pending.NONE);
      assertThat(r.problem()).as("a plugin without extensions says so").contains("no extensions");
    }
  }

  @Test
  void disablingShowsAPendingChangeAndTakesEffectAtRestart() throws IOException {
    try (PluginHost host = start()) {
      model(host).install(pluginZip("demo", "1.0.0"));
    }
    try (PluginHost host = start()) {
      PluginsViewModel m = model(host);
      m.setEnabled("demo", false);
      assertThat(m.rows().get(0).pending()).isEqualTo(Pending.DISABLE);
      assertThat(m.rows().get(0).enabledAtNextStart()).isFalse();
      m.setEnabled("demo", true);
      assertThat(m.rows().get(0).pending()).isEqualTo(Pending.NONE);
      m.setEnabled("demo", false);
    }
    try (PluginHost host = start()) {
      PluginsViewModel m = model(host);
      assertThat(m.rows().get(0).state()).isEqualTo("DISABLED");
      assertThat(m.rows().get(0).problem()).isNull();
      m.setEnabled("demo", true);
      assertThat(m.rows().get(0).pending()).isEqualTo(Pending.ENABLE);
    }
  }

  @Test
  void uninstalledPluginIsGoneAfterRestart() throws IOException {
    try (PluginHost host = start()) {
      model(host).install(pluginZip("demo", "1.0.0"));
    }
    try (PluginHost host = start()) {
      PluginsViewModel m = model(host);
      m.setUninstalled("demo", true);
      assertThat(m.rows().get(0).pending()).isEqualTo(Pending.UNINSTALL);
    }
    try (PluginHost host = start()) {
      assertThat(model(host).rows()).isEmpty();
    }
  }
}
