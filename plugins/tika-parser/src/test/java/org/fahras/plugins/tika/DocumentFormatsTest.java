package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.tika.TestDocuments.ARABIC;
import static org.fahras.plugins.tika.TestDocuments.FIXTURE_SENTENCE;
import static org.fahras.plugins.tika.TestDocuments.FIXTURE_TITLE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Office, PDF, e-mail and e-book formats. The {@code arabic-sample.*} fixtures were made once by
 * LibreOffice from {@code arabic-sample.html} (see {@code test-documents/README.md}).
 */
class DocumentFormatsTest {

  @TempDir Path dir;

  private ParsedDocument parse(Path file) throws Exception {
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  /** The text with each run of white space as one space, so line breaks do not matter. */
  private static String words(ParsedDocument document) {
    return document.text().replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @CsvSource({
    "arabic-sample.pdf,  application/pdf",
    "arabic-sample.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "arabic-sample.odt,  application/vnd.oasis.opendocument.text",
    "arabic-sample.rtf,  application/rtf"
  })
  void arabicTextComesOutInReadingOrder(String fixture, String contentType) throws Exception {
    ParsedDocument document = parse(TestDocuments.copyFixture(dir, fixture));

    assertThat(words(document))
        .contains(FIXTURE_SENTENCE)
        .contains("Fahras indexes Arabic documents")
        // The heading, word order reversed, as PDFBox gave it without sorting by position.
        .doesNotContain("العربية المكتبة تقرير");
    assertThat(document.contentType()).isEqualTo(contentType);
    assertThat(document.language()).isEqualTo("ar");
  }

  @ParameterizedTest
  @CsvSource({"arabic-sample.pdf", "arabic-sample.docx", "arabic-sample.odt", "arabic-sample.rtf"})
  void titleAndAuthorAreRead(String fixture) throws Exception {
    ParsedDocument document = parse(TestDocuments.copyFixture(dir, fixture));

    assertThat(document.title()).isEqualTo(FIXTURE_TITLE);
    assertThat(document.author()).isEqualTo("فاطمة الزهراء");
  }

  @Test
  void pdfReportsItsPageCount() throws Exception {
    ParsedDocument document = parse(TestDocuments.copyFixture(dir, "arabic-sample.pdf"));

    assertThat(document.metadata()).containsEntry("pages", "1");
  }

  @Test
  void odtThumbnailIsNotAnEmbeddedDocument() throws Exception {
    ParsedDocument document = parse(TestDocuments.copyFixture(dir, "arabic-sample.odt"));

    assertThat(document.embedded()).isEmpty();
  }

  @Test
  void placeholderDateIsDropped() throws Exception {
    // LibreOffice wrote the RTF creation time as \yr0\mo0\dy0: no date at all.
    ParsedDocument document = parse(TestDocuments.copyFixture(dir, "arabic-sample.rtf"));

    assertThat(document.created()).isNull();
  }

  @Test
  void emailSubjectIsTitleAndBodyIsText() throws Exception {
    String mail = TestDocuments.email("اجتماع اللجنة العلمية", ARABIC, null, null);
    Path file = Files.writeString(dir.resolve("message.eml"), mail, StandardCharsets.US_ASCII);

    ParsedDocument document = parse(file);

    assertThat(document.title()).isEqualTo("اجتماع اللجنة العلمية");
    assertThat(document.text()).contains(ARABIC);
    assertThat(document.author()).contains("فاطمة الزهراء");
    assertThat(document.created()).isEqualTo(Instant.parse("2026-03-03T10:15:00Z"));
    assertThat(document.contentType()).isEqualTo("message/rfc822");
  }

  @Test
  void emailAttachmentIsEmbeddedDocument() throws Exception {
    String mail =
        TestDocuments.email("اجتماع اللجنة العلمية", ARABIC, "ملاحظات.txt", "ملاحظات الاجتماع");
    Path file = Files.writeString(dir.resolve("message.eml"), mail, StandardCharsets.US_ASCII);

    ParsedDocument document = parse(file);

    assertThat(document.text()).contains(ARABIC);
    assertThat(document.embedded())
        .singleElement()
        .satisfies(
            attachment -> {
              assertThat(attachment.entryPath()).isEqualTo("ملاحظات.txt");
              assertThat(attachment.document().text()).isEqualTo("ملاحظات الاجتماع");
            });
  }

  @Test
  void epubTitleAuthorAndChapterTextAreRead() throws Exception {
    byte[] book = TestDocuments.epub("كتاب الاختبار", "ابن خلدون", ARABIC);
    Path file = Files.write(dir.resolve("book.epub"), book);

    ParsedDocument document = parse(file);

    assertThat(document.contentType()).isEqualTo("application/epub+zip");
    assertThat(document.title()).isEqualTo("كتاب الاختبار");
    assertThat(document.author()).isEqualTo("ابن خلدون");
    assertThat(words(document)).contains(ARABIC);
  }
}
