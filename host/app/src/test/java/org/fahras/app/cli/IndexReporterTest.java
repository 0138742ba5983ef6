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
  void plainOutputWaitsBeforeItsFirstProgressLine() {
    IndexReporter r = new IndexReporter(err, false, true);
    r.planned(5000, 32_800_000);
    r.progressed(1, 6_000);

    // One file into the run: the plan only, no line with a rate or ETA of the plugins' start.
    assertThat(text.toString()).isEqualTo("fahras: 5000 files to read (32.8 MB)" + System.lineSeparator());
  }

  @Test
  void etaOnlyOnceTheRunHasAgeAndProgress() {
    IndexReporter r = new IndexReporter(err, true, true);
    r.planned(5000, 32_800_000);
    long now = System.nanoTime();

    assertThat(r.describe(1, 6_000, now + 10_000_000L)).doesNotContain("ETA");
    // Ten seconds in, with a tenth of the bytes read: another 90 seconds.
    assertThat(r.describe(500, 3_280_000, now + 1_000_000L)).doesNotContain("ETA");
    assertThat(r.describe(500, 3_280_000, now + 10_000_000_000L)).contains(", ETA 1:30");
    // Ten seconds in, a thousandth read: too little to extrapolate.
    assertThat(r.describe(5, 32_800, now + 10_000_000_000L)).doesNotContain("ETA");
  }

  @Test
  void quietShowsNoProgress() {
    IndexReporter r = new IndexReporter(err, true, false);
    r.planned(5, 500);
    r.progressed(5, 500);

    assertThat(text.toString()).isEmpty();
  }
}
