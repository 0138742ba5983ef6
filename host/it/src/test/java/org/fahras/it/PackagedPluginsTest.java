package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.DocumentParser;
import org.fahras.app.plugins.HostOwnedJars;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.plugins.PluginInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real plugin zips, loaded through PF4J as the distribution loads them. */
class PackagedPluginsTest {

  @TempDir Path cache;

  @Test
  void bothPluginsStartWithTheirExtensions() {
    try (PluginHost host = PluginHost.start(Cli.PLUGINS, cache, false)) {
      assertThat(host.plugins())
          .extracting(PluginInfo::id, PluginInfo::state)
          .contains(
              org.assertj.core.groups.Tuple.tuple("tika-parser", "STARTED"),
              org.assertj.core.groups.Tuple.tuple("arabic-analysis", "STARTED"));
      assertThat(host.plugins()).allSatisfy(p -> assertThat(p.problem()).isNull());
      assertThat(host.extensions(DocumentParser.class)).extracting(DocumentParser::id).contains("tika");
      assertThat(host.extensions(AnalyzerProvider.class)).extracting(AnalyzerProvider::id).contains("arabic");
    }
  }

  @Test
  void noPluginCarriesAJarTheHostProvides() throws Exception {
    try (PluginHost host = PluginHost.start(Cli.PLUGINS, cache, false)) {
      List<String> offenders = new ArrayList<>();
      for (PluginInfo p : host.plugins()) {
        for (String jar : HostOwnedJars.in(Path.of(p.path()))) {
          offenders.add(p.id() + ": " + jar);
        }
      }
      assertThat(host.plugins()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(offenders).isEmpty();
    }
  }

  @Test
  void pluginsCommandListsBothStartedWithExtensionPoints() {
    Cli.Result r = Cli.withPlugins("plugins", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode plugins = r.json().get("plugins");
    assertThat(plugins).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode p : plugins) {
      assertThat(p.get("state").asText()).as(p.toString()).isEqualTo("STARTED");
      assertThat(p.get("extensions")).as(p.toString()).isNotEmpty();
    }
    assertThat(r.out()).contains("\"DocumentParser\"").contains("\"AnalyzerProvider\"");
  }

  @Test
  void developmentModeLoadsPluginsFromTheirBuildFolders() {
    try (PluginHost host = PluginHost.start(Cli.REPO.resolve("plugins"), cache, true)) {
      assertThat(host.plugins())
          .filteredOn(p -> p.id().equals("tika-parser") || p.id().equals("arabic-analysis"))
          .hasSize(2)
          .allSatisfy(p -> assertThat(p.state()).isEqualTo("STARTED"));
      assertThat(host.extensions(AnalyzerProvider.class)).isNotEmpty();
    }
  }
}
