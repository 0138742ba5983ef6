package org.fahras.plugins.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pf4j.Extension;

/**
 * Exports results as CSV for spreadsheet programs ({@code csv}).
 *
 * <p>The dialect: UTF-8 with a byte order mark (without it Excel reads Arabic as mojibake),
 * RFC 4180 (comma, fields with a comma, quote or line break in double quotes, quotes doubled,
 * records ended by CRLF), a heading row in the export's language, the {@linkplain HitColumns hit
 * columns} with dates as {@code yyyy-MM-dd HH:mm:ss} local time, and every text cell that looks
 * like a formula prefixed with an apostrophe ({@link SpreadsheetCells}).
 *
 * <p>The entity table has the columns type (in the export's language), name, number of
 * documents and their paths, one per line inside the cell.
 */
@Extension
public final class CsvExporter extends LocalizedExporter {

  /** The exporter's identifier. */
  public static final String ID = "csv";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** An exporter showing dates in the computer's time zone. */
  public CsvExporter() {
    this(ZoneId.systemDefault());
  }

  CsvExporter(ZoneId zone) {
    super(zone);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) throws IOException {
    CSVPrinter printer = printer(out);
    printer.printRecord(HitColumns.headings(Messages.of(export.locale())));
    DateTimeFormatter dates = DATE_TIME.withZone(zone());
    return new HitWriter() {
      @Override
      public void write(Hit hit) throws IOException {
        List<Object> cells = new ArrayList<>(HitColumns.COUNT);
        for (Object v : HitColumns.values(hit)) {
          cells.add(cell(v, dates));
        }
        printer.printRecord(cells);
      }

      @Override
      public void close() throws IOException {
        printer.close(true);
      }
    };
  }

  @Override
  public EntityWriter openEntityTable(OutputStream out, Export export) throws IOException {
    Messages m = Messages.of(export.locale());
    CSVPrinter printer = printer(out);
    printer.printRecord(
        m.get("table.type"), m.get("table.name"), m.get("table.documents"), m.get("table.paths"));
    return new EntityWriter() {
      @Override
      public void write(EntityRow row) throws IOException {
        List<String> paths = new ArrayList<>(row.paths().size());
        for (String p : row.paths()) {
          paths.add(Texts.clean(p));
        }
        printer.printRecord(
            text(m.entityType(row.type())),
            text(row.name()),
            row.paths().size(),
            SpreadsheetCells.neutralise(String.join("\n", paths)));
      }

      @Override
      public void close() throws IOException {
        printer.close(true);
      }
    };
  }

  /** A printer over the host's stream that starts with the byte order mark. */
  private static CSVPrinter printer(OutputStream out) throws IOException {
    OutputStream target = new NonClosingOutputStream(out);
    target.write(BOM);
    Writer w = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
    return new CSVPrinter(w, FORMAT);
  }

  private static String text(String s) {
    return SpreadsheetCells.neutralise(Texts.clean(s));
  }

  private static Object cell(Object value, DateTimeFormatter dates) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant i) {
      return dates.format(i);
    }
    if (value instanceof String s) {
      return SpreadsheetCells.neutralise(s);
    }
    return value;
  }
}
