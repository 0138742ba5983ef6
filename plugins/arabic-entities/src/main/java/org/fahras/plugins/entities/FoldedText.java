package org.fahras.plugins.entities;

import java.text.Normalizer;

/**
 * A text folded for matching, with a map from each folded character back to the original text.
 *
 * <p>The folding follows the analysis plugin's rules, so an entity is found whatever the spelling
 * variant: harakat, Quranic marks, the dagger alef and tatweel are deleted; أ إ آ ٱ become ا; ؤ ئ
 * become ء; ة becomes ه and ى becomes ي; Persian and Urdu ی ک ە become ي ك ه; Arabic-Indic and
 * Persian digits become ASCII digits (٫ ٬ ٪ become . , %); presentation forms are decomposed
 * (NFKC); invisible format characters are deleted; ASCII letters are lower-cased. Every folded
 * character remembers the original range it came from, so spans found in the folded text map back
 * to exact {@link String} indexes of the original.
 */
final class FoldedText {

  private static final int BMP = 0x10000;

  static final char ALEF = '\u0627';
  static final char HAMZA = '\u0621';
  static final char HEH = '\u0647';
  static final char YEH = '\u064A';
  static final char KAF = '\u0643';
  static final char TATWEEL = '\u0640';

  /** What each BMP character folds to, or {@link #DELETE}, or {@link #DECOMPOSE}. */
  private static final char[] TABLE = new char[BMP];

  private static final char DELETE = '\uFFFF';
  private static final char DECOMPOSE = '\uFFFE';

  static {
    for (int c = 0; c < BMP; c++) {
      TABLE[c] = (char) c;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      TABLE[c] = (char) (c + ('a' - 'A'));
    }
    // Harakat, hamza and maddah marks, small high marks, the dagger alef, Quranic marks, tatweel.
    deleteRange(0x064B, 0x065F);
    deleteRange(0x0610, 0x061A);
    deleteRange(0x06D6, 0x06ED);
    TABLE[0x0670] = DELETE;
    TABLE[TATWEEL] = DELETE;
    // Invisible format characters: soft hyphen, Arabic letter mark, zero-width and bidi controls.
    TABLE[0x00AD] = DELETE;
    TABLE[0x061C] = DELETE;
    deleteRange(0x200B, 0x200F);
    deleteRange(0x202A, 0x202E);
    deleteRange(0x2060, 0x2069);
    TABLE[0xFEFF] = DELETE;
    // Alef forms, hamza seats, teh marbuta, alef maksura, Persian and Urdu letters.
    for (char c : new char[] {'\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673'}) {
      TABLE[c] = ALEF;
    }
    for (char c : new char[] {'\u0624', '\u0626', '\u06D3'}) {
      TABLE[c] = HAMZA;
    }
    for (char c : new char[] {'\u0629', '\u06D5', '\u06C0', '\u06BE', '\u06C1'}) {
      TABLE[c] = HEH;
    }
    for (char c : new char[] {'\u0649', '\u06CC', '\u06D0', '\u06CD', '\u06D2'}) {
      TABLE[c] = YEH;
    }
    TABLE['\u06A9'] = KAF;
    // Digits of both Arabic scripts, the Arabic decimal and thousands separators, percent sign.
    for (int d = 0; d < 10; d++) {
      TABLE[0x0660 + d] = (char) ('0' + d);
      TABLE[0x06F0 + d] = (char) ('0' + d);
    }
    TABLE[0x066B] = '.';
    TABLE[0x066C] = ',';
    TABLE[0x066A] = '%';
    // Presentation forms (ﻻ ﷲ ﺍ …) and full-width forms are decomposed first.
    for (int c = 0xFB50; c <= 0xFDFF; c++) {
      TABLE[c] = DECOMPOSE;
    }
    for (int c = 0xFE70; c <= 0xFEFC; c++) {
      TABLE[c] = DECOMPOSE;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      TABLE[c] = DECOMPOSE;
    }
  }

