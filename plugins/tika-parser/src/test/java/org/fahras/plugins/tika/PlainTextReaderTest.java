package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain-text fast path gives what Tika's path gives, and leaves other files to Tika. */
class PlainTextReaderTest {

  private static final String TEXT =
      "\nالمكتبة الوطنية تفتح أبوابها للباحثين.\r\nقرأ الطلاب المخطوطات القديمة في القاعة الكبرى، "
          + "ثم ناقشوا ما وجدوه مع أمين المكتبة.\n\n";

  @TempDir Path dir;

  private ParsedDocument parse(Path file) throws Exception {
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1256", "ISO-8859-6"})
  void fastPathGivesTheFieldsOfTikasTextParser(String charset) throws Exception {
    byte[] bytes = TEXT.getBytes(Charset.forName(charset));
    // ".text" is plain text to Tika too, but only ".txt" takes the fast path.
    ParsedDocument fast = parse(Files.write(dir.resolve("notes.txt"), bytes));
    ParsedDocument tika = parse(Files.write(dir.resolve("notes.text"), bytes));

    assertThat(fast.metadata().get("parser")).isEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(tika.metadata().get("parser")).isNotEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(fast.text()).isEqualTo(tika.text()).isEqualTo(TEXT.strip());
    assertThat(fast.contentType()).isEqualTo(tika.contentType());
    assertThat(fast.language()).isEqualTo(tika.language()).isEqualTo("ar");
    assertThat(Charset.forName(fast.metadata().get("encoding"))).isEqualTo(Charset.forName(charset));
    assertThat(fast.title()).isEqualTo(tika.title());
    assertThat(fast.warnings()).isEqualTo(tika.warnings());
  }

  @Test
  void utf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    ParsedDocument document = parse(Files.write(dir.resolve("bom.txt"), bytes));

    assertThat(document.text()).isEqualTo(TEXT.strip());
  }

  @Test
  void txtFileHoldingHtmlIsLeftToTika() throws Exception {
    String html = "<html><head><title>عنوان</title></head><body><p>نص الصفحة</p></body></html>";

    ParsedDocument document = parse(Files.writeString(dir.resolve("page.txt"), html));

    assertThat(document.metadata().get("parser")).isNotEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(document.contentType()).isEqualTo("text/html");
  }

  @Test
  void controlCharactersBecomeReplacementCharacters() {
    assertThat(PlainTextReader.xmlSafe("أ\u0000ب\u0007ج\tد")).isEqualTo("أ\uFFFDب\uFFFDج\tد");
    assertThat(PlainTextReader.xmlSafe("\uD83D\uDE00 \uD83D")).isEqualTo("\uD83D\uDE00 \uFFFD");
  }

  @Test
  void utf8CheckNeedsWellFormedMultiByteText() {
    assertThat(PlainTextReader.isUtf8WithMultiByte("مكتبة".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(PlainTextReader.isUtf8WithMultiByte("library".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(PlainTextReader.isUtf8WithMultiByte("مكتبة".getBytes(Charset.forName("windows-1256"))))
        .isFalse();
    byte[] cut = "مكتبة".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.isUtf8WithMultiByte(java.util.Arrays.copyOf(cut, cut.length - 1))).isFalse();
  }
}
