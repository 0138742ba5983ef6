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

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1256", "ISO-8859-6"})
  void longFileGivesTheTextOfTikasTextParser(String charset) throws Exception {
    // Longer than the encoding sample and than Tika's own 12 KB detection window.
    byte[] bytes = TEXT.repeat(120).getBytes(Charset.forName(charset));
    ParsedDocument fast = parse(Files.write(dir.resolve("long.txt"), bytes));
    ParsedDocument tika = parse(Files.write(dir.resolve("long.text"), bytes));

    assertThat(fast.metadata().get("parser")).isEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(fast.text()).isEqualTo(tika.text()).isEqualTo(TEXT.repeat(120).strip());
    assertThat(Charset.forName(fast.metadata().get("encoding"))).isEqualTo(Charset.forName(charset));
    assertThat(fast.language()).isEqualTo(tika.language()).isEqualTo("ar");
  }

  @Test
  void arabicTextWithAnHtmlTagNearTheStartIsLeftToTika() throws Exception {
    String html = "مرحبا بكم <html><body><p>نص الصفحة</p></body></html>";

    ParsedDocument document = parse(Files.writeString(dir.resolve("page.txt"), html));

    assertThat(document.metadata().get("parser")).isNotEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(document.contentType()).isEqualTo("text/html");
  }

  @Test
  void englishTextStillTakesTheFastPathAfterTikasTypeCheck() throws Exception {
    String text = "The national library opens its doors to researchers. مكتبة";

    ParsedDocument document = parse(Files.writeString(dir.resolve("english.txt"), text));

    assertThat(document.metadata().get("parser")).isEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(document.text()).isEqualTo(text);
  }

  @Test
  void textStartingWithArabicLooksLikeProse() {
    byte[] utf8 = ("\n  " + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.looksLikeProse(utf8, 0)).isTrue();
    assertThat(PlainTextReader.looksLikeProse(TEXT.getBytes(Charset.forName("windows-1256")), 0))
        .isTrue();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xD9, (byte) 0x85};
    assertThat(PlainTextReader.looksLikeProse(bom, 3)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"(إعلان تونس) ", "- ابن خلدون: ", "12. النص ", "* بند أول ", "[1] المصدر ", "\"قال\" "})
  void textOpeningWithDigitsOrPunctuationThenArabicTakesTheFastPath(String opening) throws Exception {
    byte[] bytes = (opening + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.looksLikeProse(bytes, 0)).isTrue();

    ParsedDocument fast = parse(Files.write(dir.resolve("opening.txt"), bytes));
    ParsedDocument tika = parse(Files.write(dir.resolve("opening.text"), bytes));

    assertThat(fast.metadata().get("parser")).isEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(fast.contentType()).isEqualTo(tika.contentType()).startsWith("text/plain");
    assertThat(fast.text()).isEqualTo(tika.text());
    assertThat(fast.language()).isEqualTo(tika.language()).isEqualTo("ar");
  }

  @Test
  void punctuationBeforeAsciiLettersOrTooLongStillNeedsTikasTypeCheck() {
    assertThat(PlainTextReader.looksLikeProse("-----BEGIN PGP MESSAGE-----\nنص".getBytes(StandardCharsets.UTF_8), 0))
        .isFalse();
    assertThat(PlainTextReader.looksLikeProse("123456789 نص".getBytes(StandardCharsets.UTF_8), 0))
        .as("no non-ASCII byte in the first " + PlainTextReader.PROSE_OPENING_BYTES)
        .isFalse();
    assertThat(PlainTextReader.looksLikeProse("{\\rtf1 نص".getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    assertThat(PlainTextReader.looksLikeProse("#!/bin/sh نص".getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x04, 0x58, 0, 0, (byte) 0x90};
    assertThat(PlainTextReader.looksLikeProse(zstd, 0)).as("Zstandard frame").isFalse();
  }

  @Test
  void theUtf8ProbeAgreesWithTheJdksDecoder() {
    java.util.Random random = new java.util.Random(7);
    byte[][] pieces = {
      "مكتبة".getBytes(StandardCharsets.UTF_8), "a".getBytes(StandardCharsets.UTF_8),
      "€".getBytes(StandardCharsets.UTF_8), "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5}, {(byte) 0x80}, {(byte) 0xD9}
    };
    for (int n = 0; n < 20_000; n++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        // Mostly well-formed pieces, so that malformed ones sit at every position.
        out.writeBytes(pieces[random.nextInt(10) < 8 ? random.nextInt(4) : 4 + random.nextInt(pieces.length - 4)]);
      }
      byte[] b = out.toByteArray();
      boolean strict =
          !StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(b), java.nio.CharBuffer.allocate(b.length), true)
              .isError();
      assertThat(PlainTextReader.startsAsUtf8(b, 0, b.length)).as(java.util.Arrays.toString(b)).isEqualTo(strict);
    }
  }

  @Test
  void textStartingWithAsciiNeedsTikasTypeCheck() {
    assertThat(PlainTextReader.looksLikeProse("From: a@b.c\nمرحبا".getBytes(StandardCharsets.UTF_8), 0))
        .isFalse();
    assertThat(PlainTextReader.looksLikeProse("%PDF-1.7 مرحبا".getBytes(StandardCharsets.UTF_8), 0))
        .isFalse();
    assertThat(PlainTextReader.looksLikeProse("   ".getBytes(StandardCharsets.UTF_8), 0)).isFalse();
  }

  @Test
  void markupOrControlBytesNeedTikasTypeCheck() {
    String padding = "نص ".repeat(1000);
    assertThat(PlainTextReader.looksLikeProse((padding + "<html>").getBytes(StandardCharsets.UTF_8), 0))
        .as("'<' within the first 8 KB")
        .isFalse();
    assertThat(PlainTextReader.looksLikeProse("نص\u0000نص".getBytes(StandardCharsets.UTF_8), 0))
        .as("NUL")
        .isFalse();
    assertThat(PlainTextReader.looksLikeProse("نص\u001Bنص".getBytes(StandardCharsets.UTF_8), 0))
        .as("escape")
        .isFalse();
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    assertThat(PlainTextReader.looksLikeProse(jpeg, 0)).as("JPEG header").isFalse();
    byte[] utf16 = "مكتبة".getBytes(StandardCharsets.UTF_16LE);
    assertThat(PlainTextReader.looksLikeProse(utf16, 0)).as("UTF-16 without a mark").isFalse();
  }

  @Test
  void encodingSampleEndsAfterEnoughNonAsciiBytes() {
    byte[] arabic = TEXT.repeat(50).getBytes(Charset.forName("windows-1256"));
    int sample = PlainTextReader.detectionSample(arabic);
    assertThat(sample).isLessThan(2 * PlainTextReader.SAMPLE_NON_ASCII_BYTES);
    int nonAscii = 0;
    for (int i = 0; i < sample; i++) {
      nonAscii += arabic[i] < 0 ? 1 : 0;
    }
    assertThat(nonAscii).isEqualTo(PlainTextReader.SAMPLE_NON_ASCII_BYTES);

    byte[] ascii = "library ".repeat(5000).getBytes(StandardCharsets.US_ASCII);
    assertThat(PlainTextReader.detectionSample(ascii)).isEqualTo(PlainTextReader.SAMPLE_MAX_BYTES);
    assertThat(PlainTextReader.detectionSample(new byte[10])).isEqualTo(10);
  }

  @Test
  void utf8DecodingIsStrict() {
    byte[] text = "مكتبة".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.decodeUtf8(text, 0, true)).isEqualTo("مكتبة");
    assertThat(PlainTextReader.decodeUtf8("library".getBytes(StandardCharsets.UTF_8), 0, true)).isNull();
    assertThat(PlainTextReader.decodeUtf8("library".getBytes(StandardCharsets.UTF_8), 0, false))
        .isEqualTo("library");
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
    assertThat(PlainTextReader.decodeUtf8(overlong, 0, true)).isNull();
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThat(PlainTextReader.decodeUtf8(surrogate, 0, true)).isNull();
  }

  @Test
  void aReplacementCharacterSpelledInTheFileIsNotMalformedInput() {
    String withFffd = "مكتبة \uFFFD رقم";
    assertThat(PlainTextReader.decodeUtf8(withFffd.getBytes(StandardCharsets.UTF_8), 0, true)).isEqualTo(withFffd);
    byte[] truncated = java.util.Arrays.copyOf("مكتبة".getBytes(StandardCharsets.UTF_8), 9);
    assertThat(PlainTextReader.decodeUtf8(truncated, 0, true)).isNull();
    byte[] bytes = "  مكتبة  ".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.decodeUtf8(bytes, 2, bytes.length - 2, true)).isEqualTo("مكتبة");
  }

  @Test
  void trailingBlanksAreLeftOutBeforeDecodingButNotFormFeeds() {
    byte[] b = "نص\r\n \t\n".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.endWithoutAsciiBlanks(b, 0)).isEqualTo("نص".getBytes(StandardCharsets.UTF_8).length);
    byte[] ff = "نص\f\n".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.endWithoutAsciiBlanks(ff, 0)).isEqualTo(ff.length - 1);
    byte[] blank = "\n\n".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.endWithoutAsciiBlanks(blank, 1)).isEqualTo(1);
  }

  @Test
  void aFileEndingInLineBreaksReadsAsItsStrippedText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.write(f, "مرحبا بالعالم\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    Path g = dir.resolve("b.txt");
    Files.write(g, "مرحبا بالعالم\r\n\f".getBytes(StandardCharsets.UTF_8));
    PlainTextReader reader = new PlainTextReader(null, null);
    assertThat(reader.read(f, 1000).text()).isEqualTo("مرحبا بالعالم");
    assertThat(reader.read(g, 1000).text()).isEqualTo("مرحبا بالعالم\r\n\uFFFD");
  }

  @Test
  void theUtf8ProbeLooksAtTheStartOnly() {
    byte[] cp1256 = "مكتبة".getBytes(Charset.forName("windows-1256"));
    assertThat(PlainTextReader.startsAsUtf8(cp1256, 0, cp1256.length)).isFalse();
    // A two-byte letter cut by the end of the probe is not malformed.
    byte[] text = ("a" + "م".repeat(PlainTextReader.UTF8_PROBE_BYTES)).getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextReader.startsAsUtf8(text, 0, text.length)).isTrue();
    assertThat(PlainTextReader.decodeUtf8(text, 0, true)).hasSize(PlainTextReader.UTF8_PROBE_BYTES + 1);
    // Malformed input after the probe is still found by the decoding.
    byte[] late = java.util.Arrays.copyOf(text, text.length + 1);
    late[late.length - 1] = (byte) 0xC7;
    assertThat(PlainTextReader.startsAsUtf8(late, 0, late.length)).isTrue();
    assertThat(PlainTextReader.decodeUtf8(late, 0, true)).isNull();
    byte[] cut = java.util.Arrays.copyOf("م".getBytes(StandardCharsets.UTF_8), 1);
    assertThat(PlainTextReader.startsAsUtf8(cut, 0, 1)).isFalse();
  }

  @Test
  void bytesHandedOverByTheHostAreParsedInsteadOfTheFile() throws Exception {
    // The file on disk says one thing, the bytes the host read (API 1.6) another: the bytes win,
    // so the parser did not read the file again.
    Path file = Files.writeString(dir.resolve("once.txt"), "نص على القرص");
    byte[] read = TEXT.getBytes(Charset.forName("windows-1256"));

    ParsedDocument fromBytes =
        SharedParser.get().parse(new ParseRequest(file, 1_000_000, ParseRequest.DEFAULT_TIMEOUT, read));
    ParsedDocument fromFile = parse(Files.write(dir.resolve("same.txt"), read));

    assertThat(fromBytes.text()).isEqualTo(TEXT.strip()).isEqualTo(fromFile.text());
    assertThat(fromBytes.metadata()).isEqualTo(fromFile.metadata());
    assertThat(fromBytes.language()).isEqualTo("ar");
  }

  @Test
  void emptyBytesHandedOverAreAnEmptyFile() {
    Path file = dir.resolve("empty.txt");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SharedParser.get().parse(new ParseRequest(file, 1000, ParseRequest.DEFAULT_TIMEOUT, new byte[0])))
        .isInstanceOf(org.fahras.api.DocumentParseException.class)
        .hasMessageContaining("empty");
  }
}
