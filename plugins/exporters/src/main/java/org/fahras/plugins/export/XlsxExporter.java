package org.fahras.plugins.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.pf4j.Extension;

/**
 * Exports results as an Excel workbook ({@code xlsx}), written with Apache POI's streaming
 * {@code SXSSFWorkbook}: only a window of rows is in memory, the rest goes to a compressed
 * temporary file until the workbook is written at {@code close()}.
 *
 * <p>The first sheet holds the {@linkplain HitColumns hit columns} under a bold, frozen heading
 * row with an auto-filter; it is laid out right to left when the export's language is (Arabic).
 * Rank, size and score are number cells, the dates real date cells (local time), the rest text
 * cells; text that looks like a formula keeps Excel's quote-prefix style ({@link
 * SpreadsheetCells}). A second sheet gives the query, total, time of the export and filters.
 *
 * <p>The entity table is a workbook of its own with one sheet: type, name, number of documents
 * and their paths (one per line in the cell).
 */
@Extension
public final class XlsxExporter extends LocalizedExporter {

  /** The exporter's identifier. */
  public static final String ID = "xlsx";

  /** An exporter showing dates in the computer's time zone. */
  public XlsxExporter() {
    this(ZoneId.systemDefault());
  }

  XlsxExporter(ZoneId zone) {
    super(zone);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String fileExtension() {
    return "xlsx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) throws IOException {
    XlsxWorkbook book = XlsxWorkbook.create(out, Messages.of(export.locale()), zone());
    book.startResults(export);
    return new HitWriter() {
      @Override
      public void write(Hit hit) throws IOException {
        book.writeHit(hit);
      }

      @Override
      public void close() throws IOException {
        book.finish();
      }
    };
  }

  @Override
  public EntityWriter openEntityTable(OutputStream out, Export export) throws IOException {
    XlsxWorkbook book = XlsxWorkbook.create(out, Messages.of(export.locale()), zone());
    book.startEntities();
    return new EntityWriter() {
      @Override
      public void write(EntityRow row) throws IOException {
        book.writeEntity(row);
      }

      @Override
      public void close() throws IOException {
        book.finish();
      }
    };
  }
}