  private static void deleteRange(int from, int to) {
    for (int c = from; c <= to; c++) {
      TABLE[c] = DELETE;
    }
  }

  /** The folded characters; null when folded into the thread's {@link Scratch} (use chars). */
  final String folded;

  /** The folded characters, as an array (its first {@link #length}). */
  final char[] chars;

  /** The number of folded characters. */
  final int length;

  /** For each folded character, the index of the original character it came from. */
  private final int[] source;

  /** The original text. */
  final String original;

  private FoldedText(String original, String folded, char[] chars, int length, int[] source) {
    this.original = original;
    this.folded = folded;
    this.chars = chars;
    this.length = length;
    this.source = source;
  }

  /** Folds {@code text}. */
  static FoldedText of(String text) {
    return of(text, null);
  }

  /**
   * Folds {@code text}, the folded characters and the offset map in {@code scratch}'s arrays
   * when it is given and the text not too large ({@link Scratch#MAX}), and then without {@link
   * #folded}: the result is valid only until the thread's next use of the scratch.
   */
  static FoldedText of(String text, Scratch scratch) {
    int n = text.length();
    char[] out;
    int[] source;
    boolean reuse = scratch != null && n + 8 <= Scratch.MAX;
    if (reuse) {
      out = scratch.chars(n + 8);
      source = scratch.source(n + 8);
    } else {
      out = new char[n + 8];
      source = new int[n + 8];
    }
    // The original chars copied at once into an array: cheaper to read than charAt, char by char.
    char[] in;
    if (reuse) {
      in = scratch.original(n);
      text.getChars(0, n, in, 0);
    } else {
      in = text.toCharArray();
    }
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      char f = TABLE[c];
      if (f != DECOMPOSE) {
        // Written in any case (out has room for every char still to come), kept only when not
        // deleted: marks come and go unpredictably in vocalised text, and a branch would often
        // be mispredicted.
        out[length] = f;
        source[length] = i;
        int d = f ^ DELETE;
        length += (d | -d) >>> 31;
      } else {
        // Rare: a presentation form may become several characters (ﻻ → لا، ﷺ → four words).
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        // Room for this expansion and for every character still to come.
        int needed = length + d.length() + (n - i);
        if (needed > out.length) {
          out = java.util.Arrays.copyOf(out, needed * 2);
          source = java.util.Arrays.copyOf(source, out.length);
        }
        for (int k = 0; k < d.length(); k++) {
          char g = TABLE[d.charAt(k)];
          if (g != DELETE && g != DECOMPOSE) {
            out[length] = g;
            source[length++] = i;
          }
        }
      }
    }
    // In the thread's arrays, no String of the whole folded text: the tokens read the chars.
    return new FoldedText(text, reuse ? null : new String(out, 0, length), out, length, source);
  }

  /** Folds a short string (a gazetteer entry, a user's name) without keeping the map. */
  static String fold(String s) {
    return of(s).folded;
  }

  /** The original index of the folded character at {@code foldedIndex}. */
  int originalStart(int foldedIndex) {
    return source[foldedIndex];
  }

  /**
   * The original index just after the folded range ending (exclusive) at {@code foldedEnd}: after
   * the last character's source, and after the marks and tatweel that follow it in the original
   * (a name's final tanween belongs to the name).
   */
  int originalEnd(int foldedEnd) {
    int end = source[foldedEnd - 1] + 1;
    String t = original;
    if (end < t.length() && Character.isHighSurrogate(t.charAt(end - 1))
        && Character.isLowSurrogate(t.charAt(end))) {
      end++;
    }
    while (end < t.length() && isTrailingMark(t.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Whether the folding deletes {@code c} (a mark, tatweel, an invisible character). */
  static boolean isDeleted(char c) {
    return TABLE[c] == DELETE;
  }

  private static boolean isTrailingMark(char c) {
    return c == TATWEEL
        || (TABLE[c] == DELETE && Character.getType(c) == Character.NON_SPACING_MARK);
  }
}
