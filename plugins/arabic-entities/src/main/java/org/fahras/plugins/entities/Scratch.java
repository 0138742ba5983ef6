package org.fahras.plugins.entities;

/**
 * Arrays one thread reuses from call to call of {@code recognize} instead of allocating them per
 * call: a copy of the original characters, the folded characters and their offset map ({@link
 * FoldedText}), the tokens' arrays
 * ({@link Tokens}) and their readings ({@link Analysis}), the candidates, their sort keys and
 * the clitic readings of a word; with the folded text not copied to a {@code String} and
 * readings kept as char ranges (a string only when a rule asks), {@code recognizeForIndex}
 * allocates about 1.2 bytes per char on the benchmark corpus, nearly all of it the entities'
 * own objects (30 before these arrays were reused, 12 before readings were char ranges, 2.1
 * before the candidates' arrays were reused and the index's spans left without their surface
 * forms). Grown as needed up to texts of
 * {@link #MAX} characters; a larger text gets arrays of its own, which are not kept. Not
 * thread-safe: one per thread ({@link #get}); valid for one call at a time (the recogniser does
 * not nest calls). A call that fails midway leaves nothing behind: the next one clears what it
 * may have left.
 */
final class Scratch {

  /**
   * The largest array length kept between calls: texts up to 1 M chars (1 MB on disk or more);
   * about 22 MB kept per thread after such a text of prose (a copy of the original chars, the
   * folded chars and their offsets 8 bytes per char, the tokens' arrays and their readings ~70
   * bytes per token, a token every five chars).
   */
  static final int MAX = 1 << 20;

  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  private char[] chars = new char[0];
  private char[] original = new char[0];
  private int[] source = new int[0];
  private int[] start = new int[0];
  private int[] end = new int[0];
  private byte[] kind = new byte[0];
  private boolean[] lineBefore = new boolean[0];
  private boolean[] spaceBefore = new boolean[0];
  /** Token forms; entries past the last call's token count are null. */
  private String[] form = new String[0];
  private int[] hash = new int[0];
  private int[] id = new int[0];
  private long[] lexicon = new long[0];
  /** How many of {@link #form}'s first entries may be non-null (a call that did not release). */
  private int dirty;

  // The readings of the tokens (Analysis), written for every token of a call.
  String[] stem = new String[0];
  int[] stemFrom = new int[0];
  int[] stemId = new int[0];
  int[] stemHash = new int[0];
  int[] prefix = new int[0];
  int[] classes = new int[0];
  boolean[] definite = new boolean[0];
  int[] bareClasses = new int[0];
  int[] gazetteerId = new int[0];
  int[] gazetteerPrefix = new int[0];
  boolean[] calendarStart = new boolean[0];
  PhraseTrie.Match[] calendar = new PhraseTrie.Match[0];
  int[] numericStarts = new int[0];
  /**
   * How many of the first entries of {@link #stem} and {@link #calendar} may be non-null: those
   * of a call that has not released them (it failed), else 0.
   */
  private int dirtyReadings;

  /** The candidates of a call (Analysis), empty between calls. */
  private final java.util.ArrayList<Analysis.Candidate> candidates = new java.util.ArrayList<>();

  /** Sort keys of the choice among candidates (Analysis.choose). */
  private long[] keys = new long[0];

  /**
   * The tokens taken by chosen candidates (Analysis.choose): all false between calls; {@link
   * #takenDirty} while a choice uses it, so that one that failed midway is cleared on the next.
   */
  private boolean[] taken = new boolean[0];

  private boolean takenDirty;

  /** The clitic readings of the word being read (Analysis; each word's reading overwrites them). */
  private final Clitics.Readings cliticReadings = new Clitics.Readings();

  /** The chars of a canonical form being made (Analysis.clean). */
  private char[] cleanBuffer = new char[64];

  /** The thread's cache of word look-ups ({@link WordTable#newCache}) and the table it serves. */
  private int[] wordCache;

  private WordTable wordCacheOwner;

  private Scratch() {}

  /**
   * The thread's cache of look-ups in {@code table}: a new one when the last was for another
   * table (the lexicon changed with the user's names, or a recogniser with other options).
   */
  int[] wordCache(WordTable table) {
    if (wordCacheOwner != table) {
      wordCache = WordTable.newCache();
      wordCacheOwner = table;
    }
    return wordCache;
  }

