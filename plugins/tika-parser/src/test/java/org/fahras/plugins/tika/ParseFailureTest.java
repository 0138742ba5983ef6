package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files Tika cannot read fail with a reason and a message the user can act on. */
class ParseFailureTest {

  @TempDir Path dir;

  private ParsedDocument parse(Path file) throws DocumentParseException {
    return SharedParser.get().parse(ParseRequest.of(file));
  }

  private static DocumentParseException failure(ThrowingParse parse) {
    Throwable thrown = catchThrowable(parse::run);
    assertThat(thrown).isInstanceOf(DocumentParseException.class);
    return (DocumentParseException) thrown;
  }

  private interface ThrowingParse {
    void run() throws Exception;
  }

  @Test
  void randomBytesNamedPdfAreCorrupt() throws Exception {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path file = Files.write(dir.resolve("x.pdf"), noise);

    DocumentParseException e = failure(() -> parse(file));

    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage())
        .startsWith("damaged or not what its name says: ")
        .doesNotContain("\n");
  }

  @Test
  void emptyFileIsCorrupt() throws Exception {
    Path file = Files.write(dir.resolve("empty.docx"), new byte[0]);

    DocumentParseException e = failure(() -> parse(file));

    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).isEqualTo("empty file (0 bytes)");
  }

  @Test
  void truncatedPdfGivesDocumentOrCorruptNothingElse() throws Exception {
    byte[] pdf = TestDocuments.fixture("arabic-sample.pdf");
    Path file = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));

    Throwable thrown = catchThrowable(() -> parse(file));

    // Tika 3.3.1 fails ("Missing root object specification in trailer"); a PDFBox that repairs
    // more may return what it recovered instead. Either is fine, anything else is not.
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(DocumentParseException.class);
      assertThat(((DocumentParseException) thrown).reason()).isEqualTo(Reason.CORRUPT);
    }
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws Exception {
    Path file = Files.write(dir.resolve("secret.pdf"), TestDocuments.passwordProtectedPdf("x"));

    DocumentParseException e = failure(() -> parse(file));

    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).isEqualTo("encrypted or password-protected");
  }

  @Test
  void missingFileIsIoError() {
    Path file = dir.resolve("gone.txt");

    DocumentParseException e = failure(() -> parse(file));

    assertThat(e.reason()).isEqualTo(Reason.IO);
    assertThat(e.getMessage()).startsWith("could not read the file: ");
  }

  @Test
  void unknownBinaryIsUnsupported() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path file = Files.write(dir.resolve("blob.bin"), noise);

    DocumentParseException e = failure(() -> parse(file));

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
    assertThat(e.getMessage()).contains("application/octet-stream");
  }

  @Test
  void textPastTheLimitIsCutWithWarning() throws Exception {
    String word = "مكتبة ";
    Path file = Files.writeString(dir.resolve("long.txt"), word.repeat(200_000 / word.length()));

    ParsedDocument document =
        SharedParser.get().parse(new ParseRequest(file, 1000, ParseRequest.DEFAULT_TIMEOUT));

    assertThat(document.text()).hasSizeLessThanOrEqualTo(1000).startsWith("مكتبة مكتبة");
    assertThat(document.text().length()).isGreaterThan(900);
    assertThat(document.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("text cut at 1000 characters"));
  }

  @Test
  void textUnderTheLimitHasNoWarning() throws Exception {
    Path file = Files.writeString(dir.resolve("short.txt"), "مكتبة ".repeat(100));

    ParsedDocument document =
        SharedParser.get().parse(new ParseRequest(file, 1000, ParseRequest.DEFAULT_TIMEOUT));

    assertThat(document.warnings()).isEmpty();
  }
}
