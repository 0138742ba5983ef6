package org.fahras.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportContributionTest {

  @Test
  void theExportersExtensionIsAddedUnlessTyped() {
    assertThat(ExportContribution.withExtension(Path.of("/t/نتائج"), "csv")).isEqualTo(Path.of("/t/نتائج.csv"));
    assertThat(ExportContribution.withExtension(Path.of("/t/r.CSV"), "csv")).isEqualTo(Path.of("/t/r.CSV"));
    assertThat(ExportContribution.withExtension(Path.of("/t/r.txt"), "xlsx")).isEqualTo(Path.of("/t/r.txt.xlsx"));
  }
}