  /**
   * Grows the readings' arrays to at least {@code n} entries; false if too large. The first
   * {@code n} entries of {@link #stem} and {@link #calendar} are null (dropped by {@link
   * #releaseReadings}, or here after a call that failed); the caller writes every one of the
   * first {@code n} entries of the other arrays before reading it.
   */
  boolean readings(int n) {
    if (n > MAX) {
      return false;
    }
    if (dirtyReadings > 0) {
      java.util.Arrays.fill(stem, 0, dirtyReadings, null);
      java.util.Arrays.fill(calendar, 0, dirtyReadings, null);
    }
    dirtyReadings = n;
    if (stem.length < n) {
      int m = grow(stem.length, n);
      stem = new String[m];
      stemFrom = new int[m];
      stemId = new int[m];
      stemHash = new int[m];
      prefix = new int[m];
      classes = new int[m];
      definite = new boolean[m];
      bareClasses = new int[m];
      gazetteerId = new int[m];
      gazetteerPrefix = new int[m];
      calendarStart = new boolean[m];
      calendar = new PhraseTrie.Match[m];
      numericStarts = new int[m];
    }
    return true;
  }

  /** Lets go of the strings and matches of the call's first {@code n} readings. */
  void releaseReadings(int n) {
    java.util.Arrays.fill(stem, 0, n, null);
    java.util.Arrays.fill(calendar, 0, n, null);
    dirtyReadings = 0;
  }

  /** The thread's list of candidates (empty; the call clears it when done). */
  java.util.List<Analysis.Candidate> candidates() {
    candidates.clear();
    return candidates;
  }

  /** The thread's clitic readings (their contents are those of the last word read). */
  Clitics.Readings cliticReadings() {
    return cliticReadings;
  }

  /** An array of at least {@code n} sort keys (contents undefined; kept up to {@link #MAX}). */
  long[] keys(int n) {
    if (n > MAX) {
      return new long[n];
    }
    if (keys.length < n) {
      keys = new long[Math.max(n, keys.length * 2)];
    }
    return keys;
  }

  /**
   * An array of at least {@code n} flags, all false; the caller sets back to false every flag it
   * set and then calls {@link #untaken}.
   */
  boolean[] taken(int n) {
    if (takenDirty) {
      java.util.Arrays.fill(taken, false);
    }
    if (n > MAX) {
      return new boolean[n];
    }
    if (taken.length < n) {
      taken = new boolean[grow(taken.length, n)];
    }
    takenDirty = true;
    return taken;
  }

  /** The flags of {@link #taken} are all false again. */
  void untaken() {
    takenDirty = false;
  }

  /** An array of at least {@code n} chars (contents undefined; kept up to {@link #MAX}). */
  char[] cleanBuffer(int n) {
    if (n > MAX) {
      return new char[n];
    }
    if (cleanBuffer.length < n) {
      cleanBuffer = new char[Math.max(n, cleanBuffer.length * 2)];
    }
    return cleanBuffer;
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

  /** An array for a copy of the original text's {@code n} chars. */
  char[] original(int n) {
    if (original.length < n) {
      original = new char[grow(original.length, n)];
    }
    return original;
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
      hash = new int[m];
      id = new int[m];
      lexicon = new long[m];
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

  int[] hash() {
    return hash;
  }

  int[] id() {
    return id;
  }

  long[] lexicon() {
    return lexicon;
  }

  /**
   * Keeps the token arrays {@code t} ended with (grown during the call) and clears their first
   * {@code count} forms, so that no string of the call stays reachable.
   */
  void keepTokens(int[] s, int[] e, byte[] k, boolean[] l, boolean[] sp, String[] f, int[] h,
      int[] ids, long[] lex, int count) {
    java.util.Arrays.fill(form, 0, Math.min(count, form.length), null);
    if (f != form) {
      java.util.Arrays.fill(f, 0, count, null);
    }
    if (s.length <= MAX && s.length > start.length) {
      start = s;
      end = e;
      kind = k;
      lineBefore = l;
      spaceBefore = sp;
      form = f;
      hash = h;
      id = ids;
      lexicon = lex;
    }
    dirty = 0;
  }
}
