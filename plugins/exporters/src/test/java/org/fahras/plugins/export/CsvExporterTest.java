package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.export.Fixtures.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

  private final CsvExporter exporter = new CsvExporter(ZoneOffset.UTC);

  private static String decode(byte[] bytes) {
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(csv))) {
      return p.getRecords();
    }
  }

  private List<CSVRecord> exportHits(Locale locale) throws IOException {
    return parse(decode(Fixtures.export(exporter, Fixtures.export(locale), hits())));
  }

  @Test
  void startsWithAByteOrderMarkAndEndsRecordsWithCrlf() throws IOException {
    byte[] bytes = Fixtures.export(exporter, Fixtures.export(Locale.ENGLISH), hits());
    String csv = decode(bytes);
    assertThat(csv).startsWith("Rank,Title,Path,Type,Size (bytes),Modified,Date,Score,Snippets,Persons,");
    assertThat(csv.split("\r\n", 2)[0]).doesNotContain("\n");
    assertThat(csv).endsWith("\r\n");
    // The first line ends with CRLF, not a bare LF.
    assertThat(csv.indexOf('\n')).isEqualTo(csv.indexOf("\r\n") + 1);
  }

  @Test
  void readsBackEqualToTheHitsWithArabicIntact() throws IOException {
    List<CSVRecord> records = exportHits(Locale.ENGLISH);
    assertThat(records).hasSize(1 + hits().size());
    CSVRecord first = records.get(1);
    assertThat(first.size()).isEqualTo(HitColumns.COUNT);
    assertThat(first.values())
        .containsExactly(
            "1",
            ARABIC_TITLE,
            ARABIC_PATH,
            "application/pdf",
            "123456",
            "2024-03-01 10:15:30",
            "2024-02-28 00:00:00",
            "3.25",
            ARABIC_SNIPPET + " … " + ARABIC_SNIPPET_2,
            "كيم جونغ أون",
            "كوريا الشمالية؛ اليابان",
            "مجلس الأمن",
            "١٥ مارس ٢٠٢٤",
            "",
            "",
            "",
            "");
  }

  @Test
  void quotesCommasAndLineBreaksInTitlesSurvive() throws IOException {
    CSVRecord second = exportHits(Locale.ENGLISH).get(2);
    assertThat(second.get(HitColumns.TITLE)).isEqualTo(AWKWARD_TITLE);
    assertThat(second.get(HitColumns.PATH)).isEqualTo(AWKWARD_PATH);
    assertThat(second.get(HitColumns.SNIPPETS)).isEqualTo(AWKWARD_SNIPPET);
    assertThat(second.get(HitColumns.DATE)).isEmpty();
    assertThat(second.get(HitColumns.FIRST_ENTITY + 5)).isEqualTo("٥ ملايين دولار");
    assertThat(second.get(HitColumns.COUNT - 1)).isEqualTo("EVENT: قمة الرياض");
  }

  @Test
  void cellsThatLookLikeFormulasAreNeutralised() throws IOException {
    CSVRecord fourth = exportHits(Locale.ENGLISH).get(4);
    assertThat(fourth.get(HitColumns.TITLE)).isEqualTo("'" + FORMULA_TITLE);
    assertThat(fourth.get(HitColumns.SNIPPETS)).isEqualTo("'-5 + 3 @SUM(A1)");
    assertThat(fourth.get(HitColumns.FIRST_ENTITY)).isEqualTo("'+966 123");
    // Numbers are not text cells and keep their value.
    assertThat(fourth.get(HitColumns.SCORE)).isEqualTo("0.0");
  }

  @Test
  void headingsAreInTheExportLanguage() throws IOException {
    CSVRecord heading = exportHits(Locale.forLanguageTag("ar")).get(0);
    assertThat(heading.get(HitColumns.TITLE)).isEqualTo("العنوان");
    assertThat(heading.get(HitColumns.FIRST_ENTITY)).isEqualTo("الأشخاص");
  }

  @Test
  void entityTableHasTypeNameCountAndPaths() throws IOException {
    List<CSVRecord> records =
        parse(decode(Fixtures.exportEntities(exporter, Fixtures.export(Locale.forLanguageTag("ar")), entityRows())));
    assertThat(records).hasSize(4);
    assertThat(records.get(0).values()).containsExactly("النوع", "الاسم", "عدد الوثائق", "المسارات");
    assertThat(records.get(1).values())
        .containsExactly("مكان", "كوريا الشمالية", "2", ARABIC_PATH + "\n" + AWKWARD_PATH);
    assertThat(records.get(3).values()).containsExactly("EVENT", "'=1+1", "1", AWKWARD_PATH);
  }
}
