package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.tika.TestDocuments.ARABIC;
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

/** Archives and their entries come back as a container with embedded documents. */
class ContainerParsingTest {

  private static final String PAGE =
      "<html><head><title>صفحة الفهرس</title></head><body><p>مرحبا بكم في"
          + " المكتبة</p></body></html>";

  @TempDir Path dir;

  private ParsedDocument parseZip(Map<String, byte[]> entries) throws Exception {
    Path file = Files.write(dir.resolve("archive.zip"), TestDocuments.zip(entries, false));
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  @Test
  void zipEntriesBecomeEmbeddedDocumentsWithTheirPaths() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("notes.txt", utf8(ARABIC));
    entries.put("site/index.html", utf8(PAGE));

    ParsedDocument zip = parseZip(entries);

    assertThat(zip.contentType()).isEqualTo("application/zip");
    assertThat(zip.embedded())
        .extracting(EmbeddedDocument::entryPath)
        .containsExactly("notes.txt", "site/index.html");
    assertThat(zip.embedded().get(0).document().text()).isEqualTo(ARABIC);
    assertThat(zip.embedded().get(0).document().contentType()).isEqualTo("text/plain");
    ParsedDocument page = zip.embedded().get(1).document();
    assertThat(page.title()).isEqualTo("صفحة الفهرس");
    assertThat(page.text()).contains("مرحبا بكم في المكتبة");
    assertThat(zip.warnings()).isEmpty();
  }

  @Test
  void zipInsideZipIsNestedUnderItsContainer() throws Exception {
    Map<String, byte[]> inner = new LinkedHashMap<>();
    inner.put("deep/deeper.txt", utf8("نص في الأرشيف الداخلي"));
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("first.txt", utf8(ARABIC));
    outer.put("archives/inner.zip", TestDocuments.zip(inner, false));
    outer.put("last.txt", utf8("آخر ملف"));

    ParsedDocument zip = parseZip(outer);

    assertThat(zip.embedded())
        .extracting(EmbeddedDocument::entryPath)
        .containsExactly("first.txt", "archives/inner.zip", "last.txt");
    ParsedDocument innerZip = zip.embedded().get(1).document();
    assertThat(innerZip.embedded())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.entryPath()).isEqualTo("deep/deeper.txt");
              assertThat(entry.document().text()).isEqualTo("نص في الأرشيف الداخلي");
            });
  }

  @Test
  void entriesWithTheSameFileNameInDifferentFoldersStayApart() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("2024/report.txt", utf8("تقرير العام الماضي"));
    entries.put("2025/report.txt", utf8("تقرير هذا العام"));

    ParsedDocument zip = parseZip(entries);

    assertThat(zip.embedded())
        .extracting(e -> e.entryPath() + "=" + e.document().text())
        .containsExactly("2024/report.txt=تقرير العام الماضي", "2025/report.txt=تقرير هذا العام");
  }

  @Test
  void brokenEntryIsSkippedWithWarningNamingIt() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("good.txt", utf8(ARABIC));
    entries.put("scans/broken.pdf", utf8("%PDF-1.4\nnot really a PDF"));

    ParsedDocument zip = parseZip(entries);

    assertThat(zip.embedded()).extracting(EmbeddedDocument::entryPath).containsExactly("good.txt");
    assertThat(zip.warnings())
        .singleElement()
        .asString()
        .startsWith("skipped entry 'scans/broken.pdf': ");
  }

  @Test
  void encryptedEntryIsSkippedWithWarningSayingSo() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("good.txt", utf8(ARABIC));
    entries.put("secret.pdf", TestDocuments.passwordProtectedPdf("secret minutes"));

    ParsedDocument zip = parseZip(entries);

    assertThat(zip.embedded()).extracting(EmbeddedDocument::entryPath).containsExactly("good.txt");
    assertThat(zip.warnings())
        .containsExactly("skipped entry 'secret.pdf': " + ParseFailures.ENCRYPTED);
  }

  @Test
  void emptyEntryIsAnEmptyDocumentNotAFailure() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("empty.txt", new byte[0]);

    ParsedDocument zip = parseZip(entries);

    assertThat(zip.embedded())
        .singleElement()
        .satisfies(e -> assertThat(e.document().text()).isEmpty());
    assertThat(zip.warnings()).isEmpty();
  }

  @Test
  void textLimitCoversTheArchiveAndItsEntriesTogether() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("one.txt", utf8("أ".repeat(800)));
    entries.put("two.txt", utf8("ب".repeat(800)));
    entries.put("three.txt", utf8("ت".repeat(800)));
    Path file = Files.write(dir.resolve("big.zip"), TestDocuments.zip(entries, false));

    ParsedDocument zip =
        SharedParser.get().parse(new ParseRequest(file, 1000, ParseRequest.DEFAULT_TIMEOUT));

    int total = zip.text().length();
    for (EmbeddedDocument entry : zip.embedded()) {
      total += entry.document().text().length();
    }
    assertThat(total).isLessThanOrEqualTo(1000);
    assertThat(zip.warnings()).anySatisfy(w -> assertThat(w).startsWith("text cut at 1000"));
  }
}
