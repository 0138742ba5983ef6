package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.tika.TestDocuments.ARABIC;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain text and HTML in the encodings Arabic files come in. */
class TextAndHtmlParsingTest {

  /** Long enough for a charset detector to be sure, as real files are. */
  private static final String ARABIC_TEXT =
      ARABIC
          + ".\n"
          + "تحتوي المكتبة على مخطوطات نادرة في الفلسفة والطب والفلك، "
          + "وقد جمعها العلماء عبر القرون في مدن كثيرة مثل بغداد والقاهرة ودمشق.\n";

  @TempDir Path dir;

  private ParsedDocument parse(Path file) throws Exception {
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1256", "ISO-8859-6"})
  void plainTextInArabicEncodingIsDecodedExactly(String charset) throws Exception {
    Path file =
        Files.write(dir.resolve("notes.txt"), ARABIC_TEXT.getBytes(Charset.forName(charset)));

    ParsedDocument document = parse(file);

    assertThat(document.text()).isEqualTo(ARABIC_TEXT.strip());
    assertThat(document.contentType()).isEqualTo("text/plain");
    assertThat(document.language()).isEqualTo("ar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
  void singleByteArabicEncodingIsReportedInMetadata(String charset) throws Exception {
    Path file =
        Files.write(dir.resolve("notes.txt"), ARABIC_TEXT.getBytes(Charset.forName(charset)));

    ParsedDocument document = parse(file);

    assertThat(Charset.forName(document.metadata().get("encoding")))
        .isEqualTo(Charset.forName(charset));
  }

  @Test
  void htmlWithMetaCharsetIsDecodedWithThatCharset() throws Exception {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
            + "<title>عنوان الصفحة</title></head><body><p>"
            + ARABIC
            + "</p></body></html>";
    Path file =
        Files.write(dir.resolve("page.html"), html.getBytes(Charset.forName("windows-1256")));

    ParsedDocument document = parse(file);

    assertThat(document.title()).isEqualTo("عنوان الصفحة");
    assertThat(document.text()).contains(ARABIC);
    assertThat(document.contentType()).isEqualTo("text/html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1256"})
  void htmlWithoutMetaCharsetIsDecodedByDetection(String charset) throws Exception {
    String html =
        "<html><head><title>عنوان الصفحة</title></head><body><p>"
            + ARABIC_TEXT
            + "</p></body></html>";
    Path file = Files.write(dir.resolve("page.htm"), html.getBytes(Charset.forName(charset)));

    ParsedDocument document = parse(file);

    assertThat(document.title()).isEqualTo("عنوان الصفحة");
    assertThat(document.text()).contains(ARABIC).doesNotContain("<p>");
  }

  @Test
  void htmlWithoutTitleHasNullTitle() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bare.html"),
            "<html><head><title>  </title></head><body>" + ARABIC + "</body></html>");

    assertThat(parse(file).title()).isNull();
  }
}
