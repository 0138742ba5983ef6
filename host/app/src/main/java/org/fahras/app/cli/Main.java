package org.fahras.app.cli;

import java.awt.GraphicsEnvironment;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command-line entry point.
 *
 * <p>Exit codes: 0 when the command completed (an indexing run with some unreadable files still
 * completes), 1 when it failed (the message says why, one line, no stack trace unless {@code
 * FAHRAS_DEBUG} is set), 2 for a usage error.
 */
public final class Main {

  static {
    Logging.configureDefaults();
  }

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(withDefaultCommand(args, GraphicsEnvironment.isHeadless()), System.out, System.err));
  }

  /** Without arguments on a display, Fahras opens its window ({@code fahras gui}); else the usage. */
  static String[] withDefaultCommand(String[] args, boolean headless) {
    return args.length == 0 && !headless ? new String[] {"gui"} : args;
  }

  /** Runs one command with the given streams (UTF-8) and returns its exit code. */
  /** The byte stream behind the command's standard output, for binary output ({@code --out -}). */
  private static final ThreadLocal<PrintStream> RAW_OUT = new ThreadLocal<>();

  /** The standard output of the command running on this thread, as bytes. */
  static java.io.OutputStream rawOut() {
    PrintStream p = RAW_OUT.get();
    return p != null ? p : System.out;
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    RAW_OUT.set(out);
    try {
      return execute(args, out, err);
    } finally {
      RAW_OUT.remove();
    }
  }

  private static int execute(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new FahrasCommand());
    cl.setOut(o);
    cl.setErr(e);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          e.println("fahras: " + oneLine(ex));
          if (System.getenv("FAHRAS_DEBUG") != null) {
            ex.printStackTrace(e);
          }
          e.flush();
          return 1;
        });
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  static String oneLine(Throwable t) {
    if (org.fahras.app.index.IndexDamage.isDamage(t)) {
      return "the index is damaged or from another Lucene version (" + org.fahras.app.index.IndexDamage.detail(t)
          + "): rebuild it with `fahras index --rebuild [--index DIR] [PATH...]`, which sets the old one aside";
    }
    String msg = t.getMessage();
    if (msg == null || msg.isBlank()) {
      msg = t.getClass().getSimpleName();
    } else if (t instanceof java.nio.file.NoSuchFileException n && n.getReason() == null) {
      msg = "no such file or folder: " + msg;
    } else if (t instanceof java.nio.file.AccessDeniedException) {
      msg = "permission denied: " + msg;
    }
    return msg.replaceAll("\\s+", " ").strip();
  }
}
