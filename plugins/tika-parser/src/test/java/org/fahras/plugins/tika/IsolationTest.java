package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fahras.plugins.tika.TestDocuments.ARABIC;
import static org.fahras.plugins.tika.TestDocuments.FIXTURE_SENTENCE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.ParsedDocument.EmbeddedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files parsed in separate processes: one that takes too long is stopped at its time limit, one
 * that exhausts its process's memory is reported, and the next file is read by a fresh process.
 */
class IsolationTest {

  private static TikaDocumentParser isolated;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    isolated = new TikaDocumentParser();
    // Every file in a process with a small heap: a text of 80 MB exhausts it.
    isolated.configure(
        Map.of(
            TikaDocumentParser.OPTION_ISOLATION, IsolatedParsing.ALL,
            TikaDocumentParser.OPTION_PROCESS_MEMORY, "200"));
  }

  @AfterAll
  static void close() {
    isolated.isolation().close();
  }

  private Path docx() throws IOException {
    return TestDocuments.copyFixture(dir, "arabic-sample.docx");
  }

  /** A PDF of many text pages: several seconds of work for the PDF parser. */
  private Path slowPdf() throws IOException {
    Path file = dir.resolve("slow.pdf");
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < 3000; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.newLineAtOffset(40, 740);
          for (int line = 0; line < 60; line++) {
            content.showText("page " + p + " line " + line + " of a very long generated report");
            content.newLineAtOffset(0, -12);
          }
          content.endText();
        }
      }
      document.save(file.toFile());
    }
    return file;
  }

  @Test
  void fileTakingLongerThanItsTimeLimitIsStoppedAndReportedAsTimeout() throws Exception {
    Path slow = slowPdf();
    long start = System.nanoTime();

    assertThatThrownBy(
            () -> isolated.parse(new ParseRequest(slow, 1_000_000, Duration.ofMillis(1500))))
        .isInstanceOf(DocumentParseException.class)
        .hasMessage("took longer than 1 s to read; stopped")
        .satisfies(e -> assertThat(((DocumentParseException) e).reason()).isEqualTo(Reason.TIMEOUT));
    // Stopped at the limit, not after the parse would have ended (plus process start-up).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));

    int started = isolated.isolation().processesStarted();
    ParsedDocument next = isolated.parse(ParseRequest.of(docx()));
    assertThat(next.text()).contains(FIXTURE_SENTENCE);
    assertThat(isolated.isolation().processesStarted()).isEqualTo(started + 1);
  }

  @Test
  void processRunningOutOfMemoryIsReportedAndReplaced() throws Exception {
    // 80 MB of Arabic text, as a .text file (Tika's text parser, not the .txt fast path): its text
    // and the copies made of it do not fit in 200 MB.
    Path huge = dir.resolve("huge.text");
    byte[] line = (ARABIC + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(huge)) {
      for (int written = 0; written < 80 << 20; written += line.length) {
        out.write(line);
      }
    }

    assertThatThrownBy(() -> isolated.parse(ParseRequest.of(huge)))
        .isInstanceOf(DocumentParseException.class)
        .hasMessage("ran out of memory while reading (the parser process has 200 MB)")
        .satisfies(
            e -> assertThat(((DocumentParseException) e).reason()).isEqualTo(Reason.TOO_LARGE));

    assertThat(isolated.parse(ParseRequest.of(docx())).text()).contains(FIXTURE_SENTENCE);
  }

  @Test
  void fileFailuresAreToldByTheProcessWhichStaysInUse() throws Exception {
    isolated.parse(ParseRequest.of(docx())); // a process is running
    int started = isolated.isolation().processesStarted();
    Path secret = Files.write(dir.resolve("secret.pdf"), TestDocuments.passwordProtectedPdf("x"));

    assertThatThrownBy(() -> isolated.parse(ParseRequest.of(secret)))
        .isInstanceOf(DocumentParseException.class)
        .hasMessage(ParseFailures.ENCRYPTED);
    assertThat(isolated.parse(ParseRequest.of(docx())).title()).isEqualTo(TestDocuments.FIXTURE_TITLE);
    assertThat(isolated.isolation().processesStarted()).isEqualTo(started);
  }

  @Test
  void documentsComeBackWholeFromTheProcess() throws Exception {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("notes.txt", TestDocuments.utf8(ARABIC));
    entries.put("report.docx", TestDocuments.fixture("arabic-sample.docx"));
    Path zip = Files.write(dir.resolve("bundle.zip"), TestDocuments.zip(entries, false));

    ParsedDocument inProcess = SharedParserInProcess.get().parse(ParseRequest.of(zip));
    ParsedDocument outOfProcess = isolated.parse(ParseRequest.of(zip));

    assertThat(outOfProcess).isEqualTo(inProcess);
  }

  @Test
  void arabicFileNamesReachTheProcessIntact() throws Exception {
    Path file = Files.write(dir.resolve("تقرير المكتبة.docx"), TestDocuments.fixture("arabic-sample.docx"));

    assertThat(isolated.parse(ParseRequest.of(file)).text()).contains(FIXTURE_SENTENCE);
  }

  @Test
  void riskyModeKeepsPlainTextInProcess() {
    IsolatedParsing risky = new IsolatedParsing(IsolatedParsing.RISKY, 256, Map.of());
    IsolatedParsing none = new IsolatedParsing(IsolatedParsing.NONE, 256, Map.of());

    assertThat(risky.isolates(Path.of("notes.txt"))).isFalse();
    assertThat(risky.isolates(Path.of("table.CSV"))).isFalse();
    assertThat(risky.isolates(Path.of("report.pdf"))).isTrue();
    assertThat(risky.isolates(Path.of("archive.zip"))).isTrue();
    assertThat(risky.isolates(Path.of("no-extension"))).isTrue();
    assertThat(none.isolates(Path.of("report.pdf"))).isFalse();
  }

  @Test
  void tooSmallProcessMemoryIsRefused() {
    TikaDocumentParser parser = SharedParserInProcess.get();
    assertThatThrownBy(
            () -> parser.configure(Map.of(TikaDocumentParser.OPTION_PROCESS_MEMORY, "16")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 64");
  }

  @Test
  void wireFormatCarriesTheWholeTree() throws Exception {
    ParsedDocument child =
        new ParsedDocument(
            "نص", null, null, null, null, null, "text/plain", Map.of(), List.of(), List.of());
    ParsedDocument document =
        new ParsedDocument(
            ARABIC,
            "عنوان",
            null,
            Instant.parse("2026-03-03T10:15:00.123Z"),
            null,
            "ar",
            "application/zip",
            Map.of("pages", "2"),
            List.of(new EmbeddedDocument("a/ب.txt", child)),
            List.of("تحذير"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WireFormat.writeDocument(new DataOutputStream(bytes), document);
    WireFormat.writeFailure(
        new DataOutputStream(bytes), new DocumentParseException(Reason.ENCRYPTED, "مشفر"));
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(WireFormat.readAnswer(in)).isEqualTo(document);
    assertThatThrownBy(() -> WireFormat.readAnswer(in))
        .isInstanceOf(DocumentParseException.class)
        .hasMessage("مشفر");
  }
}
