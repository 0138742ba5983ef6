package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.export.Fixtures.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

  private final XlsxExporter exporter = new XlsxExporter(ZoneOffset.UTC);

  private XSSFWorkbook workbook(Locale locale) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(Fixtures.export(exporter, Fixtures.export(locale), hits())));
  }

  @Test
  void arabicExportHasARightToLeftSheetAndEnglishALeftToRightOne() throws IOException {
    try (XSSFWorkbook ar = workbook(Locale.forLanguageTag("ar"));
        XSSFWorkbook en = workbook(Locale.ENGLISH)) {
      assertThat(ar.getSheetAt(0).getSheetName()).isEqualTo("النتائج");
      assertThat(ar.getSheetAt(0).isRightToLeft()).isTrue();
      assertThat(en.getSheetAt(0).getSheetName()).isEqualTo("Results");
      assertThat(en.getSheetAt(0).isRightToLeft()).isFalse();
    }
  }

  @Test
  void headingRowIsBoldAndFrozen() throws IOException {
    try (XSSFWorkbook book = workbook(Locale.forLanguageTag("ar"))) {
      XSSFSheet sheet = book.getSheetAt(0);
      Row heading = sheet.getRow(0);
      assertThat(heading.getCell(HitColumns.TITLE).getStringCellValue()).isEqualTo("العنوان");
      assertThat(book.getFontAt(heading.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void readsBackEqualToTheHitsWithTypedCells() throws IOException {
    try (XSSFWorkbook book = workbook(Locale.ENGLISH)) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(hits().size());
      Row first = sheet.getRow(1);
      assertThat(first.getCell(HitColumns.RANK).getNumericCellValue()).isEqualTo(1.0);
      assertThat(first.getCell(HitColumns.TITLE).getStringCellValue()).isEqualTo(ARABIC_TITLE);
      assertThat(first.getCell(HitColumns.PATH).getStringCellValue()).isEqualTo(ARABIC_PATH);
      assertThat(first.getCell(HitColumns.SIZE).getNumericCellValue()).isEqualTo(123_456.0);
      Cell modified = first.getCell(HitColumns.MODIFIED);
      assertThat(modified.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(modified)).isTrue();
      assertThat(modified.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 15, 30));
      assertThat(first.getCell(HitColumns.SCORE).getNumericCellValue()).isEqualTo(3.25);
      assertThat(first.getCell(HitColumns.SNIPPETS).getStringCellValue())
          .isEqualTo(ARABIC_SNIPPET + " … " + ARABIC_SNIPPET_2);
      assertThat(first.getCell(HitColumns.FIRST_ENTITY + 1).getStringCellValue())
          .isEqualTo("كوريا الشمالية؛ اليابان");
      Row second = sheet.getRow(2);
      assertThat(second.getCell(HitColumns.TITLE).getStringCellValue()).isEqualTo(AWKWARD_TITLE);
      assertThat(second.getCell(HitColumns.DATE).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(second.getCell(HitColumns.COUNT - 1).getStringCellValue()).isEqualTo("EVENT: قمة الرياض");
      List<String> titles = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        titles.add(sheet.getRow(r).getCell(HitColumns.TITLE).getStringCellValue());
      }
      assertThat(titles).containsExactly(ARABIC_TITLE, AWKWARD_TITLE, HOSTILE_TITLE, FORMULA_TITLE);
    }
  }

  @Test
  void formulaLikeTextStaysTextWithAQuotePrefix() throws IOException {
    try (XSSFWorkbook book = workbook(Locale.ENGLISH)) {
      Row fourth = book.getSheetAt(0).getRow(4);
      Cell title = fourth.getCell(HitColumns.TITLE);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(FORMULA_TITLE);
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(fourth.getCell(HitColumns.FIRST_ENTITY).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(book.getSheetAt(0).getRow(1).getCell(HitColumns.TITLE).getCellStyle().getQuotePrefixed())
          .isFalse();
    }
  }

  @Test
  void secondSheetDescribesTheExport() throws IOException {
    try (XSSFWorkbook book = workbook(Locale.forLanguageTag("ar"))) {
      XSSFSheet about = book.getSheetAt(1);
      assertThat(about.getSheetName()).isEqualTo("التصدير");
      assertThat(about.getRow(0).getCell(1).getStringCellValue()).isEqualTo(QUERY);
      assertThat(about.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4.0);
      assertThat(about.getRow(2).getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 11, 26, 7, 30));
      assertThat(about.getRow(3).getCell(1).getStringCellValue()).isEqualTo("ext: pdf, docx");
    }
  }

  @Test
  void entityTableIsAWorkbookOfItsOwn() throws IOException {
    byte[] bytes = Fixtures.exportEntities(exporter, Fixtures.export(Locale.forLanguageTag("ar")), entityRows());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("الكيانات");
      assertThat(sheet.isRightToLeft()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("مكان");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("كوريا الشمالية");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2.0);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo(ARABIC_PATH + "\n" + AWKWARD_PATH);
      assertThat(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void datesBeforeTheSpreadsheetEpochAreKeptAsText() throws IOException {
    var old =
        new org.fahras.api.ResultExporter.Hit(1, "/x", 1f, "مخطوطة", "text/plain", 1,
            java.time.Instant.parse("1850-06-01T12:00:00Z"), null, List.of(), List.of());
    byte[] bytes = Fixtures.export(exporter, Fixtures.export(Locale.ENGLISH), List.of(old));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Cell modified = book.getSheetAt(0).getRow(1).getCell(HitColumns.MODIFIED);
      assertThat(modified.getCellType()).isEqualTo(CellType.STRING);
      assertThat(modified.getStringCellValue()).isEqualTo("1850-06-01T12:00");
    }
  }

  @Test
  void temporaryFilesAreDeletedWhenTheWriterCloses() throws IOException {
    java.nio.file.Path poiTemp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    List<String> before = tempFiles(poiTemp);
    Fixtures.export(exporter, Fixtures.export(Locale.ENGLISH), hits());
    Fixtures.exportEntities(exporter, Fixtures.export(Locale.ENGLISH), entityRows());
    assertThat(tempFiles(poiTemp)).isEqualTo(before);
  }

  private static List<String> tempFiles(java.nio.file.Path dir) throws IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = java.nio.file.Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
