package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** What Tika throws maps to a reason and a one-line message. */
class ParseFailuresTest {

  @Test
  void encryptionWrappedInTikaExceptionIsEncrypted() {
    Exception failure = new TikaException("outer", new EncryptedDocumentException("no password"));

    DocumentParseException e = ParseFailures.translate(failure);

    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).isEqualTo("encrypted or password-protected");
    assertThat(e.getCause()).isSameAs(failure);
  }

  @Test
  void zeroByteFileIsCorruptEmptyFile() {
    DocumentParseException e =
        ParseFailures.translate(new ZeroByteFileException("InputStream must have > 0 bytes"));

    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).isEqualTo("empty file (0 bytes)");
  }

  @Test
  void tikaExceptionIsCorruptWithRootCauseOnOneLine() {
    Exception failure =
        new TikaException(
            "TIKA-198: Illegal IOException", new IOException("bad xref\n  at offset 12"));

    DocumentParseException e = ParseFailures.translate(failure);

    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage())
        .isEqualTo("damaged or not what its name says: bad xref at offset 12");
  }

  @Test
  void saxExceptionIsCorrupt() {
    assertThat(ParseFailures.translate(new SAXException("unexpected end")).reason())
        .isEqualTo(Reason.CORRUPT);
  }

  @Test
  void zipBombIsTooLarge() {
    DocumentParseException e = ParseFailures.translate(new TikaException("Zip bomb detected!"));

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void bareIoExceptionIsIo() {
    DocumentParseException e = ParseFailures.translate(new IOException("Input/output error"));

    assertThat(e.reason()).isEqualTo(Reason.IO);
    assertThat(e.getMessage()).isEqualTo("could not read the file: Input/output error");
  }

  @Test
  void runtimeExceptionIsOtherNamedByClassWhenMessageless() {
    DocumentParseException e = ParseFailures.translate(new NullPointerException());

    assertThat(e.reason()).isEqualTo(Reason.OTHER);
    assertThat(e.getMessage())
        .isEqualTo("the Tika parser failed unexpectedly: NullPointerException");
  }

  @Test
  void stackOverflowIsTooLarge() {
    assertThat(ParseFailures.translate(new StackOverflowError()).reason())
        .isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void longMessageIsCut() {
    String message = ParseFailures.describe(new TikaException("x".repeat(1000)));

    assertThat(message).hasSize(201).endsWith("…");
  }
}
