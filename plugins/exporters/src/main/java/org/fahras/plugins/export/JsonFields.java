package org.fahras.plugins.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fahras.api.ResultExporter.EntityRow;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.Export;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;

/**
 * Writes the objects of the JSON and JSON Lines exports with Jackson's streaming generator, one
 * field at a time, so nothing but the current hit is held. The shapes are those of {@code
 * fahras-export.schema.json} in this package (documented in {@code docs/export.md}).
 *
 * <p>Text is written as UTF-8 without {@code \\u} escapes for non-ASCII letters, so Arabic stays
 * readable in the file; dates are ISO-8601 instants in UTC ({@code 2024-03-01T10:15:00Z}).
 */
final class JsonFields {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // The host owns the stream.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private JsonFields() {}

  /** A generator over the host's stream, UTF-8, that does not close it. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    // JSON Lines separates root values by line feeds, written by the caller.
    g.setRootValueSeparator(null);
    return g;
  }

  /** The export's header fields: query, total, exportedAt, filters. */
  static void writeHeader(JsonGenerator g, Export export) throws IOException {
    g.writeStringField("query", Texts.clean(export.query()));
    g.writeNumberField("total", export.total());
    g.writeStringField("exportedAt", export.exportedAt().toString());
    g.writeObjectFieldStart("filters");
    for (Map.Entry<String, List<String>> f : export.filters().entrySet()) {
      g.writeArrayFieldStart(Texts.clean(f.getKey()));
      for (String v : f.getValue()) {
        g.writeString(Texts.clean(v));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** One hit as an object. */
  static void writeHit(JsonGenerator g, Hit hit) throws IOException {
    g.writeStartObject();
    g.writeNumberField("rank", hit.rank());
    g.writeStringField("path", Texts.clean(hit.path()));
    g.writeStringField("title", Texts.clean(hit.title()));
    g.writeStringField("type", Texts.clean(hit.contentType()));
    g.writeNumberField("size", hit.size());
    writeInstant(g, "modified", hit.modified());
    writeInstant(g, "date", hit.date());
    g.writeNumberField("score", HitColumns.score(hit));
    g.writeArrayFieldStart("snippets");
    for (Snippet s : hit.snippets()) {
      g.writeStartObject();
      String text = Texts.clean(s.text());
      g.writeStringField("text", text);
      g.writeArrayFieldStart("marks");
      for (Mark m : Texts.validMarks(text, s.marks())) {
        g.writeStartArray();
        g.writeNumber(m.start());
        g.writeNumber(m.end());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : hit.entities()) {
      g.writeStartObject();
      g.writeStringField("type", Texts.clean(e.type()));
      g.writeStringField("name", Texts.clean(e.name()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** One row of the entity table as an object: type, name, documents, paths. */
  static void writeEntityRow(JsonGenerator g, EntityRow row) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", Texts.clean(row.type()));
    g.writeStringField("name", Texts.clean(row.name()));
    g.writeNumberField("documents", row.paths().size());
    g.writeArrayFieldStart("paths");
    for (String p : row.paths()) {
      g.writeString(Texts.clean(p));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeInstant(JsonGenerator g, String field, Instant value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value.toString());
    }
  }
}
