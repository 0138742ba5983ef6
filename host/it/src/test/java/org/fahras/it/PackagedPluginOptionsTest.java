package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.plugins.PluginOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Arabic plugin's options through the real zip: labels, configuration, index signature. */
class PackagedPluginOptionsTest {

  @TempDir Path cache;

  static PluginOptions arabic(PluginHost host) {
    return PluginOptions.of(host).stream()
        .filter(p -> p.pluginId().equals("arabic-analysis"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void arabicSwitchesAreLabelledFromThePluginBundle() {
    try (PluginHost host = PluginHost.start(Cli.PLUGINS, cache, false)) {
      PluginOptions arabic = arabic(host);
      assertThat(arabic.option("hamza")).isNotNull();
      assertThat(arabic.label(arabic.option("hamza"), Locale.forLanguageTag("ar"))).contains("الهمزة");
      assertThat(arabic.label(arabic.option("hamza"), Locale.ENGLISH)).contains("ؤ");
      assertThat(arabic.title(Locale.ENGLISH)).isEqualTo("Arabic normalisation");
    }
  }

  @Test
  void defaultsKeepTheSignatureAndASwitchChangesIt() {
    try (PluginHost host = PluginHost.start(Cli.PLUGINS, cache, false)) {
      assertThat(host.configureExtensions(Map.of())).isEmpty();
      List<AnalyzerProvider> providers = host.extensions(AnalyzerProvider.class);
      String defaults = IndexAnalysis.from(providers).signature();
      assertThat(defaults).matches("arabic:\\d+");
      assertThat(IndexAnalysis.from(providers).signature()).as("stable").isEqualTo(defaults);

      List<String> notes =
          host.configureExtensions(
              Map.of("plugin.arabic-analysis.hamza", "false", "plugin.arabic-analysis.digits", "no"));

      assertThat(notes).singleElement().asString().contains("plugin.arabic-analysis.digits");
      assertThat(IndexAnalysis.from(providers).signature()).startsWith(defaults).contains("off:hamza");
      host.configureExtensions(Map.of());
      assertThat(IndexAnalysis.from(providers).signature()).as("back to the defaults").isEqualTo(defaults);
    }
  }
}
