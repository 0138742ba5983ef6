package org.fahras.plugins.entities;

/**
 * Arrays one thread reuses from call to call of {@code recognize} instead of allocating them per
 * call: the folded characters and their offset map ({@link FoldedText}), the tokens' arrays
 * ({@link Tokens}) and their readings ({@link Analysis}); with the folded text no longer copied to
 * a {@code String} and unknown clitic readings no longer made into strings, a call allocates
 * 12 bytes per char on the benchmark corpus instead of 30. Grown as needed up to texts of
 * {@link #MAX} characters; a larger text gets arrays of its own, which are not kept. Not
 * thread-safe: one per thread ({@link #get}); valid for one call at a time (the recogniser does
 * not nest calls). A call that fails midway leaves nothing behind: the next one clears what it
 * may have left.
 */
final class Scratch {

  /**
   * The largest array length kept between calls: texts up to 1 M chars (1 MB on disk or more);
   * at most ~15 MB kept per thread (folded chars and offsets 6 bytes per char, the tokens'
   * arrays and their readings ~45 bytes per token).
   */
  static final int MAX = 1 << 20;

  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  private char[] chars = new char[0];
  private int[] source = new int[0];
  private int[] start = new int[0];
  private int[] end = new int[0];
  private byte[] kind = new byte[0];
  private boolean[] lineBefore = new boolean[0];
  private boolean[] spaceBefore = new boolean[0];
  /** Token forms; entries past the last call's token count are null. */
  private String[] form = new String[0];
  /** How many of {@link #form}'s first entries may be non-null (a call that did not release). */
  private int dirty;

  // The readings of the tokens (Analysis); only their first n entries are cleared per call.
  String[] stem = new String[0];
  int[] prefix = new int[0];
  int[] classes = new int[0];
  boolean[] definite = new boolean[0];
  int[] bareClasses = new int[0];
  String[] gazetteerStem = new String[0];
  int[] gazetteerPrefix = new int[0];
  boolean[] calendarStart = new boolean[0];
  PhraseTrie.Match[] calendar = new PhraseTrie.Match[0];

  private Scratch() {}

  /**
   * Grows the readings' arrays to at least {@code n} entries and clears their first {@code n};
   * false if too large.
   */
  boolean readings(int n) {
    if (n > MAX) {
      return false;
    }
    if (stem.length < n) {
      int m = grow(stem.length, n);
      stem = new String[m];
      prefix = new int[m];
      classes = new int[m];
      definite = new boolean[m];
      bareClasses = new int[m];
      gazetteerStem = new String[m];
      gazetteerPrefix = new int[m];
      calendarStart = new boolean[m];
      calendar = new PhraseTrie.Match[m];
      return true;
    }
    java.util.Arrays.fill(stem, 0, n, null);
    java.util.Arrays.fill(prefix, 0, n, 0);
    java.util.Arrays.fill(classes, 0, n, 0);
    java.util.Arrays.fill(definite, 0, n, false);
    java.util.Arrays.fill(bareClasses, 0, n, 0);
    java.util.Arrays.fill(gazetteerStem, 0, n, null);
    java.util.Arrays.fill(gazetteerPrefix, 0, n, 0);
    java.util.Arrays.fill(calendarStart, 0, n, false);
    java.util.Arrays.fill(calendar, 0, n, null);
    return true;
  }

  /** Lets go of the strings and matches of the call's first {@code n} readings. */
  void releaseReadings(int n) {
    java.util.Arrays.fill(stem, 0, n, null);
    java.util.Arrays.fill(gazetteerStem, 0, n, null);
    java.util.Arrays.fill(calendar, 0, n, null);
  }

  static Scratch get() {
    return LOCAL.get();
  }

  private static int grow(int have, int need) {
    return Math.min(MAX, Math.max(need, have + (have >> 1)));
  }

  char[] chars(int n) {
    if (chars.length < n) {
      chars = new char[grow(chars.length, n)];
    }
    return chars;
  }

  int[] source(int n) {
    if (source.length < n) {
      source = new int[grow(source.length, n)];
    }
    return source;
  }

  /** Grows the token arrays to at least {@code n} entries (forms all null); false if too large. */
  boolean tokens(int n) {
    if (n > MAX) {
      return false;
    }
    java.util.Arrays.fill(form, 0, dirty, null);
    if (start.length < n) {
      int m = grow(start.length, n);
      start = new int[m];
      end = new int[m];
      kind = new byte[m];
      lineBefore = new boolean[m];
      spaceBefore = new boolean[m];
      form = new String[m];
    }
    dirty = form.length;
    return true;
  }

  int[] start() {
    return start;
  }

  int[] end() {
    return end;
  }

  byte[] kind() {
    return kind;
  }

  boolean[] lineBefore() {
    return lineBefore;
  }

  boolean[] spaceBefore() {
    return spaceBefore;
  }

  String[] form() {
    return form;
  }

  /**
   * Keeps the token arrays {@code t} ended with (grown during the call) and clears their first
   * {@code count} forms, so that no string of the call stays reachable.
   */
  void keepTokens(int[] s, int[] e, byte[] k, boolean[] l, boolean[] sp, String[] f, int count) {
    java.util.Arrays.fill(form, 0, Math.min(count, form.length), null);
    java.util.Arrays.fill(f, 0, count, null);
    if (s.length <= MAX && s.length > start.length) {
      start = s;
      end = e;
      kind = k;
      lineBefore = l;
      spaceBefore = sp;
      form = f;
    }
    dirty = 0;
  }
}
