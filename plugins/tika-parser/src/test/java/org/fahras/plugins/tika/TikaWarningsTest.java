package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

/** Tika's recorded problems become one-line warnings. */
class TikaWarningsTest {

  private static final String TRACE =
      "org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from PDFParser\n"
          + "\tat org.apache.tika.parser.CompositeParser.parse(CompositeParser.java:304)\n"
          + "Caused by: java.io.IOException: Missing root object specification in trailer.\n"
          + "\tat org.apache.pdfbox.pdfparser.COSParser.parseTrailer(COSParser.java:99)\n"
          + "\t... 12 more\n";

  @Test
  void summaryIsTheInnermostCauseMessage() {
    assertThat(TikaWarnings.summarize(TRACE))
        .isEqualTo("Missing root object specification in trailer.");
  }

  @Test
  void summaryOfMessagelessExceptionIsItsClassName() {
    assertThat(TikaWarnings.summarize("java.lang.NullPointerException\n\tat a.B.c(B.java:1)"))
        .isEqualTo("NullPointerException");
  }

  @Test
  void summaryKeepsPlainTextThatMerelyContainsADot() {
    assertThat(TikaWarnings.summarize("file.txt: unexpected end"))
        .isEqualTo("file.txt: unexpected end");
  }

  @Test
  void embeddedExceptionIsAFailure() {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.EMBEDDED_EXCEPTION, TRACE);

    assertThat(TikaWarnings.embeddedFailure(metadata))
        .isEqualTo("Missing root object specification in trailer.");
  }

  @Test
  void encryptedEntryFailureSaysEncrypted() {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.IS_ENCRYPTED, true);
    metadata.set(TikaCoreProperties.EMBEDDED_EXCEPTION, TRACE);

    assertThat(TikaWarnings.embeddedFailure(metadata)).isEqualTo("encrypted or password-protected");
  }

  @Test
  void cleanResourceHasNoWarnings() {
    Metadata metadata = new Metadata();

    assertThat(TikaWarnings.embeddedFailure(metadata)).isNull();
    assertThat(TikaWarnings.of(metadata, 1000)).isEmpty();
  }

  @Test
  void writeLimitReachedIsWarnedWithTheLimit() {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.WRITE_LIMIT_REACHED, true);

    assertThat(TikaWarnings.of(metadata, 1000))
        .containsExactly("text cut at 1000 characters (the text limit); the rest was not read");
  }
}
