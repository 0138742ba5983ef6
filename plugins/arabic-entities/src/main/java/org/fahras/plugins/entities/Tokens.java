package org.fahras.plugins.entities;

import java.util.Arrays;

/**
 * The tokens of a {@link FoldedText}: words (runs of letters), numbers (runs of digits, with a
 * decimal point or thousands separator between digits) and single punctuation characters.
 *
 * <p>Whitespace separates tokens and is not a token; a blank line ({@link #lineBefore}), or any
 * punctuation other than a hyphen joining two words, is a boundary that names do not cross
 * ({@code Analysis.boundaryBefore}). A single line break is not: text is often wrapped.
 * A word that runs straight into digits (و800) is split in two.
 */
final class Tokens {

  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;

  // Character classes of the tokenizer, one byte per BMP character (folded text has ASCII digits).
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte[] CLASS = new byte[0x10000];

  static {
    for (int c = 0; c < CLASS.length; c++) {
      char ch = (char) c;
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        CLASS[c] = SPACE;
      } else if (ch >= '0' && ch <= '9') {
        CLASS[c] = DIGIT;
      } else if (Character.isLetter(ch)) {
        CLASS[c] = LETTER;
      } else {
        CLASS[c] = OTHER;
      }
    }
  }

  final FoldedText text;
  /** The lexicon's words: a known token's form is the lexicon's string (may be null). */
  private final WordTable known;
  private int count;
  private int[] start;
  private int[] end;
  private byte[] kind;
  /** A blank line or a paragraph separator lies between this token and the previous one. */
  private boolean[] lineBefore;
  /** Whitespace lies between this token and the previous one. */
  private boolean[] spaceBefore;
  private String[] form;
  /** The hash code of each token's folded form ({@link String#hashCode} of its chars). */
  private int[] hash;
  /** The {@link WordTable} id of each token's folded form, -1 for a form the lexicon lacks. */
  private int[] id;
  /** What the lexicon knows of each token's form ({@link WordTable#info(long)} …; 0: nothing). */
  private long[] lexicon;

  /** The thread's arrays these tokens use, or null. */
  private final Scratch scratch;

  private Tokens(FoldedText text, WordTable known, Scratch scratch) {
    this.text = text;
    this.known = known;
    // Arabic prose has a token every five or six characters.
    int capacity = Math.max(16, text.length / 5);
    if (scratch != null && scratch.tokens(capacity)) {
      this.scratch = scratch;
      start = scratch.start();
      end = scratch.end();
      kind = scratch.kind();
      lineBefore = scratch.lineBefore();
      spaceBefore = scratch.spaceBefore();
      form = scratch.form();
      hash = scratch.hash();
      id = scratch.id();
      lexicon = scratch.lexicon();
      return;
    }
    this.scratch = null;
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    lineBefore = new boolean[capacity];
    spaceBefore = new boolean[capacity];
    form = new String[capacity];
    hash = new int[capacity];
    id = new int[capacity];
    lexicon = new long[capacity];
  }

  /** Splits {@code text} into tokens, in one pass. */
  static Tokens of(FoldedText text) {
    return of(text, null);
  }

  /**
   * Splits {@code text} into tokens, in one pass; each token's form is looked up in {@code known}
   * (when given): a known form has its id ({@link #id}) and is the table's string (no substring).
   */
  static Tokens of(FoldedText text, WordTable known) {
    return of(text, known, null);
  }

  /**
   * Splits {@code text} into tokens in {@code scratch}'s arrays when given (see {@link
   * Scratch}); {@link #release} hands them back.
   */
  static Tokens of(FoldedText text, WordTable known, Scratch scratch) {
    Tokens t = new Tokens(text, known, scratch);
    // The thread's cache of look-ups, when the thread has its arrays.
    int[] cache = scratch != null && known != null ? scratch.wordCache(known) : null;
    char[] s = text.chars;
    int n = text.length;
    int i = 0;
    boolean line = true;
    boolean space = true;
    int breaks = 0;
    while (i < n) {
      char c = s[i];
      byte cc = CLASS[c];
      if (cc == SPACE) {
        // A blank line or a paragraph separator ends a stretch; one line break does not:
        // plain text is often wrapped in the middle of a sentence, and of a name.
        if (c == '\n' || (c == '\r' && (i + 1 == n || s[i + 1] != '\n'))) {
          breaks++;
        } else if (c == '\u2029' || c == '\u000B' || c == '\u000C') {
          breaks += 2;
        }
        line |= breaks >= 2;
        space = true;
        i++;
        continue;
      }
      breaks = 0;
      int j = i + 1;
      int h = c;
      byte k;
      if (cc == DIGIT) {
        k = NUMBER;
        while (j < n
            && (isDigit(s[j])
                || ((s[j] == '.' || s[j] == ',')
                    && j + 1 < n
                    && isDigit(s[j + 1])))) {
          h = 31 * h + s[j];
          j++;
        }
      } else if (cc == LETTER) {
        k = WORD;
        while (j < n && CLASS[s[j]] == LETTER) {
          h = 31 * h + s[j];
          j++;
        }
      } else {
        k = PUNCT;
      }
      t.add(i, j, k, line, space, h, known, cache);
      line = false;
      space = false;
      i = j;
    }
    return t;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Adds a token, looked up in {@code known} (when given) through {@code cache} (when given). */
  private void add(int s, int e, byte k, boolean line, boolean space, int h, WordTable known, int[] cache) {
    if (count == start.length) {
      int m = count * 2;
      start = Arrays.copyOf(start, m);
      end = Arrays.copyOf(end, m);
      kind = Arrays.copyOf(kind, m);
      lineBefore = Arrays.copyOf(lineBefore, m);
      spaceBefore = Arrays.copyOf(spaceBefore, m);
      form = Arrays.copyOf(form, m);
      hash = Arrays.copyOf(hash, m);
      id = Arrays.copyOf(id, m);
      lexicon = Arrays.copyOf(lexicon, m);
    }
    start[count] = s;
    end[count] = e;
    kind[count] = k;
    lineBefore[count] = line;
    spaceBefore[count] = space;
    hash[count] = h;
    if (known == null) {
      id[count] = -1;
      lexicon[count] = 0;
    } else {
      char[] chars = text.chars;
      id[count] = cache != null ? known.id(chars, s, e, h, cache, lexicon, count) : known.id(chars, s, e, h, lexicon, count);
    }
    count++;
  }

  /** Ends the use of the thread's arrays, if these tokens use them (the tokens are then void). */
  void release() {
    if (scratch != null) {
      scratch.keepTokens(start, end, kind, lineBefore, spaceBefore, form, hash, id, lexicon, count);
    }
  }

  int size() {
    return count;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < count && kind[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < count && kind[i] == NUMBER;
  }

  boolean isPunct(int i) {
    return i >= 0 && i < count && kind[i] == PUNCT;
  }

  /** Whether token {@code i} is the single character {@code c}. */
  boolean is(int i, char c) {
    return isPunct(i) && text.chars[start[i]] == c;
  }

  /** The folded form of token {@code i}: the lexicon's string when it knows the form. */
  String form(int i) {
    String f = form[i];
    if (f == null) {
      f = id[i] >= 0 ? known.word(id[i]) : new String(text.chars, start[i], end[i] - start[i]);
      form[i] = f;
    }
    return f;
  }

  /** The {@link WordTable} id of token {@code i}'s form, or -1 when the lexicon lacks it. */
  int id(int i) {
    return id[i];
  }

  /**
   * What the lexicon knows of token {@code i}'s form, from the look-up that found its id (read
   * with {@link WordTable#info(long)}, {@link WordTable#isDefinite(long)}, {@link
   * WordTable#bareInfo(long)}); 0 when the lexicon lacks the form.
   */
  long lexicon(int i) {
    return lexicon[i];
  }

  /** The hash code of token {@code i}'s form ({@link String#hashCode} of its folded chars). */
  int hash(int i) {
    return hash[i];
  }

  /** The number of folded chars of token {@code i}. */
  int length(int i) {
    return end[i] - start[i];
  }

  /** The folded char {@code k} of token {@code i}. */
  char charAt(int i, int k) {
    return text.chars[start[i] + k];
  }

  /** Whether token {@code i} holds the char {@code c} after its first char. */
  boolean has(int i, char c) {
    char[] chars = text.chars;
    for (int k = start[i] + 1; k < end[i]; k++) {
      if (chars[k] == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i}'s form is {@code s}. */
  boolean formEquals(int i, String s) {
    int len = end[i] - start[i];
    if (len != s.length()) {
      return false;
    }
    char[] c = text.chars;
    int from = start[i];
    for (int k = 0; k < len; k++) {
      if (c[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether whitespace separates token {@code i} from the one before it. */
  boolean spaceBefore(int i) {
    return spaceBefore[i];
  }

  /** Whether a blank line or paragraph separator lies before token {@code i}. */
  boolean lineBefore(int i) {
    return lineBefore[i];
  }

  /** The numeric value of a number token (digits only, separators ignored), or -1 if too big. */
  long value(int i) {
    long v = 0;
    for (int k = start[i]; k < end[i]; k++) {
      char c = text.chars[k];
      if (c == '.') {
        return -1;
      }
      if (c != ',') {
        v = v * 10 + (c - '0');
        if (v > 1_000_000_000_000L) {
          return -1;
        }
      }
    }
    return v;
  }

  /** The number of digits of a number token. */
  int digits(int i) {
    return end[i] - start[i];
  }
}
