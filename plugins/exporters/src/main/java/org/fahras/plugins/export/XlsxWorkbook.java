package org.fahras.plugins.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fahras.api.ResultExporter.EntityRow;
import org.fahras.api.ResultExporter.Export;
import org.fahras.api.ResultExporter.Hit;

/**
 * One streaming workbook being written for {@link XlsxExporter}: its styles, its sheets and the
 * next row of each. POI runs with this plugin's class loader as the thread's context class
 * loader, because XMLBeans (under POI) looks up its schema types through it.
 */
final class XlsxWorkbook {

  /** Rows kept in memory per sheet before they are flushed to the temporary file. */
  private static final int WINDOW = 100;

  /** The first year a date cell can hold (the 1900 date system). */
  private static final int FIRST_YEAR = 1900;

  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** Column widths, in characters, of the hit columns. */
  private static final int[] HIT_WIDTHS = {7, 40, 50, 18, 12, 18, 18, 9, 80};

  private static final int ENTITY_WIDTH = 25;

  private final OutputStream out;
  private final Messages m;
  private final ZoneId zone;
  private final SXSSFWorkbook book;
  private final CellStyle heading;
  private final CellStyle date;
  private final CellStyle quoted;
  private final CellStyle wrapped;
  private SXSSFSheet sheet;
  private int nextRow;

  private XlsxWorkbook(OutputStream out, Messages m, ZoneId zone) {
    this.out = out;
    this.m = m;
    this.zone = zone;
    // Inline strings instead of a shared-strings table (which would grow with every cell), and
    // the temporary sheet files compressed.
    this.book = new SXSSFWorkbook(null, WINDOW, true, false);
    Font bold = book.createFont();
    bold.setBold(true);
    heading = book.createCellStyle();
    heading.setFont(bold);
    date = book.createCellStyle();
    date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    quoted = book.createCellStyle();
    quoted.setQuotePrefixed(true);
    wrapped = book.createCellStyle();
    wrapped.setWrapText(true);
  }

  /** A new workbook that will be written to {@code out} (not closed) by {@link #finish}. */
  static XlsxWorkbook create(OutputStream out, Messages m, ZoneId zone) throws IOException {
    return withPluginLoader(() -> new XlsxWorkbook(out, m, zone));
  }

  /** Creates the results sheet with its heading row, and the sheet about the export. */
  void startResults(Export export) throws IOException {
    withPluginLoader(
        () -> {
          newSheet(m.get("sheet.results"), HitColumns.headings(m));
          for (int i = 0; i < HitColumns.COUNT; i++) {
            int chars = i < HIT_WIDTHS.length ? HIT_WIDTHS[i] : ENTITY_WIDTH;
            sheet.setColumnWidth(i, chars * 256);
          }
          about(export);
          return null;
        });
  }

  /** Creates the entity sheet with its heading row. */
  void startEntities() throws IOException {
    withPluginLoader(
        () -> {
          newSheet(
              m.get("sheet.entities"),
              List.of(
                  m.get("table.type"),
                  m.get("table.name"),
                  m.get("table.documents"),
                  m.get("table.paths")));
          int[] widths = {16, 30, 12, 80};
          for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
          }
          return null;
        });
  }

  /** Appends a hit's row to the results sheet. */
  void writeHit(Hit hit) throws IOException {
    withPluginLoader(
        () -> {
          Row row = sheet.createRow(nextRow++);
          List<Object> values = HitColumns.values(hit);
          for (int i = 0; i < values.size(); i++) {
            set(row.createCell(i), values.get(i));
          }
          return null;
        });
  }

  /** Appends an entity's row to the entity sheet. */
  void writeEntity(EntityRow entity) throws IOException {
    withPluginLoader(
        () -> {
          Row row = sheet.createRow(nextRow++);
          List<String> paths = new ArrayList<>(entity.paths().size());
          for (String p : entity.paths()) {
            paths.add(Texts.clean(p));
          }
          set(row.createCell(0), m.entityType(Texts.clean(entity.type())));
          set(row.createCell(1), Texts.clean(entity.name()));
          set(row.createCell(2), (long) entity.paths().size());
          Cell cell = row.createCell(3);
          set(cell, String.join("\n", paths));
          if (!SpreadsheetCells.looksLikeFormula(cell.getStringCellValue())) {
            cell.setCellStyle(wrapped);
          }
          return null;
        });
  }

  /** Writes the workbook into the host's stream and deletes the temporary files. */
  void finish() throws IOException {
    withPluginLoader(
        () -> {
          try {
            book.write(new NonClosingOutputStream(out));
          } finally {
            // Since POI 5.4 close() also deletes the temporary sheet files (dispose() is deprecated).
            book.close();
          }
          return null;
        });
  }

  private void newSheet(String name, List<String> headings) {
    sheet = book.createSheet(name);
    sheet.setRightToLeft(m.rightToLeft());
    Row row = sheet.createRow(0);
    for (int i = 0; i < headings.size(); i++) {
      Cell c = row.createCell(i);
      c.setCellValue(headings.get(i));
      c.setCellStyle(heading);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headings.size() - 1));
    nextRow = 1;
  }

  /** The second sheet: query, total, time of the export, filters (label in A, value in B). */
  private void about(Export export) {
    SXSSFSheet about = book.createSheet(m.get("sheet.about"));
    about.setRightToLeft(m.rightToLeft());
    about.setColumnWidth(0, 20 * 256);
    about.setColumnWidth(1, 60 * 256);
    int r = 0;
    r = aboutRow(about, r, m.get("report.query"), Texts.clean(export.query()));
    r = aboutRow(about, r, m.get("report.total"), export.total());
    r = aboutRow(about, r, m.get("report.exportedAt"), export.exportedAt());
    if (export.filters().isEmpty()) {
      aboutRow(about, r, m.get("report.filters"), m.get("report.noFilters"));
    }
    for (Map.Entry<String, List<String>> f : export.filters().entrySet()) {
      r =
          aboutRow(
              about,
              r,
              m.get("report.filters"),
              Texts.clean(f.getKey() + ": " + String.join(", ", f.getValue())));
    }
  }

  private int aboutRow(SXSSFSheet about, int r, String label, Object value) {
    Row row = about.createRow(r);
    Cell l = row.createCell(0);
    l.setCellValue(label);
    l.setCellStyle(heading);
    set(row.createCell(1), value);
    return r + 1;
  }

  /** Sets a cell from a typed value of {@link HitColumns#values}. */
  private void set(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof String s) {
      String text = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + '\u2026' : s;
      cell.setCellValue(text);
      if (SpreadsheetCells.looksLikeFormula(text)) {
        cell.setCellStyle(quoted);
      }
    } else if (value instanceof Instant i) {
      LocalDateTime local = LocalDateTime.ofInstant(i, zone);
      if (local.getYear() < FIRST_YEAR) {
        // Spreadsheet date numbers start in 1900: an older date is kept as ISO text.
        cell.setCellValue(local.toString());
      } else {
        cell.setCellValue(local);
        cell.setCellStyle(date);
      }
    } else if (value instanceof Number n) {
      cell.setCellValue(n instanceof Float f ? Double.parseDouble(Float.toString(f)) : n.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** Work done with POI, run with this plugin's class loader as the context class loader. */
  private interface PoiWork<T> {
    T run() throws IOException;
  }

  private static <T> T withPluginLoader(PoiWork<T> work) throws IOException {
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    t.setContextClassLoader(XlsxWorkbook.class.getClassLoader());
    try {
      return work.run();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      t.setContextClassLoader(previous);
    }
  }
}
