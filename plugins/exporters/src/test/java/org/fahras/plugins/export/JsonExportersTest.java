package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.export.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.EntityRow;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JsonExportersTest {

  private static JsonNode read(String json) {
    return ExportSchema.MAPPER.readTree(json);
  }

  private static String json(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<String> lines(byte[] bytes) {
    String text = json(bytes);
    assertThat(text).endsWith("\n");
    return List.of(text.split("\n"));
  }

  /** A hit read back from its JSON object, by the documented field names. */
  static Hit hit(JsonNode n) {
    List<Snippet> snippets = new ArrayList<>();
    for (JsonNode s : n.get("snippets")) {
      List<Mark> marks = new ArrayList<>();
      for (JsonNode m : s.get("marks")) {
        marks.add(new Mark(m.get(0).asInt(), m.get(1).asInt()));
      }
      snippets.add(new Snippet(s.get("text").stringValue(), marks));
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : n.get("entities")) {
      entities.add(new Entity(e.get("type").stringValue(), e.get("name").stringValue()));
    }
    return new Hit(
        n.get("rank").asInt(),
        n.get("path").stringValue(),
        n.get("score").floatValue(),
        n.get("title").stringValue(),
        n.get("type").stringValue(),
        n.get("size").asLong(),
        instant(n.get("modified")),
        instant(n.get("date")),
        snippets,
        entities);
  }

  private static Instant instant(JsonNode n) {
    return n.isNull() ? null : Instant.parse(n.stringValue());
  }

  @Test
  void jsonValidatesAgainstTheSchema() throws IOException {
    JsonNode doc = read(json(Fixtures.export(new JsonExporter(), Fixtures.export(Locale.ENGLISH), hits())));
    assertThat(ExportSchema.errors(ExportSchema.results(), doc)).isEmpty();
  }

  @Test
  void jsonParsesBackEqualToTheHits() throws IOException {
    JsonNode doc = read(json(Fixtures.export(new JsonExporter(), Fixtures.export(Locale.ENGLISH), hits())));
    assertThat(doc.get("query").stringValue()).isEqualTo(QUERY);
    assertThat(doc.get("total").asLong()).isEqualTo(hits().size());
    assertThat(doc.get("exportedAt").stringValue()).isEqualTo("2026-11-26T07:30:00Z");
    assertThat(doc.get("filters").get("ext").get(1).stringValue()).isEqualTo("docx");
    List<Hit> back = new ArrayList<>();
    for (JsonNode h : doc.get("hits")) {
      back.add(hit(h));
    }
    assertThat(back).isEqualTo(hits());
  }

  @Test
  void arabicIsWrittenAsUtf8LettersNotEscapes() throws IOException {
    String text = json(Fixtures.export(new JsonExporter(), Fixtures.export(Locale.ENGLISH), hits()));
    assertThat(text).contains("\"title\" : \"" + ARABIC_TITLE + "\"").doesNotContain("\\u0");
  }

  @Test
  void emptyResultsAreAValidDocument() throws IOException {
    JsonNode doc = read(json(Fixtures.export(new JsonExporter(), Fixtures.export(Locale.ENGLISH), List.of())));
    assertThat(ExportSchema.errors(ExportSchema.results(), doc)).isEmpty();
    assertThat(doc.get("hits").size()).isZero();
  }

  @Test
  void schemaRejectsAHitWithoutItsRank() throws IOException {
    JsonNode doc = read(json(Fixtures.export(new JsonExporter(), Fixtures.export(Locale.ENGLISH), hits())));
    ((ObjectNode) doc.get("hits").get(0)).remove("rank");
    assertThat(ExportSchema.errors(ExportSchema.results(), doc)).isNotEmpty();
  }

  @Test
  void jsonLinesHaveOneValidHitPerLine() throws IOException {
    List<String> lines = lines(Fixtures.export(new JsonLinesExporter(), Fixtures.export(Locale.ENGLISH), hits()));
    assertThat(lines).hasSize(hits().size());
    List<Hit> back = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = read(line);
      assertThat(ExportSchema.errors(ExportSchema.definition("hit"), n)).isEmpty();
      back.add(hit(n));
    }
    assertThat(back).isEqualTo(hits());
  }

  @Test
  void jsonEntityTableValidatesAndHoldsEveryRow() throws IOException {
    JsonNode doc =
        read(json(Fixtures.exportEntities(new JsonExporter(), Fixtures.export(Locale.ENGLISH), entityRows())));
    assertThat(ExportSchema.errors(ExportSchema.definition("entityTable"), doc)).isEmpty();
    List<EntityRow> back = new ArrayList<>();
    for (JsonNode r : doc.get("entities")) {
      assertThat(r.get("documents").asInt()).isEqualTo(r.get("paths").size());
      back.add(entityRow(r));
    }
    assertThat(back).isEqualTo(entityRows());
  }

  @Test
  void jsonLinesEntityTableHasOneValidRowPerLine() throws IOException {
    List<String> lines =
        lines(Fixtures.exportEntities(new JsonLinesExporter(), Fixtures.export(Locale.ENGLISH), entityRows()));
    List<EntityRow> back = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = read(line);
      assertThat(ExportSchema.errors(ExportSchema.definition("entityRow"), n)).isEmpty();
      back.add(entityRow(n));
    }
    assertThat(back).isEqualTo(entityRows());
  }

  @Test
  void unpairedSurrogatesAndControlCharactersBecomeReplacementCharacters() throws IOException {
    Hit broken =
        new Hit(1, "/x", 1f, "a\uD800b\u0001c", "text/plain", 1, null, null,
            List.of(new Snippet("\uDC00الصواريخ", List.of(new Mark(1, 9)))), List.of());
    JsonNode n =
        read(lines(Fixtures.export(new JsonLinesExporter(), Fixtures.export(Locale.ENGLISH), List.of(broken))).get(0));
    assertThat(n.get("title").stringValue()).isEqualTo("a\uFFFDb\uFFFDc");
    JsonNode snippet = n.get("snippets").get(0);
    assertThat(snippet.get("text").stringValue()).isEqualTo("\uFFFDالصواريخ");
    assertThat(snippet.get("marks").get(0).get(0).asInt()).isEqualTo(1);
  }

  private static EntityRow entityRow(JsonNode r) {
    List<String> paths = new ArrayList<>();
    for (JsonNode p : r.get("paths")) {
      paths.add(p.stringValue());
    }
    return new EntityRow(r.get("type").stringValue(), r.get("name").stringValue(), paths);
  }
}
