package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.fahras.api.DocumentParseException;
import org.junit.jupiter.api.Test;

class IndexReporterTest {

  final StringWriter text = new StringWriter();
  final PrintWriter err = new PrintWriter(text);

  @Test
  void failureIsOneLineWithPathAndReason() {
    new IndexReporter(err, false, true)
        .failed(Path.of("/d/x.pdf"), DocumentParseException.Reason.TOO_LARGE, "larger than the 1 MB limit");

    assertThat(text.toString()).isEqualTo("fahras: cannot index /d/x.pdf: too large: larger than the 1 MB limit" + System.lineSeparator());
  }

  @Test
  void terminalProgressRedrawsOneLineAndEndsIt() {
    IndexReporter r = new IndexReporter(err, true, true);
    r.planned(2, 2_000_000);
    r.progressed(1, 1_000_000);
    r.progressed(2, 2_000_000);

    String s = text.toString();
    assertThat(s).contains("\r\u001b[K[############............] 1/2 files, 1.0/2.0 MB");
    assertThat(s).contains("] 2/2 files, 2.0/2.0 MB");
    assertThat(s).endsWith(System.lineSeparator());
  }

  @Test
  void failureClearsTheProgressBarFirst() {
    IndexReporter r = new IndexReporter(err, true, true);
    r.planned(3, 300);
    r.progressed(1, 100);
    r.failed(Path.of("/d/y.txt"), DocumentParseException.Reason.CORRUPT, "bad");

    assertThat(text.toString()).contains("\r\u001b[Kfahras: cannot index /d/y.txt");
  }

  @Test
  void plainOutputSaysHowMuchWillBeReadAndPrintsNoBar() {
    IndexReporter r = new IndexReporter(err, false, true);
    r.planned(5, 5_000_000);
    r.progressed(5, 5_000_000);

    assertThat(text.toString()).isEqualTo("fahras: 5 files to read (5.0 MB)" + System.lineSeparator());
  }

  @Test
  void quietShowsNoProgress() {
    IndexReporter r = new IndexReporter(err, true, false);
    r.planned(5, 500);
    r.progressed(5, 500);

    assertThat(text.toString()).isEmpty();
  }
}
