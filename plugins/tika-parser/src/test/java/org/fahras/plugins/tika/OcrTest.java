package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.PluginOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scanned pages and pictures: read by Tesseract ({@code ara+eng}) when it is installed, reported
 * as unread with the install hint when it is not, or when OCR is switched off. The pictures are
 * drawn by the test ({@link TestImages}).
 *
 * <p>Where Tesseract is not installed, the tests that would read scans assert the "not installed"
 * report instead, so they never pass by being skipped.
 */
class OcrTest {

  private static final List<String> LINES =
      List.of("المكتبة الوطنية تفتح أبوابها", "للباحثين في كل يوم");

  /** Words of {@link #LINES} the recognised text must hold (after {@link #normalise}). */
  private static final List<String> WORDS = List.of("المكتبة", "الوطنية", "تفتح", "أبوابها", "يوم");

  /** A parser of its own, reconfigured by the tests (the shared one keeps the defaults). */
  private static TikaDocumentParser configurable;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    configurable = new TikaDocumentParser();
  }

  @AfterAll
  static void reset() {
    configurable.configure(Map.of());
  }

  /** Arabic letters as a search would compare them: no harakat, one alef, ى as ي, ة as ه. */
  static String normalise(String text) {
    return text.replaceAll("[\\u064B-\\u0652\\u0640]", "")
        .replaceAll("[أإآٱ]", "ا")
        .replace('ى', 'ي')
        .replace('ة', 'ه')
        .replaceAll("\\s+", " ");
  }

  private static BufferedImage page() {
    return TestImages.page(LINES);
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static void assertReadsTheWords(ParsedDocument document) {
    String text = normalise(document.text());
    for (String word : WORDS) {
      assertThat(text).contains(normalise(word));
    }
    assertThat(document.language()).isEqualTo("ar");
  }

  private static void assertUnreadWithInstallHint(TikaDocumentParser parser, Path file) {
    assertThatThrownBy(() -> parser.parse(ParseRequest.of(file)))
        .isInstanceOf(DocumentParseException.class)
        .hasMessageContaining(OcrSupport.INSTALL_HINT)
        .satisfies(e -> assertThat(((DocumentParseException) e).reason()).isEqualTo(Reason.UNSUPPORTED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg", "tiff"})
  void pictureOfArabicTextIsReadWhenTesseractIsInstalled(String format) throws Exception {
    Path file = write("scan." + format, TestImages.encode(page(), format));
    TikaDocumentParser parser = SharedParser.get();

    if (parser.ocrActive()) {
      ParsedDocument document = parser.parse(ParseRequest.of(file));
      assertReadsTheWords(document);
      assertThat(document.contentType()).startsWith("image/");
    } else {
      assertUnreadWithInstallHint(parser, file);
    }
  }

  @Test
  void scannedPdfIsReadWhenTesseractIsInstalled() throws Exception {
    Path file = write("scan.pdf", TestImages.scannedPdf(page()));
    TikaDocumentParser parser = SharedParser.get();

    if (parser.ocrActive()) {
      ParsedDocument document = parser.parse(ParseRequest.of(file));
      assertReadsTheWords(document);
      assertThat(document.metadata()).containsEntry("pages", "1");
    } else {
      assertUnreadWithInstallHint(parser, file);
    }
  }

  @Test
  void missingTesseractMakesScansUnreadWithTheInstallHint() throws Exception {
    configurable.configure(
        Map.of(TikaDocumentParser.OPTION_TESSERACT_FOLDER, dir.resolve("no-such-folder").toString()));
    Path picture = write("scan.png", TestImages.encode(page(), "png"));
    Path pdf = write("scan.pdf", TestImages.scannedPdf(page()));

    assertThat(configurable.ocrActive()).isFalse();
    assertUnreadWithInstallHint(configurable, picture);
    assertUnreadWithInstallHint(configurable, pdf);
    // Everything else is read as before.
    Path text = Files.writeString(dir.resolve("notes.txt"), TestDocuments.ARABIC);
    assertThat(configurable.parse(ParseRequest.of(text)).text()).isEqualTo(TestDocuments.ARABIC);
  }

  @Test
  void scanInsideAnArchiveIsAnEntrySayingWhyItIsEmpty() throws Exception {
    configurable.configure(Map.of(TikaDocumentParser.OPTION_OCR, "false"));
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("scans/page1.png", TestImages.encode(page(), "png"));
    Path zip = write("scans.zip", TestDocuments.zip(entries, false));

    ParsedDocument archive = configurable.parse(ParseRequest.of(zip));

    assertThat(archive.embedded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.entryPath()).isEqualTo("scans/page1.png");
              assertThat(e.document().text()).isEmpty();
              assertThat(e.document().warnings()).containsExactly(OcrSupport.SWITCHED_OFF);
            });
  }

  @Test
  void missingArabicDataIsReportedLikeAMissingProgram() {
    OcrSupport ocr = OcrSupport.probe(true, "", "ara+no-such-language");

    assertThat(ocr.active()).isFalse();
    assertThat(ocr.notice()).contains(OcrSupport.INSTALL_HINT);
  }

  @Test
  void switchedOffOcrMakesScansUnreadSayingSo() throws Exception {
    configurable.configure(Map.of(TikaDocumentParser.OPTION_OCR, "false"));
    Path picture = write("scan.png", TestImages.encode(page(), "png"));

    assertThat(configurable.ocrActive()).isFalse();
    assertThatThrownBy(() -> configurable.parse(ParseRequest.of(picture)))
        .isInstanceOf(DocumentParseException.class)
        .hasMessage(OcrSupport.SWITCHED_OFF);
  }

  @Test
  void pdfWithATextLayerNeedsNoOcr() throws Exception {
    configurable.configure(Map.of(TikaDocumentParser.OPTION_OCR, "false"));
    Path pdf = TestDocuments.copyFixture(dir, "arabic-sample.pdf");

    assertThat(configurable.parse(ParseRequest.of(pdf)).text()).contains(TestDocuments.FIXTURE_TITLE);
  }

  @Test
  void invalidOptionValueIsRefused() {
    assertThatThrownBy(() -> configurable.configure(Map.of(TikaDocumentParser.OPTION_OCR, "yes")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsAreDeclaredWithLabels() throws Exception {
    assertThat(configurable.options())
        .extracting(PluginOption::key)
        .containsExactly(
            TikaDocumentParser.OPTION_OCR,
            TikaDocumentParser.OPTION_OCR_LANGUAGES,
            TikaDocumentParser.OPTION_TESSERACT_FOLDER,
            TikaDocumentParser.OPTION_ISOLATION,
            TikaDocumentParser.OPTION_PROCESS_MEMORY);
    java.util.ResourceBundle labels =
        java.util.ResourceBundle.getBundle("org.fahras.plugins.tika.messages");
    for (PluginOption option : configurable.options()) {
      assertThat(labels.getString(option.labelKey())).isNotBlank();
    }
  }

  @Test
  void persianYehAndKehehFromOcrAreFolded() {
    assertThat(OcrSupport.fold("کتاب فی المکتبة")).isEqualTo("كتاب في المكتبة");
  }

  @Test
  void ocrIsRecognisedFromTheParsersTikaRecorded() {
    Metadata scanned = new Metadata();
    scanned.add(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET, TesseractOCRParser.class.getName());
    Metadata typed = new Metadata();
    typed.add(TikaCoreProperties.TIKA_PARSED_BY, "org.apache.tika.parser.pdf.PDFParser");

    assertThat(OcrSupport.ranOn(scanned)).isTrue();
    assertThat(OcrSupport.ranOn(typed)).isFalse();
  }
}
