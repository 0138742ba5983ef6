package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.tika.TestDocuments.ARABIC;
import static org.fahras.plugins.tika.TestDocuments.FIXTURE_SENTENCE;
import static org.fahras.plugins.tika.TestDocuments.FIXTURE_TITLE;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.ParsedDocument.EmbeddedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every other format Fahras promises, each with Arabic text that must come out in logical order
 * (not reversed, no presentation forms), with the metadata the format carries.
 *
 * <p>The {@code .doc} fixture was made by LibreOffice from {@code arabic-sample.html}; the
 * spreadsheets and presentations from {@code arabic-sheet.fods} and {@code arabic-slides.fodp}
 * (see {@code test-documents/README.md}). Text formats, mail and e-books are written by the tests.
 */
class MoreFormatsTest {

  private static final String SHEET_TITLE = "جدول المخطوطات";
  private static final String SLIDES_TITLE = "عرض المكتبة العربية";
  private static final String AUTHOR = "فاطمة الزهراء";
  private static final Instant FIXTURE_CREATED = Instant.parse("2026-03-01T09:30:00Z");

  @TempDir Path dir;

  private static ParsedDocument parse(Path file) throws Exception {
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  /** The text with each run of white space as one space. */
  private static String words(ParsedDocument document) {
    return document.text().replaceAll("\\s+", " ");
  }

  /**
   * Asserts {@code phrase} is in the text as written: in reading order, not reversed word by word
   * or letter by letter, and with no Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF),
   * which would not match typed queries.
   */
  static void assertLogicalArabic(ParsedDocument document, String phrase) {
    String text = words(document);
    assertThat(text).contains(phrase);
    assertThat(text).doesNotContain(new StringBuilder(phrase).reverse().toString());
    text.chars()
        .forEach(
            c ->
                assertThat((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
                    .as("presentation form U+%04X", c)
                    .isFalse());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arabic-sample.odt", "arabic-sample.docx", "arabic-sample.doc", "arabic-sample.rtf",
        "arabic-sample.pdf"
      })
  void headingAndNextParagraphStaySeparateWords(String fixture) throws Exception {
    ParsedDocument document = parse(TestDocuments.copyFixture(dir, fixture));

    // The heading «تقرير المكتبة العربية» is followed by «تحتوي المكتبة …».
    assertThat(document.text()).doesNotContain("العربيةتحتوي");
    assertThat(words(document)).contains("العربية " + FIXTURE_SENTENCE);
  }

  @Test
  void wordDocTextTitleAndAuthor() throws Exception {
    ParsedDocument doc = parse(TestDocuments.copyFixture(dir, "arabic-sample.doc"));

    assertLogicalArabic(doc, FIXTURE_SENTENCE);
    assertThat(words(doc)).contains("Fahras indexes Arabic documents");
    assertThat(doc.contentType()).isEqualTo("application/msword");
    assertThat(doc.title()).isEqualTo(FIXTURE_TITLE);
    assertThat(doc.author()).isEqualTo(AUTHOR);
    assertThat(doc.language()).isEqualTo("ar");
  }

  @ParameterizedTest
  @CsvSource({
    "arabic-sheet.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "arabic-sheet.xls,  application/vnd.ms-excel",
    "arabic-sheet.ods,  application/vnd.oasis.opendocument.spreadsheet"
  })
  void spreadsheetCellsTitleAuthorAndDate(String fixture, String contentType) throws Exception {
    ParsedDocument sheet = parse(TestDocuments.copyFixture(dir, fixture));

    assertLogicalArabic(sheet, "القانون في الطب");
    assertLogicalArabic(sheet, "مقدمة ابن خلدون");
    assertThat(words(sheet)).contains("ابن سينا").contains("1025");
    assertThat(sheet.contentType()).isEqualTo(contentType);
    assertThat(sheet.title()).isEqualTo(SHEET_TITLE);
    assertThat(sheet.author()).isEqualTo(AUTHOR);
    assertThat(sheet.created()).isEqualTo(FIXTURE_CREATED);
    assertThat(sheet.language()).isEqualTo("ar");
  }

  @ParameterizedTest
  @CsvSource({
    "arabic-slides.pptx, application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "arabic-slides.odp,  application/vnd.oasis.opendocument.presentation"
  })
  void presentationSlidesInOrderWithTitleAuthorAndDate(String fixture, String contentType)
      throws Exception {
    ParsedDocument slides = parse(TestDocuments.copyFixture(dir, fixture));

    assertLogicalArabic(slides, FIXTURE_SENTENCE);
    String text = words(slides);
    assertThat(text.indexOf("تاريخ المكتبة العربية"))
        .isNotNegative()
        .isLessThan(text.indexOf("الشريحة الثانية: فهرسة الوثائق"));
    assertThat(slides.contentType()).isEqualTo(contentType);
    assertThat(slides.title()).isEqualTo(SLIDES_TITLE);
    assertThat(slides.author()).isEqualTo(AUTHOR);
    assertThat(slides.created()).isEqualTo(FIXTURE_CREATED);
    assertThat(slides.language()).isEqualTo("ar");
  }

  @Test
  void xhtmlTitleAuthorAndBody() throws Exception {
    String xhtml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"ar\" dir=\"rtl\"><head>"
            + "<title>صفحة المكتبة</title><meta name=\"author\" content=\"فاطمة الزهراء\"/></head>"
            + "<body><p>"
            + ARABIC
            + "</p></body></html>";
    ParsedDocument page = parse(Files.writeString(dir.resolve("page.xhtml"), xhtml));

    assertLogicalArabic(page, ARABIC);
    assertThat(page.contentType()).isEqualTo("application/xhtml+xml");
    assertThat(page.title()).isEqualTo("صفحة المكتبة");
    assertThat(page.author()).isEqualTo(AUTHOR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1256"})
  void csvCellsAreText(String charset) throws Exception {
    String csv = "الاسم,المدينة,السنة\r\nأحمد,بغداد,2024\r\nفاطمة,القاهرة,2025\r\n";
    Path file =
        Files.write(dir.resolve("people.csv"), csv.getBytes(Charset.forName(charset)));

    ParsedDocument table = parse(file);

    assertLogicalArabic(table, "فاطمة,القاهرة,2025");
    assertThat(table.contentType()).startsWith("text/");
    assertThat(Charset.forName(table.metadata().get("encoding"))).isEqualTo(Charset.forName(charset));
  }

  @Test
  void xmlElementTextIsRead() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<library><book lang=\"ar\">"
            + "<title>مقدمة ابن خلدون</title><summary>"
            + ARABIC
            + "</summary></book></library>";
    ParsedDocument document = parse(Files.writeString(dir.resolve("library.xml"), xml));

    assertLogicalArabic(document, ARABIC);
    assertLogicalArabic(document, "مقدمة ابن خلدون");
    assertThat(document.contentType()).isEqualTo("application/xml");
  }

  @Test
  void markdownIsReadAsText() throws Exception {
    String markdown = "# دليل فهرس\n\nيبحث **فهرس** في الوثائق العربية.\n\n- البحث بالجذر\n";
    ParsedDocument document = parse(Files.writeString(dir.resolve("guide.md"), markdown));

    assertLogicalArabic(document, "دليل فهرس");
    assertLogicalArabic(document, "البحث بالجذر");
    assertThat(document.contentType()).isEqualTo("text/markdown");
    assertThat(document.language()).isEqualTo("ar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16TextWithByteOrderMarkIsDecoded(String charset) throws Exception {
    byte[] body = (ARABIC + "\r\n").getBytes(Charset.forName(charset));
    byte[] bom =
        charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    ParsedDocument document = parse(Files.write(dir.resolve("unicode.txt"), bytes));

    assertThat(document.text()).isEqualTo(ARABIC);
    assertThat(document.contentType()).isEqualTo("text/plain");
  }

  @Test
  void mboxMessagesAreEmbeddedDocumentsWithTheirAttachments() throws Exception {
    String mbox =
        TestMessages.mbox(
            TestDocuments.email("الرسالة الأولى", "نص الرسالة الأولى", null, null),
            TestDocuments.email("الرسالة الثانية", ARABIC, "ملاحظات.txt", "ملاحظات الاجتماع"));

    ParsedDocument box = parse(Files.writeString(dir.resolve("inbox.mbox"), mbox));

    assertThat(box.contentType()).isEqualTo("application/mbox");
    assertThat(box.embedded()).hasSize(2);
    assertThat(box.embedded()).allSatisfy(e -> assertThat(e.entryPath()).startsWith("message-"));
    assertThat(box.embedded()).extracting(EmbeddedDocument::entryPath).doesNotHaveDuplicates();
    ParsedDocument first = box.embedded().get(0).document();
    assertThat(first.title()).isEqualTo("الرسالة الأولى");
    assertLogicalArabic(first, "نص الرسالة الأولى");
    ParsedDocument second = box.embedded().get(1).document();
    assertThat(second.title()).isEqualTo("الرسالة الثانية");
    assertLogicalArabic(second, ARABIC);
    assertThat(second.embedded())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.entryPath()).isEqualTo("ملاحظات.txt");
              assertThat(a.document().text()).isEqualTo("ملاحظات الاجتماع");
            });
  }

  @Test
  void outlookMessageSubjectSenderDateAndBody() throws Exception {
    Instant sent = Instant.parse("2026-03-03T10:15:00Z");
    byte[] msg = TestMessages.outlookMessage("اجتماع اللجنة العلمية", AUTHOR, ARABIC, sent);

    ParsedDocument message = parse(Files.write(dir.resolve("minutes.msg"), msg));

    assertThat(message.contentType()).isEqualTo("application/vnd.ms-outlook");
    assertThat(message.title()).isEqualTo("اجتماع اللجنة العلمية");
    assertThat(message.author()).isEqualTo(AUTHOR);
    assertThat(message.created()).isEqualTo(sent);
    assertLogicalArabic(message, ARABIC);
    assertThat(message.language()).isEqualTo("ar");
  }

  @Test
  void epubNavigationStylesFontsAndPicturesAreNotSeparateResults() throws Exception {
    Map<String, byte[]> extra = new LinkedHashMap<>();
    extra.put("OEBPS/nav.xhtml", TestDocuments.utf8(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
            + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>المحتويات</title></head>"
            + "<body><nav epub:type=\"toc\"><ol><li><a href=\"chapter1.xhtml\">الفصل الأول</a>"
            + "</li></ol></nav></body></html>"));
    extra.put("OEBPS/style.css", TestDocuments.utf8("body { direction: rtl; }"));
    extra.put("OEBPS/cover.png", TestDocuments.onePixelPng());
    extra.put("OEBPS/font.ttf", new byte[] {0, 1, 0, 0, 0, 4, 0, 0});
    byte[] book = TestDocuments.epub3("كتاب الاختبار", "ابن خلدون", ARABIC, extra);

    ParsedDocument document = parse(Files.write(dir.resolve("book.epub"), book));

    assertLogicalArabic(document, ARABIC);
    assertThat(document.embedded()).isEmpty();
    assertThat(document.text()).doesNotContain("nav.xhtml", "cover.png", "style.css", "font.ttf");
    assertThat(document.title()).isEqualTo("كتاب الاختبار");
    assertThat(document.metadata()).containsEntry("declaredLanguage", "ar");
  }

  @Test
  void picturesInAnArchiveStayResults() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("photos/pixel.png", TestDocuments.onePixelPng());
    Path file = Files.write(dir.resolve("photos.zip"), TestDocuments.zip(entries, false));

    ParsedDocument zip = parse(file);

    assertThat(zip.embedded()).extracting(EmbeddedDocument::entryPath).containsExactly("photos/pixel.png");
  }

  @Test
  void utf8BytesAreNotMistakenForACodePage() throws Exception {
    byte[] bytes = ("Report: " + ARABIC).getBytes(StandardCharsets.UTF_8);

    assertThat(parse(Files.write(dir.resolve("r.csv"), bytes)).text()).contains(ARABIC);
  }
}
