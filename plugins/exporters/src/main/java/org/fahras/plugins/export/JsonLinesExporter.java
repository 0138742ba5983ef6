package org.fahras.plugins.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.pf4j.Extension;

/**
 * Exports results as JSON Lines ({@code jsonl}): one hit object per line, each ended by a line
 * feed, with nothing else in the file (the query and total are not repeated; use {@code json}
 * for them). The entity table is one entity row per line. A line is a {@code
 * #/$defs/hit} (or {@code #/$defs/entityRow}) of {@code fahras-export.schema.json}.
 */
@Extension
public final class JsonLinesExporter extends LocalizedExporter {

  /** The exporter's identifier. */
  public static final String ID = "jsonl";

  /** The exporter the host creates. */
  public JsonLinesExporter() {
    super(ZoneId.systemDefault());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String fileExtension() {
    return "jsonl";
  }

  @Override
  public String mediaType() {
    return "application/jsonl";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) throws IOException {
    JsonGenerator g = JsonFields.generator(out);
    return new HitWriter() {
      @Override
      public void write(Hit hit) throws IOException {
        JsonFields.writeHit(g, hit);
        g.writeRaw('\n');
      }

      @Override
      public void close() throws IOException {
        g.close();
      }
    };
  }

  @Override
  public EntityWriter openEntityTable(OutputStream out, Export export) throws IOException {
    JsonGenerator g = JsonFields.generator(out);
    return new EntityWriter() {
      @Override
      public void write(EntityRow row) throws IOException {
        JsonFields.writeEntityRow(g, row);
        g.writeRaw('\n');
      }

      @Override
      public void close() throws IOException {
        g.close();
      }
    };
  }
}
