package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fahras.api.backend.IndexBackendProvider;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.plugins.PluginInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin zip, loaded by the host's own plugin manager as the desktop loads it: it
 * starts without problems, offers the {@code solrcloud} backend provider, and that provider runs
 * from the plugin's class loader (SolrJ and ZooKeeper from its {@code lib/}), failing fast on an
 * unreachable ZooKeeper.
 */
class PluginZipIT {

  @Test
  void theHostLoadsTheBackendProviderFromTheZip(@TempDir Path tmp) throws Exception {
    Path zip = Path.of(System.getProperty("fahras.pluginZip"));
    assertThat(zip).exists();
    Path plugins = Files.createDirectories(tmp.resolve("plugins"));
    Files.copy(zip, plugins.resolve(zip.getFileName()));
    PluginHost host = PluginHost.start(plugins, tmp.resolve("cache"), false);
    try {
      List<PluginInfo> infos = host.plugins();
      assertThat(infos).hasSize(1);
      PluginInfo info = infos.get(0);
      assertThat(info.id()).isEqualTo("solrcloud");
      assertThat(info.problem()).as("problem of the plugin: %s", info.diagnostics()).isNull();
      assertThat(info.requires()).isEqualTo(">=1.8.0 & <2.0.0");
      // The test's own class path also holds this module's classes and extension index, which
      // PF4J reports as the application's extensions: only the plugin's count here.
      List<IndexBackendProvider> providers =
          host.extensions(IndexBackendProvider.class).stream()
              .filter(e -> e.getClass().getClassLoader() != getClass().getClassLoader())
              .toList();
      assertThat(providers).hasSize(1);
      IndexBackendProvider p = providers.get(0);
      assertThat(p.id()).isEqualTo("solrcloud");
      assertThat(host.pluginIdOf(p)).isEqualTo("solrcloud");
      assertThat(p.settings().keySet()).containsExactly("zk", "collection", "shards", "replicas", "configset");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      String address = "127.0.0.1:" + port;
      long start = System.nanoTime();
      assertThatThrownBy(() -> p.open(Map.of("zk", address)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("ZooKeeper at " + address);
      assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(15);
    } finally {
      host.close();
    }
  }
}
