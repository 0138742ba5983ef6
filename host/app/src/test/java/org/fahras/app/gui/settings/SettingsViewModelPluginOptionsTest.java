package org.fahras.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.api.PluginOption;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.UserConfig;
import org.fahras.app.gui.I18n;
import org.fahras.app.plugins.PluginOptions;
import org.fahras.testplugin.DemoOptionsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin options in the settings, without a display. */
class SettingsViewModelPluginOptionsTest {

  @TempDir Path tmp;

  final PluginOptions demo = PluginOptions.of("demo-options", new DemoOptionsProvider());

  SettingsViewModel model() throws IOException {
    SettingsViewModel m =
        new SettingsViewModel(
            tmp.resolve("data"), tmp.resolve("data/index"), IndexAnalysis.fallback(), List.of(demo));
    m.load();
    return m;
  }

  PluginOption option(String key) {
    return demo.option(key);
  }

  @Test
  void optionsOfAConfigurablePluginAreListedWithTheirDefaults() throws IOException {
    SettingsViewModel m = model();

    assertThat(m.pluginOptions()).containsExactly(demo);
    assertThat(demo.options()).extracting(PluginOption::key).containsExactly("lowercase", "mode", "marker");
    assertThat(m.optionValue(demo, option("lowercase"))).isEqualTo("true");
    assertThat(m.optionValue(demo, option("mode"))).isEqualTo("plain");
    assertThat(m.pluginOptionsChanged()).isFalse();
  }

  @Test
  void labelsFollowTheInterfaceLanguage() throws IOException {
    SettingsViewModel m = model();
    m.setLanguage(I18n.Language.ARABIC);
    assertThat(m.optionLabel(demo, option("lowercase"))).isEqualTo("أحرف صغيرة");
    assertThat(m.pluginTitle(demo)).isEqualTo("خيارات تجريبية");
    m.setLanguage(I18n.Language.ENGLISH);
    assertThat(m.optionLabel(demo, option("lowercase"))).isEqualTo("Lower case");
  }

  @Test
  void chosenValuesAreSavedAsPluginSettingsAndReadBack() throws IOException {
    SettingsViewModel m = model();
    assertThat(m.setOptionValue(demo, option("lowercase"), "false")).isTrue();
    assertThat(m.setOptionValue(demo, option("mode"), "fancy")).isTrue();
    assertThat(m.pluginOptionsChanged()).isTrue();
    assertThat(m.analysisOptionsChanged()).isTrue();

    m.save();

    UserConfig c = UserConfig.load(tmp.resolve("data"));
    assertThat(c.setting("plugin.demo-options.lowercase", null)).isEqualTo("false");
    assertThat(c.setting("plugin.demo-options.mode", null)).isEqualTo("fancy");
    assertThat(c.settings()).doesNotContainKey("plugin.demo-options.marker");
    SettingsViewModel again = model();
    assertThat(again.optionValue(demo, option("lowercase"))).isEqualTo("false");
    assertThat(again.optionValue(demo, option("mode"))).isEqualTo("fancy");
  }

  @Test
  void invalidValuesAreRefused() throws IOException {
    SettingsViewModel m = model();

    assertThat(m.setOptionValue(demo, option("lowercase"), "maybe")).isFalse();
    assertThat(m.setOptionValue(demo, option("mode"), "loud")).isFalse();
    assertThat(m.setOptionValue(demo, option("marker"), "two\nlines")).isFalse();
    assertThat(m.optionValue(demo, option("mode"))).isEqualTo("plain");
    assertThat(m.pluginOptionsChanged()).isFalse();
  }

  @Test
  void goingBackToADefaultRemovesTheSetting() throws IOException {
    SettingsViewModel m = model();
    m.setOptionValue(demo, option("lowercase"), "false");
    m.save();
    m = model();

    m.setOptionValue(demo, option("lowercase"), "true");
    m.save();

    assertThat(UserConfig.load(tmp.resolve("data")).settings())
        .doesNotContainKey("plugin.demo-options.lowercase");
  }

  @Test
  void anInvalidStoredValueShowsTheDefault() throws IOException {
    UserConfig c = UserConfig.load(tmp.resolve("data"));
    c.setSetting("plugin.demo-options.mode", "loud");
    c.save();

    assertThat(model().optionValue(demo, option("mode"))).isEqualTo("plain");
  }
}
