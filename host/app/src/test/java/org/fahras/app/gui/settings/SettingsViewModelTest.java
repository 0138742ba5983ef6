package org.fahras.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.UserConfig;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings without a display: saved in the configuration shared with the command line. */
class SettingsViewModelTest {

  @TempDir Path tmp;

  SettingsViewModel model() throws IOException {
    SettingsViewModel m = new SettingsViewModel(tmp.resolve("data"), tmp.resolve("data/index"), IndexAnalysis.fallback());
    m.load();
    return m;
  }

  @Test
  void languageThemeAndIndexLocationAreSavedAndReadBack() throws IOException {
    SettingsViewModel m = model();
    m.setLanguage(I18n.Language.ARABIC);
    m.setTheme(Theme.DARK);
    m.setIndexDir(tmp.resolve("elsewhere"));
    assertThat(m.indexDirChanged()).isTrue();

    m.save();

    UserConfig c = UserConfig.load(tmp.resolve("data"));
    assertThat(c.setting(UserConfig.UI_LANGUAGE, null)).isEqualTo("ar");
    assertThat(c.setting(UserConfig.UI_THEME, null)).isEqualTo("dark");
    assertThat(c.setting(SettingsViewModel.INDEX_DIR, null)).isEqualTo(tmp.resolve("elsewhere").toString());
    SettingsViewModel again = model();
    assertThat(again.language()).isEqualTo(I18n.Language.ARABIC);
    assertThat(again.theme()).isEqualTo(Theme.DARK);
    assertThat(again.indexDir()).isEqualTo(tmp.resolve("elsewhere"));
  }

  @Test
  void savingKeepsFoldersAddedMeanwhile() throws IOException {
    SettingsViewModel m = model();
    UserConfig c = UserConfig.load(tmp.resolve("data"));
    c.addFolder(tmp.resolve("docs"));
    c.save();

    m.setTheme(Theme.DARK);
    m.save();

    assertThat(UserConfig.load(tmp.resolve("data")).folders()).containsExactly(tmp.resolve("docs"));
  }

  @Test
  void defaultIndexLocationIsNotWrittenAsASetting() throws IOException {
    SettingsViewModel m = model();
    m.setIndexDir(tmp.resolve("elsewhere"));
    m.save();
    m = model();

    m.useDefaultIndexDir();
    m.save();

    assertThat(UserConfig.load(tmp.resolve("data")).settings()).doesNotContainKey(SettingsViewModel.INDEX_DIR);
  }

  @Test
  void analysisInUseIsShownReadOnly() throws IOException {
    SettingsViewModel m = model();

    assertThat(m.analysisIsFallback()).isTrue();
    assertThat(m.analysisSignature()).isNotBlank();
  }

  @Test
  void theBackendIsChosenWithItsRequiredSettingsAndReadBack() throws IOException {
    org.fahras.api.backend.IndexBackendProvider solr = new org.fahras.api.backend.IndexBackendProvider() {
      @Override
      public String id() {
        return "solrcloud";
      }

      @Override
      public String description() {
        return "SolrCloud";
      }

      @Override
      public java.util.Map<String, String> settings() {
        java.util.Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("zk", "ZooKeeper");
        s.put("collection", "collection");
        return s;
      }

      @Override
      public java.util.List<String> requiredSettings() {
        return java.util.List.of("zk");
      }

      @Override
      public org.fahras.api.backend.IndexBackend open(java.util.Map<String, String> settings) {
        throw new UnsupportedOperationException("not opened by the settings");
      }
    };
    SettingsViewModel m = model().withBackends(java.util.List.of(solr));
    assertThat(m.backends()).extracting(SettingsViewModel.BackendOffer::id).containsExactly("solrcloud");
    assertThat(m.backend().isLocal()).isTrue();

    assertThat(m.setBackend("solrcloud", java.util.Map.of("collection", "news", "zk", " "))).isEqualTo("zk");
    assertThat(m.backend().isLocal()).as("an incomplete choice is not taken").isTrue();
    assertThat(m.setBackend("solrcloud", java.util.Map.of("collection", "news", "zk", "zk1:2181/solr"))).isNull();
    assertThat(m.backendChanged()).isTrue();
    m.save();

    SettingsViewModel again = model().withBackends(java.util.List.of(solr));
    assertThat(again.backend().id()).isEqualTo("solrcloud");
    assertThat(again.backend().settings()).containsEntry("zk", "zk1:2181/solr").containsEntry("collection", "news");
    assertThat(again.backendChanged()).isFalse();
    assertThat(again.setBackend("local", java.util.Map.of())).isNull();
    again.save();
    assertThat(model().backend().isLocal()).isTrue();
  }
}
