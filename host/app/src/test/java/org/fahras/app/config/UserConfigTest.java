package org.fahras.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.app.index.CrawlSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserConfigTest {

  @TempDir Path data;

  @Test
  void missingFileGivesDefaults() throws Exception {
    UserConfig c = UserConfig.load(data);
    assertThat(c.folders()).isEmpty();
    assertThat(c.crawlSettings()).isEqualTo(CrawlSettings.defaults());
  }

  @Test
  void foldersAndSettingsSurviveASaveInOrderWithArabicNames() throws Exception {
    UserConfig c = UserConfig.load(data);
    c.addFolder(data.resolve("وثائق/أرشيف"));
    c.addFolder(data.resolve("b"));
    c.addFolder(data.resolve("a"));
    assertThat(c.addFolder(data.resolve("b"))).isFalse();
    c.setCrawlSettings(new CrawlSettings(List.of("*.pdf"), List.of("tmp", "*.bak"), true, false, 1234));
    c.save();

    UserConfig again = UserConfig.load(data);

    assertThat(again.folders())
        .containsExactly(data.resolve("وثائق/أرشيف"), data.resolve("b"), data.resolve("a"));
    assertThat(again.crawlSettings())
        .isEqualTo(new CrawlSettings(List.of("*.pdf"), List.of("tmp", "*.bak"), true, false, 1234));
    assertThat(Files.readString(again.file())).contains("وثائق");
  }

  @Test
  void removedFolderIsGoneAfterSave() throws Exception {
    UserConfig c = UserConfig.load(data);
    c.addFolder(data.resolve("x"));
    c.save();
    UserConfig d = UserConfig.load(data);
    assertThat(d.removeFolder(data.resolve("x"))).isTrue();
    d.save();
    assertThat(UserConfig.load(data).folders()).isEmpty();
  }

  @Test
  void stringSettingsSurviveASaveBesideFoldersAndCrawlSettings() throws Exception {
    UserConfig c = UserConfig.load(data);
    c.addFolder(data.resolve("docs"));
    c.setSetting(UserConfig.UI_LANGUAGE, "ar");
    c.setSetting(UserConfig.UI_THEME, "dark");
    c.save();

    UserConfig again = UserConfig.load(data);

    assertThat(again.setting(UserConfig.UI_LANGUAGE, "en")).isEqualTo("ar");
    assertThat(again.setting(UserConfig.UI_THEME, "light")).isEqualTo("dark");
    assertThat(again.folders()).containsExactly(data.resolve("docs"));
    assertThat(again.settings()).containsOnlyKeys(UserConfig.UI_LANGUAGE, UserConfig.UI_THEME);
    assertThat(Files.readString(again.file())).contains("ui.language=ar");
  }

  @Test
  void absentSettingGivesTheDefaultAndNullRemovesIt() throws Exception {
    UserConfig c = UserConfig.load(data);
    assertThat(c.setting("ui.theme", "light")).isEqualTo("light");
    c.setSetting("ui.theme", "dark");
    c.setSetting("ui.theme", null);
    c.save();

    assertThat(UserConfig.load(data).setting("ui.theme", "light")).isEqualTo("light");
  }

  @Test
  void unknownKeysOfANewerVersionAreKept() throws Exception {
    Files.writeString(data.resolve("config.properties"), "folder.1=/x\nfuture.option=42\n");
    UserConfig c = UserConfig.load(data);
    c.save();

    assertThat(UserConfig.load(data).setting("future.option", null)).isEqualTo("42");
  }

  @Test
  void folderAndCrawlKeysAreNotStringSettings() throws Exception {
    UserConfig c = UserConfig.load(data);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.setSetting("folder.1", "/x"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.setSetting("hidden", "true"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
