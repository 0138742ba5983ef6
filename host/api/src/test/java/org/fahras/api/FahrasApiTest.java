package org.fahras.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FahrasApiTest {

  @Test
  void versionIsASemanticVersionInsideItsOwnRequiresRange() {
    assertThat(FahrasApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    String major = FahrasApi.VERSION.substring(0, FahrasApi.VERSION.indexOf('.'));
    assertThat(FahrasApi.REQUIRES)
        .isEqualTo(">=" + FahrasApi.VERSION + " & <" + (Integer.parseInt(major) + 1) + ".0.0");
  }

  @Test
  void parsedDocumentCopiesItsCollections() {
    var warnings = new java.util.ArrayList<>(List.of("cut"));
    var doc = new ParsedDocument("نص", null, null, null, null, "ar", "text/plain", null, null, warnings);
    warnings.add("later");
    assertThat(doc.warnings()).containsExactly("cut");
    assertThat(doc.metadata()).isEmpty();
    assertThat(doc.embedded()).isEmpty();
  }

  @Test
  void parseRequestRejectsNonPositiveLimit() {
    assertThatThrownBy(() -> new ParseRequest(Path.of("a"), 0, ParseRequest.DEFAULT_TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
