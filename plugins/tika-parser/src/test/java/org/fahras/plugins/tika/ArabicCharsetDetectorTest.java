package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte-statistics charset detector names the code page Arabic text was written in. */
class ArabicCharsetDetectorTest {

  private static final Charset CP1256 = ArabicCharsetDetector.WINDOWS_1256;
  private static final Charset ISO_8859_6 = ArabicCharsetDetector.ISO_8859_6;

  private static final String SHORT = "سلام عليكم";
  private static final String LONG =
      "تحتوي المكتبة على مخطوطات نادرة في الفلسفة والطب والفلك، وقد جمعها العلماء عبر القرون"
          + " في مدن كثيرة مثل بغداد والقاهرة ودمشق.\r\nيبحث فهرس في الوثائق العربية بسرعة ودقة؛"
          + " هل وجدت ما تبحث عنه؟\r\n";
  private static final String WITH_LATIN =
      "أصدرت منظمة UNESCO تقريرها السنوي (Annual Report 2024) عن حال التعليم في العالم العربي،\r\n"
          + "وقال المدير العام Mr. Smith إن النتائج مشجعة.\r\n";
  private static final String VOCALISED = "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ";

  /** Words of both code pages' shared range (ء…ض) and of the ranges where they differ. */
  private static final String[] WORDS = {
    "كتاب", "مدرسة", "الطالب", "في", "من", "إلى", "على", "هذا", "الذي", "قال", "يوم", "العربية",
    "ظل", "غير", "شمس", "صوت", "ضوء", "ثلاثة", "ذهب", "خبر", "حكومة", "جامعة", "أمس", "مؤتمر",
    "رئيس", "بيروت", "قطر", "عمان", "فلسطين", "الاقتصاد", "و", "ثم", "لكن", "حتى", "إن", "مع"
  };

  private static Charset detect(byte[] bytes) {
    return ArabicCharsetDetector.detect(bytes, 0, bytes.length);
  }

  @ParameterizedTest
  @CsvSource({"windows-1256", "ISO-8859-6"})
  void namesTheArabicCodePageOfShortLongLatinMixedAndVocalisedText(String name) {
    Charset charset = Charset.forName(name);
    for (String text : new String[] {SHORT, LONG, WITH_LATIN, LONG.repeat(40)}) {
      byte[] bytes = text.getBytes(charset);

      assertThat(detect(bytes)).as(text).isEqualTo(charset);
      assertThat(new String(bytes, detect(bytes))).isEqualTo(text);
    }
  }

  @Test
  void namesWindows1256ForVocalisedText() {
    // ISO-8859-6 has no code for the dagger alef of الرَّحْمَٰنِ; windows-1256 has none either, so
    // the test text leaves it out.
    String text = VOCALISED.replace("\u0670", "");

    assertThat(detect(text.getBytes(CP1256))).isEqualTo(CP1256);
    assertThat(detect(text.getBytes(ISO_8859_6))).isEqualTo(ISO_8859_6);
  }

