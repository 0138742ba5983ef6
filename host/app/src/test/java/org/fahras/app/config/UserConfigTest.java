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
}
