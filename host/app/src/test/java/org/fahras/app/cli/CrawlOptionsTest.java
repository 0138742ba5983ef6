package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fahras.app.index.CrawlSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlOptionsTest {

  @ParameterizedTest
  @CsvSource({"1500, 1500", "2KB, 2048", "20MB, 20971520", "1.5G, 1610612736", "3 mb, 3145728"})
  void sizesAcceptUnits(String text, long bytes) {
    assertThat(CrawlOptions.parseSize(text)).isEqualTo(bytes);
  }

  @Test
  void nonsenseSizeIsRejectedWithExamples() {
    assertThatThrownBy(() -> CrawlOptions.parseSize("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200MB");
  }

  @Test
  void optionsAddToTheConfiguredSettings() {
    CrawlOptions o = new CrawlOptions();
    o.includes = List.of("*.pdf");
    o.excludes = List.of("tmp");
    o.noFollowLinks = true;
    o.maxSize = "10MB";
    CrawlSettings base = new CrawlSettings(List.of("*.docx"), List.of("old"), true, true, 5);

    CrawlSettings s = o.toSettings(base);

    assertThat(s.includes()).containsExactly("*.docx", "*.pdf");
    assertThat(s.excludes()).containsExactly("old", "tmp");
    assertThat(s.includeHidden()).isTrue();
    assertThat(s.followLinks()).isFalse();
    assertThat(s.maxFileSize()).isEqualTo(10L << 20);
  }
}
