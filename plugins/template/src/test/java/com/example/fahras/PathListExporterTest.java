package com.example.fahras;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fahras.testkit.FahrasTestHost;
import org.junit.jupiter.api.Test;

/** The plugin loaded into a real Fahras host by the test kit, exporting real search results. */
class PathListExporterTest {

  // begin-snippet: template-test
  @Test
  void exportsThePathsOfTheHitsBestFirst() {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      Path strong = fahras.document("strong.txt", "كوريا كوريا كوريا");
      Path weak = fahras.document("weak.txt", "كوريا وأخبار أخرى كثيرة عن أشياء مختلفة");
      fahras.index();

      String list = new String(fahras.export("paths", "كوريا"), StandardCharsets.UTF_8);

      assertThat(list).isEqualTo(strong + "\n" + weak + "\n");
      assertThat(fahras.plugin("path-list").problem()).isNull();
    }
  }
  // end-snippet
}
