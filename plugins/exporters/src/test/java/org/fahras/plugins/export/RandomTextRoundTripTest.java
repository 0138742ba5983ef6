package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Random titles, paths, snippets and names — Arabic letters and tashkeel, bidi controls, quotes,
 * separators, line breaks, markup, formula starters, emoji, lone surrogates and control
 * characters — go through every exporter and come back as the same text (cleaned of what no
 * format can carry, and neutralised where a spreadsheet would read a formula).
 */
class RandomTextRoundTripTest {

  private static final String ALPHABET =
      "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ" // letters
          + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640" // tashkeel, tatweel
          + "٠١٢٣٤٥٦٧٨٩0123456789،؛؟" // digits, Arabic punctuation
          + "\u200F\u200E\u202B\u202C\u2067\u2069" // bidi marks, embeddings, isolates
          + "abcXYZ \t\n\r,;\"'`<>&=+-@/\\!?#%(){}[]…"
          + "\u0000\u0001\u001F\u007F\uFFFE\uFFFF\uD800\uDC00"; // to be cleaned

  private static final int HITS = 150;

  private final Random random = new Random(20261126L);

  private String text(int max) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(40) == 0) {
        b.appendCodePoint(0x1F600 + random.nextInt(50)); // a valid surrogate pair
      } else {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  private List<Hit> hits() {
    List<Hit> hits = new ArrayList<>();
    for (int rank = 1; rank <= HITS; rank++) {
      String snippet = text(80);
      List<Mark> marks = new ArrayList<>();
      if (snippet.length() > 4) {
        int start = random.nextInt(snippet.length() - 2);
        marks.add(new Mark(start, start + 1 + random.nextInt(snippet.length() - start - 1)));
      }
      hits.add(
          new Hit(rank, "/" + text(30), random.nextFloat() * 10, text(40), "text/plain",
              random.nextInt(1 << 20), null, null, List.of(new Snippet(snippet, marks)),
              List.of(new Entity("PERSON", text(15)))));
    }
    return hits;
  }

  @Test
  void csvGivesBackEveryText() throws IOException {
    List<Hit> hits = hits();
    byte[] bytes = Fixtures.export(new CsvExporter(ZoneOffset.UTC), Fixtures.export(Locale.ENGLISH), hits);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records;
    try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(csv))) {
      records = p.getRecords();
    }
    assertThat(records).hasSize(HITS + 1);
    for (Hit h : hits) {
      CSVRecord r = records.get(h.rank());
      assertThat(r.get(HitColumns.TITLE)).isEqualTo(csvCell(h.title()));
      assertThat(r.get(HitColumns.PATH)).isEqualTo(csvCell(h.path()));
      assertThat(r.get(HitColumns.SNIPPETS)).isEqualTo(csvCell(h.snippets().get(0).text()));
      assertThat(r.get(HitColumns.FIRST_ENTITY)).isEqualTo(csvCell(h.entities().get(0).name()));
    }
  }

  @Test
  void jsonLinesGiveBackEveryTextAndStayValid() throws IOException {
    List<Hit> hits = hits();
    String jsonl =
        new String(Fixtures.export(new JsonLinesExporter(), Fixtures.export(Locale.ENGLISH), hits), StandardCharsets.UTF_8);
    String[] lines = jsonl.split("\n");
    assertThat(lines).hasSize(HITS);
    for (Hit h : hits) {
      JsonNode n = ExportSchema.MAPPER.readTree(lines[h.rank() - 1]);
      assertThat(ExportSchema.errors(ExportSchema.definition("hit"), n)).isEmpty();
      assertThat(n.get("title").stringValue()).isEqualTo(Texts.clean(h.title()));
      assertThat(n.get("snippets").get(0).get("text").stringValue())
          .isEqualTo(Texts.clean(h.snippets().get(0).text()));
    }
  }

  @Test
  void htmlShowsEveryTextAsTextAndMarksTheRightPart() throws IOException {
    List<Hit> hits = hits();
    Document doc =
        Jsoup.parse(
            new String(
                Fixtures.export(new HtmlReportExporter(ZoneOffset.UTC), Fixtures.export(Locale.ENGLISH), hits),
                StandardCharsets.UTF_8));
    assertThat(doc.select("script, img, iframe, object, embed, link")).isEmpty();
    assertThat(doc.select("article.hit")).hasSize(HITS);
    for (Hit h : hits) {
      Element card = doc.getElementById("hit-" + h.rank());
      if (!h.title().isEmpty()) {
        assertThat(card.selectFirst(".title").wholeText()).isEqualTo(html(h.title()));
      }
      Snippet s = h.snippets().get(0);
      Element p = card.selectFirst(".snippet");
      assertThat(p.children()).allMatch(e -> e.tagName().equals("mark"));
      assertThat(p.wholeText()).isEqualTo(html(s.text()));
      if (!s.marks().isEmpty()) {
        String text = Texts.clean(s.text());
        Mark m = s.marks().get(0);
        // A mark never splits an emoji: its ends move outwards to whole characters.
        // (Cleaned text has surrogates only in pairs: a low one always ends a pair.)
        int start = Character.isLowSurrogate(text.charAt(m.start())) ? m.start() - 1 : m.start();
        int end =
            m.end() < text.length() && Character.isLowSurrogate(text.charAt(m.end()))
                ? m.end() + 1
                : m.end();
        assertThat(p.selectFirst("mark").wholeText()).isEqualTo(html(text.substring(start, end)));
      }
    }
  }

  @Test
  void xlsxGivesBackEveryText() throws IOException {
    List<Hit> hits = hits();
    byte[] bytes = Fixtures.export(new XlsxExporter(ZoneOffset.UTC), Fixtures.export(Locale.ENGLISH), hits);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = book.getSheetAt(0);
      for (Hit h : hits) {
        var row = sheet.getRow(h.rank());
        assertThat(row.getCell(HitColumns.TITLE).getStringCellValue()).isEqualTo(Texts.clean(h.title()));
        assertThat(row.getCell(HitColumns.SNIPPETS).getStringCellValue())
            .isEqualTo(Texts.clean(h.snippets().get(0).text()));
        assertThat(row.getCell(HitColumns.TITLE).getCellStyle().getQuotePrefixed())
            .isEqualTo(SpreadsheetCells.looksLikeFormula(Texts.clean(h.title())));
      }
    }
  }

  private static String csvCell(String s) {
    return SpreadsheetCells.neutralise(Texts.clean(s));
  }

  /** What an HTML parser reads back: exactly the cleaned text (CR is written as a reference). */
  private static String html(String s) {
    return Texts.clean(s);
  }
}