  @RepeatedTest(50)
  void randomArabicSentencesDecodeExactly(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    StringBuilder text = new StringBuilder();
    int words = 3 + random.nextInt(60);
    for (int i = 0; i < words; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "\r\n" : " ");
    }
    for (Charset charset : new Charset[] {CP1256, ISO_8859_6}) {
      byte[] bytes = text.toString().getBytes(charset);
      Charset detected = detect(bytes);
      // Undecided is allowed (ICU then decides); a wrong answer is not.
      if (detected != null) {
        assertThat(new String(bytes, detected)).as(charset + ": " + text).isEqualTo(text.toString());
      } else {
        assertThat(words).as("only very short text may be undecided: " + text).isLessThan(6);
      }
    }
  }

  @Test
  void westernEuropeanTextIsLatin1OrWindows1252() {
    String french = "Le café de la bibliothèque est fermé le dimanche; à bientôt, élève!\r\n";
    assertThat(detect(french.getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(ArabicCharsetDetector.ISO_8859_1);
    String quoted = "\u201CLa réunion\u201D a eu lieu \u2013 enfin \u2026 coût : 20 \u20AC.";
    byte[] bytes = quoted.getBytes(ArabicCharsetDetector.WINDOWS_1252);

    assertThat(detect(bytes)).isEqualTo(ArabicCharsetDetector.WINDOWS_1252);
    assertThat(new String(bytes, detect(bytes))).isEqualTo(quoted);
  }

  @Test
  void asciiTextIsLatin1() {
    assertThat(detect("plain ASCII\r\ntext".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(ArabicCharsetDetector.ISO_8859_1);
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE", "UTF-16BE"})
  void utf16WithoutByteOrderMarkIsRecognisedByItsHighBytes(String name) {
    Charset charset = Charset.forName(name);
    for (String text : new String[] {LONG, WITH_LATIN, "The library opens at nine.\r\n"}) {
      byte[] bytes = text.getBytes(charset);

      assertThat(detect(bytes)).as(text).isEqualTo(charset);
    }
  }

  @Test
  void otherScriptsAndBinaryDataAreUndecided() {
    String russian = "Национальная библиотека открывает свои двери для исследователей.";
    assertThat(detect(russian.getBytes(Charset.forName("windows-1251")))).isNull();
    String hebrew = "הספרייה הלאומית פותחת את שעריה לחוקרים ולסטודנטים.";
    assertThat(detect(hebrew.getBytes(Charset.forName("windows-1255")))).isNull();
    assertThat(detect(hebrew.getBytes(Charset.forName("ISO-8859-8")))).isNull();
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertThat(detect(random)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-16BE"})
  void textFilesInTheseEncodingsTakeTheFastPathAndDecodeExactly(String name, @TempDir Path dir)
      throws Exception {
    Charset charset = Charset.forName(name);
    Path file = Files.write(dir.resolve("notes.txt"), LONG.getBytes(charset));

    ParsedDocument document = SharedParser.get().parse(ParseRequest.of(file));

    assertThat(document.text()).isEqualTo(LONG.strip());
    assertThat(document.metadata())
        .containsEntry("parser", PlainTextReader.PARSER_NAME)
        .containsEntry("encoding", charset.name());
    assertThat(document.language()).isEqualTo("ar");
  }

  @ParameterizedTest
  @CsvSource({"windows-1256", "ISO-8859-6", "UTF-16LE"})
  void tikasOwnTextParserUsesTheSameDetector(String name, @TempDir Path dir) throws Exception {
    Charset charset = Charset.forName(name);
    // ".text" is read by Tika's text parser, not the fast path.
    Path file = Files.write(dir.resolve("notes.text"), LONG.getBytes(charset));

    ParsedDocument document = SharedParser.get().parse(ParseRequest.of(file));

    assertThat(document.text()).isEqualTo(LONG.strip());
    assertThat(document.metadata().get("parser")).isNotEqualTo(PlainTextReader.PARSER_NAME);
    assertThat(Charset.forName(document.metadata().get("encoding"))).isEqualTo(charset);
  }

  @Test
  void encodingDetectorLeavesUtf8AndAsciiToIcu() throws Exception {
    ArabicEncodingDetector detector = new ArabicEncodingDetector();
    byte[] utf8 = LONG.repeat(200).getBytes(StandardCharsets.UTF_8); // cut mid-character at 12 KB

    assertThat(detector.detect(new java.io.ByteArrayInputStream(utf8), new org.apache.tika.metadata.Metadata()))
        .isNull();
    assertThat(
            detector.detect(
                new java.io.ByteArrayInputStream("ascii only".getBytes(StandardCharsets.US_ASCII)),
                new org.apache.tika.metadata.Metadata()))
        .isNull();
    java.io.ByteArrayInputStream cp1256 = new java.io.ByteArrayInputStream(LONG.getBytes(CP1256));
    assertThat(detector.detect(cp1256, new org.apache.tika.metadata.Metadata())).isEqualTo(CP1256);
    assertThat(cp1256.read()).as("stream reset").isEqualTo(LONG.getBytes(CP1256)[0] & 0xFF);
  }
}
