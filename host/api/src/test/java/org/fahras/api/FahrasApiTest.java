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

  @Test
  void parseRequestCarriesTheFilesBytesOnlyWhenGiven() {
    ParseRequest plain = ParseRequest.of(Path.of("a.txt"));
    assertThat(plain.hasContent()).isFalse();
    assertThat(plain.content()).isNull();

    byte[] bytes = "نص".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ParseRequest read = new ParseRequest(Path.of("a.txt"), 10, ParseRequest.DEFAULT_TIMEOUT, bytes);
    assertThat(read.hasContent()).isTrue();
    assertThat(read.content()).isSameAs(bytes);
    assertThat(read.toString()).contains("a.txt").contains("content=4 bytes").doesNotContain("[B@");
  }
}
