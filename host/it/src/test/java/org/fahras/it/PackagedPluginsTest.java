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
  void closingTheHostEndsTheTikaParserProcesses() throws Exception {
    java.util.function.Supplier<List<ProcessHandle>> parserProcesses =
        () -> ProcessHandle.current().descendants()
            // A parser process runs Java on the unpacked plugin's class path (its command line,
            // as the system reports it, may be cut before the main class).
            .filter(p -> p.info().commandLine().orElse("").contains("fahras-plugin-tika-parser"))
            .toList();
    List<ProcessHandle> before = parserProcesses.get();
    try (PluginHost host = PluginHost.start(Cli.PLUGINS, cache, false)) {
      DocumentParser tika = host.extensions(DocumentParser.class).stream()
          .filter(p -> p.id().equals("tika")).findFirst().orElseThrow();
      // A DOCX is parsed in a parser process (isolation "risky", the default).
      Path docx = Cli.REPO.resolve("sample-corpus/legal/apartment-lease-contract.docx");
      assertThat(tika.parse(org.fahras.api.ParseRequest.of(docx)).text()).contains("عقد");
      assertThat(parserProcesses.get()).hasSizeGreaterThan(before.size());
    }
    // Stopping the plugin ends its processes (they used to live until the JVM exited).
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (parserProcesses.get().size() > before.size() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(parserProcesses.get()).hasSameSizeAs(before);
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
