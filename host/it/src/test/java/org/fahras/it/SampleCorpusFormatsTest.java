package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format of the sample corpus, read through the packaged plugins: each file (or archive
 * entry, e-mail attachment, mailbox message, scanned page) is found by an Arabic word from its
 * body. The scanned page needs Tesseract with its Arabic data, which {@code .ci/run} installs.
 */
class SampleCorpusFormatsTest {

  @TempDir static Path tmp;
  static Path index;
  static Cli.Result indexRun;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    indexRun = Cli.withPlugins("index", "--index", index.toString(), Cli.CORPUS.toString());
  }

  static List<String> paths(String query) {
    Cli.Result r = Cli.withPlugins("search", "--index", index.toString(), "--json", "--limit", "50", query);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> paths = new ArrayList<>();
    r.json().get("hits").forEach(h -> paths.add(h.get("path").asText()));
    return paths;
  }

  /** The absolute path of a corpus file, or of an entry inside one ({@code a.zip!/b.pdf}). */
  static String expected(String relative) {
    int bang = relative.indexOf("!/");
    return bang < 0
        ? Cli.CORPUS.resolve(relative).toString()
        : Cli.CORPUS.resolve(relative.substring(0, bang)) + relative.substring(bang);
  }

  @Test
  void theCorpusIsIndexedWithoutFailuresOrOcrNotice() {
    assertThat(indexRun.code()).as(indexRun.err()).isZero();
    assertThat(indexRun.err()).doesNotContain("cannot index").doesNotContain("install tesseract-ocr");
    JsonNode status = Cli.run("status", "--index", index.toString(), "--json").json();
    assertThat(status.get("failures")).isEmpty();
  }

  @ParameterizedTest(name = "{0} is found by {1}")
  @CsvSource({
    // plain text in four encodings, and text-like formats
    "university/graduate-studies-announcement.txt, الاقتباس", // UTF-8
    "games/chess-history-utf16.txt, الصولي", // UTF-16 with BOM
    "environment/gulf-water-climate-cp1256.txt, التناضح", // windows-1256
    "news/cairo-book-fair-iso8859-6.txt, الدسوقي", // ISO-8859-6
    "history/bayt-al-hikma.md, جالينوس", // Markdown
    "arts/arabic-calligraphy-styles.html, الديواني", // HTML
    "geography/mountain-peaks.csv, توبقال", // CSV
    "perfume/perfume-catalogue.xml, العنبر", // XML
    // word processors
    "legal/apartment-lease-contract.docx, الشميساني", // DOCX
    "agriculture/beekeeping-guide.doc, المدخنة", // DOC
    "food/maqluba-recipe.odt, القرنبيط", // ODT
    "archive/manuscripts-condition-report.rtf, الكراريس", // RTF
    // spreadsheets and presentations
    "agriculture/date-palm-varieties.xlsx, البرحي", // XLSX
    "transport/railway-timetable.xls, السنديان", // XLS
    "nature/bird-migration-count.ods, النحام", // ODS
    "health/first-aid-slides.pptx, النزيف", // PPTX
    "crafts/carpet-weaving-slides.odp, النول", // ODP
    // PDF and e-book
    "economy/quarterly-economic-note.pdf, الصكوك", // PDF
    "poetry/mutanabbi-maarri-selections.epub, القرطاس", // EPUB
    // mail
    "mail/digitisation-meeting.eml, الماسحات", // EML
    "mail/pottery-workshop.eml, الفخار", // EML with an attachment: the message body
    "mail/pottery-workshop.eml!/materials.txt, التزجيج", // the attachment
    "mail/cycling-club.mbox!/message-1, الخوذة", // MBOX: its one message
    // archives
    "bundles/lighthouses-and-caravans.zip!/lighthouses.docx, الفنار", // DOCX in a zip
    "bundles/lighthouses-and-caravans.zip!/caravans.pdf, القوافل", // PDF in a zip
    "bundles/falconry-notes.tar.gz!/falconry.txt, الصقارة", // text in a tar.gz
    // OCR (Tesseract ara+eng)
    "scans/observatory-visit-scan.png, زحل", // a scanned page (PNG)
  })
  void eachFormatIsFoundByAWordFromItsBody(String relative, String word) {
    assertThat(paths(word)).contains(expected(relative));
  }

  @Test
  void theZipHoldingADocxAndAPdfGivesThreeResults() {
    String zip = expected("bundles/lighthouses-and-caravans.zip");

    assertThat(paths("path:lighthouses-and-caravans.zip"))
        .containsExactlyInAnyOrder(zip, zip + "!/lighthouses.docx", zip + "!/caravans.pdf");
  }

  @Test
  void theScannedPageIsFoundByEachOfItsWords() {
    String scan = expected("scans/observatory-visit-scan.png");

    for (String word : List.of("زحل", "بالتلسكوب", "الكوكبات")) {
      assertThat(paths(word)).as(word).contains(scan);
    }
  }
}
