package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.tika.TestDocuments.ARABIC;
import static org.fahras.plugins.tika.TestDocuments.FIXTURE_SENTENCE;
import static org.fahras.plugins.tika.TestDocuments.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.ParsedDocument.EmbeddedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of container gives each entry as its own embedded document, under its path, nested as
 * it is nested (the host shows {@code a.zip!/b.zip!/c.txt}). All archives are written by the test.
 */
class ArchiveContainersTest {

  @TempDir Path dir;

  private static ParsedDocument parse(Path file) throws Exception {
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  /** A text file in a folder with an Arabic name, and a Word document. */
  private static Map<String, byte[]> entries() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("ملاحظات/notes.txt", utf8(ARABIC));
    entries.put("report.docx", TestDocuments.fixture("arabic-sample.docx"));
    return entries;
  }

  private static void assertEntries(ParsedDocument archive) {
    assertThat(archive.embedded())
        .extracting(EmbeddedDocument::entryPath)
        .containsExactly("ملاحظات/notes.txt", "report.docx");
    assertThat(archive.embedded().get(0).document().text()).isEqualTo(ARABIC);
    ParsedDocument report = archive.embedded().get(1).document();
    assertThat(report.text()).contains(FIXTURE_SENTENCE);
    assertThat(report.title()).isEqualTo(TestDocuments.FIXTURE_TITLE);
    assertThat(archive.warnings()).isEmpty();
  }

  @Test
  void zipHoldingDocxAndPdfGivesThreeDocuments() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("docs/report.docx", TestDocuments.fixture("arabic-sample.docx"));
    entries.put("docs/report.pdf", TestDocuments.fixture("arabic-sample.pdf"));
    Path file = Files.write(dir.resolve("reports.zip"), TestDocuments.zip(entries, false));

    ParsedDocument zip = parse(file);

    assertThat(zip.contentType()).isEqualTo("application/zip");
    assertThat(zip.embedded())
        .extracting(EmbeddedDocument::entryPath)
        .containsExactly("docs/report.docx", "docs/report.pdf");
    assertThat(zip.embedded())
        .allSatisfy(e -> assertThat(e.document().text().replaceAll("\\s+", " ")).contains(FIXTURE_SENTENCE));
    assertThat(zip.embedded().get(1).document().metadata()).containsEntry("pages", "1");
  }

  @Test
  void tarEntriesAreEmbeddedDocuments() throws Exception {
    Path file = Files.write(dir.resolve("bundle.tar"), TestArchives.tar(entries(), false));

    ParsedDocument tar = parse(file);

    assertThat(tar.contentType()).isEqualTo("application/x-tar");
    assertEntries(tar);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bundle.tar.gz", "bundle.tgz"})
  void tarGzEntriesAreTheCompressedFilesOwn(String name) throws Exception {
    Path file = Files.write(dir.resolve(name), TestArchives.tar(entries(), true));

    ParsedDocument tgz = parse(file);

    assertThat(tgz.contentType()).isEqualTo("application/gzip");
    assertEntries(tgz);
  }

  @Test
  void gzippedSingleFileIsOneEmbeddedDocument() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(utf8(ARABIC));
    }
    Path file = Files.write(dir.resolve("notes.txt.gz"), bytes.toByteArray());

    ParsedDocument gz = parse(file);

    assertThat(gz.embedded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.entryPath()).isEqualTo("notes.txt");
              assertThat(e.document().text()).isEqualTo(ARABIC);
            });
  }

  @Test
  void sevenZipEntriesAreEmbeddedDocuments() throws Exception {
    Path file = TestArchives.sevenZ(dir.resolve("bundle.7z"), entries());

    ParsedDocument sevenZ = parse(file);

    assertThat(sevenZ.contentType()).isEqualTo("application/x-7z-compressed");
    assertEntries(sevenZ);
  }

  @Test
  void nestedArchivesNestTheirDocuments() throws Exception {
    Map<String, byte[]> innermost = new LinkedHashMap<>();
    innermost.put("c.txt", utf8("نص في أعمق أرشيف"));
    Map<String, byte[]> middle = new LinkedHashMap<>();
    middle.put("b.tar", TestArchives.tar(innermost, false));
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("b.zip", TestDocuments.zip(middle, false));
    Path file = Files.write(dir.resolve("a.zip"), TestDocuments.zip(outer, false));

    ParsedDocument a = parse(file);

    EmbeddedDocument b = a.embedded().get(0);
    assertThat(b.entryPath()).isEqualTo("b.zip");
    EmbeddedDocument bTar = b.document().embedded().get(0);
    assertThat(bTar.entryPath()).isEqualTo("b.tar");
    assertThat(bTar.document().embedded())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.entryPath()).isEqualTo("c.txt");
              assertThat(c.document().text()).isEqualTo("نص في أعمق أرشيف");
            });
  }

  @Test
  void documentsEmbeddedInAWordFileAreItsEmbeddedDocuments() throws Exception {
    Map<String, byte[]> embedded = new LinkedHashMap<>();
    embedded.put("Microsoft_Excel_Worksheet.xlsx", TestDocuments.fixture("arabic-sheet.xlsx"));
    embedded.put("oleObject1.bin", TestDocuments.fixture("arabic-sample.doc"));
    Path file = Files.write(dir.resolve("with-objects.docx"), TestArchives.docxWithEmbedded(embedded));

    ParsedDocument docx = parse(file);

    assertThat(docx.text()).contains(FIXTURE_SENTENCE).doesNotContain("oleObject1.bin", ".xlsx");
    assertThat(docx.embedded())
        .extracting(EmbeddedDocument::entryPath)
        .containsExactly("Microsoft_Excel_Worksheet.xlsx", "oleObject1.bin");
    assertThat(docx.embedded().get(0).document().contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(docx.embedded().get(0).document().text()).contains("مقدمة ابن خلدون");
    assertThat(docx.embedded().get(1).document().contentType()).isEqualTo("application/msword");
    assertThat(docx.embedded().get(1).document().text()).contains(FIXTURE_SENTENCE);
  }

  @Test
  void wordAttachmentOfAnEmailIsSearchableText() throws Exception {
    String mail =
        TestDocuments.email("التقرير السنوي", ARABIC, "تقرير.txt", "نص التقرير المرفق بالرسالة");
    Path file = Files.writeString(dir.resolve("report.eml"), mail);

    ParsedDocument email = parse(file);

    assertThat(email.embedded())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.entryPath()).isEqualTo("تقرير.txt");
              assertThat(a.document().text()).isEqualTo("نص التقرير المرفق بالرسالة");
            });
  }
}
