package org.fahras.plugins.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.pf4j.Extension;

/**
 * Exports results as one JSON document ({@code json}): {@code {"query", "total", "exportedAt",
 * "filters", "hits": [...]}}, written hit by hit, indented for reading. The entity table is
 * {@code {"query", "total", "exportedAt", "filters", "entities": [...]}}. The schema is {@code
 * fahras-export.schema.json} in this package.
 */
@Extension
public final class JsonExporter extends LocalizedExporter {

  /** The exporter's identifier. */
  public static final String ID = "json";

  /** The exporter the host creates. */
  public JsonExporter() {
    super(ZoneId.systemDefault());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) throws IOException {
    JsonGenerator g = start(out, export, "hits");
    return new HitWriter() {
      @Override
      public void write(Hit hit) throws IOException {
        JsonFields.writeHit(g, hit);
      }

      @Override
      public void close() throws IOException {
        finish(g);
      }
    };
  }

  @Override
  public EntityWriter openEntityTable(OutputStream out, Export export) throws IOException {
    JsonGenerator g = start(out, export, "entities");
    return new EntityWriter() {
      @Override
      public void write(EntityRow row) throws IOException {
        JsonFields.writeEntityRow(g, row);
      }

      @Override
      public void close() throws IOException {
        finish(g);
      }
    };
  }

  private static JsonGenerator start(OutputStream out, Export export, String arrayField)
      throws IOException {
    JsonGenerator g = JsonFields.generator(out).useDefaultPrettyPrinter();
    g.writeStartObject();
    JsonFields.writeHeader(g, export);
    g.writeArrayFieldStart(arrayField);
    return g;
  }

  private static void finish(JsonGenerator g) throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    // Flushes into the host's stream; AUTO_CLOSE_TARGET is off, so it stays open.
    g.close();
  }
}
