package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema printed in {@code docs/export.md} is the one the plugin ships and the tests use. */
class DocsSchemaTest {

  private static final Path DOC = Path.of("..", "..", "docs", "export.md");

  @Test
  void schemaInTheDocsEqualsTheSchemaInThePlugin() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf("<!-- schema:begin -->\n```json\n");
    int end = doc.indexOf("```\n<!-- schema:end -->");
    assertThat(begin).as("schema block in " + DOC).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String documented = doc.substring(doc.indexOf("```json\n", begin) + "```json\n".length(), end);

    String shipped;
    try (InputStream in =
        DocsSchemaTest.class.getResourceAsStream("/org/fahras/plugins/export/fahras-export.schema.json")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(documented.strip()).isEqualTo(shipped.strip());
  }
}
