package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.fahras.api.DocumentParseException;
import org.fahras.app.index.IndexListener;

/**
 * Tells the user how an indexing run goes, on stderr: one line per unreadable file and per
 * notice, and progress — a redrawn bar on a terminal (files, MB, rate, ETA), a plain line every
 * few seconds otherwise, nothing with {@code --quiet}.
 */
final class IndexReporter implements IndexListener {

  private static final long TERMINAL_REDRAW_NANOS = 200_000_000L;
  private static final long PLAIN_LINE_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 24;
  /** The run's age before an ETA is shown (with at least 1 % of the bytes read). */
  private static final double MIN_ETA_SECONDS = 2;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean progress;
  private final long start = System.nanoTime();
  private int totalFiles;
  private long totalBytes;
  private long lastDraw;
  private boolean barShown;

  /**
   * @param terminal whether stderr is a terminal (redraw in place)
   * @param progress whether to show progress at all
   */
  IndexReporter(PrintWriter err, boolean terminal, boolean progress) {
    this.err = err;
    this.terminal = terminal;
    this.progress = progress;
  }

  @Override
  public synchronized void planned(int files, long bytes) {
    totalFiles = files;
    totalBytes = bytes;
    if (progress && !terminal && files > 0) {
      err.printf(Locale.ROOT, "fahras: %d files to read (%.1f MB)%n", files, bytes / 1e6);
      err.flush();
    }
  }

  @Override
  public synchronized void progressed(long files, long bytes) {
    if (!progress) {
      return;
    }
    long now = System.nanoTime();
    boolean last = files >= totalFiles;
    // A terminal shows the bar at once; plain output (a log, a pipe) gets its first line a few
    // seconds into the run, not one for the first file.
    long since = terminal || lastDraw != 0 ? lastDraw : start;
    if (!last && now - since < (terminal ? TERMINAL_REDRAW_NANOS : PLAIN_LINE_NANOS)) {
      return;
    }
    lastDraw = now;
    String line = describe(files, bytes, now);
    if (terminal) {
      err.print("\r\u001b[K" + line);
      barShown = true;
      if (last) {
        err.println();
        barShown = false;
      }
    } else if (!last) {
      err.println("fahras: " + line);
    }
    err.flush();
  }

  String describe(long files, long bytes, long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double rate = bytes / 1e6 / seconds;
    String eta = "";
    // No ETA from the first files: they include the plugins' start (word lists, compilation) and
    // would promise hours for a run of seconds.
    if (seconds >= MIN_ETA_SECONDS && bytes * 100 >= totalBytes && totalBytes > bytes) {
      long left = (long) ((totalBytes - bytes) / (bytes / seconds));
      eta = String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60);
    }
    double fraction = totalBytes > 0 ? (double) bytes / totalBytes : (totalFiles > 0 ? (double) files / totalFiles : 1);
    int filled = (int) Math.round(Math.min(1, fraction) * BAR_WIDTH);
    String bar = terminal ? "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " : "";
    return String.format(
        Locale.ROOT,
        "%s%d/%d files, %.1f/%.1f MB, %.1f MB/s%s",
        bar,
        files,
        totalFiles,
        bytes / 1e6,
        totalBytes / 1e6,
        rate,
        eta);
  }

  @Override
  public void failed(Path file, DocumentParseException.Reason reason, String message) {
    line(
        "fahras: cannot index "
            + file
            + ": "
            + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + ": "
            + message);
  }

  @Override
  public void warning(Path file, String message) {
    line("fahras: note: " + file + ": " + message);
  }

  @Override
  public void notice(String message) {
    line("fahras: note: " + message);
  }

  private synchronized void line(String text) {
    if (barShown) {
      err.print("\r\u001b[K");
      barShown = false;
    }
    err.println(text);
    err.flush();
  }
}
