package org.fahras.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.PluginOption;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.testplugin.DemoOptionsPlugin;
import org.fahras.testplugin.DemoOptionsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin options: stored as plugin.ID.KEY, validated, handed to the extension, labelled. */
class PluginOptionsTest {

  @TempDir Path tmp;

  final DemoOptionsProvider demo = new DemoOptionsProvider();
  final PluginOptions options = PluginOptions.of("demo-options", demo);

  @Test
  void storedValuesAreHandedToTheExtension() {
    List<String> notes =
        options.configure(
            Map.of("plugin.demo-options.lowercase", "false", "plugin.demo-options.mode", "fancy"));

    assertThat(notes).isEmpty();
    assertThat(demo.analysisVersion()).isEqualTo("1-lowercase=false-mode=fancy");
  }

  @Test
  void anInvalidStoredValueIsReportedAndItsDefaultUsed() {
    List<String> notes =
        options.configure(
            Map.of("plugin.demo-options.lowercase", "yes", "plugin.demo-options.mode", "fancy"));

    assertThat(notes)
        .singleElement()
        .asString()
        .contains("plugin.demo-options.lowercase", "yes", "true or false", "default 'true'");
    assertThat(demo.analysisVersion()).isEqualTo("1-mode=fancy");
  }

  @Test
  void settingsOfOtherPluginsAreIgnored() {
    assertThat(options.configure(Map.of("plugin.other.lowercase", "false", "ui.theme", "dark")))
        .isEmpty();
    assertThat(demo.analysisVersion()).isEqualTo("1");
  }

  @Test
  void labelsComeFromThePluginBundleInTheInterfaceLanguage() {
    PluginOption lowercase = options.option("lowercase");
    assertThat(options.label(lowercase, Locale.ENGLISH)).isEqualTo("Lower case");
    assertThat(options.label(lowercase, Locale.forLanguageTag("ar"))).isEqualTo("أحرف صغيرة");
    assertThat(options.title(Locale.forLanguageTag("ar"))).isEqualTo("خيارات تجريبية");
    // No label in the bundle: the key is shown.
    assertThat(options.label(options.option("marker"), Locale.ENGLISH)).isEqualTo("marker");
  }

  @Test
  void valueIsTheStoredOneWhenValidElseTheDefault() {
    PluginOption mode = options.option("mode");
    assertThat(options.value(mode, Map.of("plugin.demo-options.mode", "fancy"))).isEqualTo("fancy");
    assertThat(options.value(mode, Map.of("plugin.demo-options.mode", "odd"))).isEqualTo("plain");
    assertThat(options.value(mode, Map.of())).isEqualTo("plain");
  }

  @Test
  void aPluginsOptionsReachItsExtensionAndTheIndexSignature() throws IOException {
    Path plugins = DemoOptionsPlugin.install(tmp.resolve("plugins"));
    try (PluginHost host = PluginHost.start(plugins, tmp.resolve("cache"), false)) {
      assertThat(PluginOptions.of(host))
          .singleElement()
          .satisfies(p -> assertThat(p.pluginId()).isEqualTo(DemoOptionsPlugin.ID));
      List<String> notes =
          host.configureExtensions(Map.of("plugin.demo-options.lowercase", "false"));

      assertThat(notes).isEmpty();
      assertThat(IndexAnalysis.from(host.extensions(AnalyzerProvider.class)).signature())
          .isEqualTo("demo:1-lowercase=false");
      assertThat(PluginOptions.of(host).get(0).label(
              PluginOptions.of(host).get(0).option("lowercase"), Locale.forLanguageTag("ar")))
          .isEqualTo("أحرف صغيرة");
    }
  }
}
