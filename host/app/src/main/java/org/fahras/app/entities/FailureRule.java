package org.fahras.app.entities;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the host stops using a plugin extension that keeps failing (a parser, an entity
 * recogniser). Counted per extension: the inputs it failed on <em>unexpectedly</em> — it threw a
 * {@link RuntimeException} or an {@link Error} such as a {@link LinkageError} or a {@link
 * StackOverflowError} out of the plugin, or returned nothing — and the inputs it handled.
 * Expected failures (a parser's {@code DocumentParseException} for a corrupt or encrypted file)
 * count neither way: they say something about the file, not the plugin.
 *
 * <p>An extension is given up on after {@value #MAX_CONSECUTIVE} unexpected failures in a row (any
 * success ends the streak), or once it has failed unexpectedly on at least {@value
 * #RATIO_MIN_FAILURES} inputs and on at least half of all the inputs it was given (a plugin that
 * fails on every other file). {@link #failed} says so exactly once per extension, so the user is
 * told once. Safe for concurrent use; "in a row" is in the order the calls end.
 */
public final class FailureRule {

  /** Unexpected failures in a row after which an extension is given up on. */
  public static final int MAX_CONSECUTIVE = 10;

  /** Unexpected failures from which the ratio rule applies. */
  public static final int RATIO_MIN_FAILURES = 50;

  private static final class Counts {
    int calls;
    int failures;
    int streak;
    /** Why the extension was given up on, or null while it is not. */
    String givenUp;
  }

  private final Map<Object, Counts> counts = new ConcurrentHashMap<>();

  /** Records that {@code extension} handled an input: its streak of failures ends. */
  public void succeeded(Object extension) {
    Counts c = counts.computeIfAbsent(extension, k -> new Counts());
    synchronized (c) {
      c.calls++;
      c.streak = 0;
    }
  }

  /**
   * Records an unexpected failure of {@code extension}.
   *
   * @param what what the inputs are, in the plural ({@code files}, {@code texts})
   * @param error what went wrong this time, for the reason, e.g. {@code IllegalStateException:
   *     cannot cope}
   * @return why to give up on the extension, when this failure is the one that crosses a limit
   *     (once per extension), else null
   */
  public String failed(Object extension, String what, String error) {
    Counts c = counts.computeIfAbsent(extension, k -> new Counts());
    synchronized (c) {
      c.calls++;
      c.failures++;
      c.streak++;
      if (c.givenUp != null) {
        return null;
      }
      String why = null;
      if (c.streak >= MAX_CONSECUTIVE) {
        why = String.format(Locale.ROOT, "failed on %d %s in a row", c.streak, what);
      } else if (c.failures >= RATIO_MIN_FAILURES && c.failures * 2 >= c.calls) {
        why = String.format(Locale.ROOT, "failed on %d of %d %s", c.failures, c.calls, what);
      }
      if (why == null) {
        return null;
      }
      c.givenUp = error == null || error.isBlank() ? why : why + " (last: " + error + ")";
      return c.givenUp;
    }
  }

  /** Whether {@link #failed} has given up on {@code extension}. */
  public boolean gaveUp(Object extension) {
    return whyGivenUp(extension) != null;
  }

  /**
   * Why {@link #failed} gave up on {@code extension} (what it returned then), or null when it has
   * not: set in the same step as the count that crossed the limit, so a thread that asks sees the
   * decision at once, before the caller of {@link #failed} has acted on it.
   */
  public String whyGivenUp(Object extension) {
    Counts c = counts.get(extension);
    if (c == null) {
      return null;
    }
    synchronized (c) {
      return c.givenUp;
    }
  }

  /** A one-line description of a throwable for a reason: its simple class name and message. */
  public static String describe(Throwable e) {
    String msg = e.getMessage();
    String name = e.getClass().getSimpleName();
    return msg == null || msg.isBlank() ? name : name + ": " + msg.replaceAll("\\s+", " ").strip();
  }
}
