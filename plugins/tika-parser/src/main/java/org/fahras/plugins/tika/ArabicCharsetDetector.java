package org.fahras.plugins.tika;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A fast charset detector for text that is not UTF-8: decides among windows-1256, ISO-8859-6,
 * windows-1252 / ISO-8859-1 and UTF-16 without a byte-order mark by byte statistics, in one pass
 * over a sample and without allocating; answers {@code null} when undecided, and the caller asks
 * ICU.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li><b>UTF-16</b>: in UTF-16 text of one script every other byte (the high byte of each code
 *       unit) takes one of a few values ({@code 00} for ASCII, {@code 06} for Arabic, {@code 20}
 *       for punctuation, {@code FB}/{@code FE} for presentation forms). When at least {@value
 *       #UTF16_HIGH_PERCENT} % of the bytes at odd (little-endian) or even (big-endian) offsets are
 *       such bytes, and at most half at the other parity, the sample is UTF-16 if it decodes
 *       strictly and holds no control character but tab, line feed, form feed and carriage return.
 *   <li><b>Arabic code pages</b>: a sample whose non-ASCII bytes come in runs (Arabic words are
 *       whole runs of high bytes) is scored as windows-1256 and as ISO-8859-6. A code page is out
 *       when a byte is undefined in it (ISO-8859-6 leaves 53 of its high bytes undefined, among
 *       them windows-1256's ف ق ك at {@code DD}–{@code DF}), when a byte is a C1 control in it, or
 *       when more than 1 in {@value #FOREIGN_IN_RUN_RATIO} of the bytes inside runs decode to
 *       something other than an Arabic letter or mark (ISO-8859-6's ه و ي are ç è ê in
 *       windows-1256; Cyrillic or Hebrew code pages decode to such Latin letters and symbols).
 *       Between two that remain, the one whose letters are the likelier Arabic text wins, by the sum
 *       of log frequencies of the letters it decodes to, if clearly ahead.
 *   <li><b>Western European</b>: non-ASCII bytes mostly alone (é in {@code café}), all defined
 *       in windows-1252, at least half of those above {@code 9F} Latin letters, are windows-1252
 *       when some of them are in {@code 80}–{@code 9F} (curly quotes, dashes, €), else
 *       ISO-8859-1 — the names ICU gives.
 *   <li><b>ASCII only</b>: ISO-8859-1, as ICU answers.
 * </ol>
 *
 * <p>Anything else — too few Arabic letters to tell the code pages apart, other scripts, binary
 * data — is undecided. Replaces ICU's detector (dozens of n-gram recognisers over the sample, some
 * 0.4 ms per file) for the text Arabic users have.
 */
final class ArabicCharsetDetector {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset ISO_8859_1 = StandardCharsets.ISO_8859_1;

  /** Share of high bytes of UTF-16 code units that must be one of {@link #isUtf16HighByte}. */
  static final int UTF16_HIGH_PERCENT = 95;

  /** How many code units {@link #detectUtf16} looks at before giving up on text that is not. */
  static final int UTF16_HEAD_UNITS = 32;

  /** At most 1 in this many bytes inside runs of high bytes may decode to a non-Arabic letter. */
  static final int FOREIGN_IN_RUN_RATIO = 50;

  /** Fewer Arabic letters than this cannot tell the two Arabic code pages apart. */
  static final int MIN_ARABIC_LETTERS = 4;

  // Byte classes per code page, for bytes 80–FF.
  private static final byte UNDEFINED = 0;
  private static final byte C1_CONTROL = 1;
  private static final byte ARABIC = 2;
  private static final byte LATIN_LETTER = 3;
  private static final byte OTHER = 4;

  private static final Charset[] ARABIC_PAGES = {WINDOWS_1256, ISO_8859_6};
  private static final byte[][] ARABIC_CLASS = new byte[2][128];
  /** Log-frequency weight (×10) of the Arabic letter a byte decodes to; 0 for other bytes. */
  private static final int[][] ARABIC_WEIGHT = new int[2][128];

  private static final byte[] LATIN_CLASS = new byte[128];

  static {
    for (int p = 0; p < ARABIC_PAGES.length; p++) {
      for (int i = 0; i < 128; i++) {
        int c = decodeOne(ARABIC_PAGES[p], i | 0x80);
        ARABIC_CLASS[p][i] = classify(c);
        ARABIC_WEIGHT[p][i] = ARABIC_CLASS[p][i] == ARABIC ? ArabicLetterFrequency.weight(c) : 0;
      }
    }
    for (int i = 0; i < 128; i++) {
      int c = decodeOne(WINDOWS_1252, i | 0x80);
      byte cls = classify(c);
      // In windows-1252, 80–9F are printable (quotes, dashes, €, Š …), not C1 controls.
      LATIN_CLASS[i] = cls == ARABIC ? OTHER : cls;
    }
  }

  private ArabicCharsetDetector() {}

  /**
   * The charset of {@code b[from, to)}, or {@code null} when undecided.
   *
   * @param b the bytes, not valid UTF-8 or without multi-byte characters, and without a byte-order
   *     mark
   */
  static Charset detect(byte[] b, int from, int to) {
    Charset utf16 = detectUtf16(b, from, to);
    if (utf16 != null) {
      return utf16;
    }
    int high = 0;
    int inRun = 0;
    int c1 = 0;
    int latinLetters = 0;
    int latinBad = 0;
    // Per Arabic code page (0: windows-1256, 1: ISO-8859-6), kept in locals: this loop is the
    // detector's whole cost.
    int letters0 = 0;
    int letters1 = 0;
    int score0 = 0;
    int score1 = 0;
    int bad0 = 0;
    int bad1 = 0;
    int foreign0 = 0;
    int foreign1 = 0;
    byte[] class0 = ARABIC_CLASS[0];
    byte[] class1 = ARABIC_CLASS[1];
    int[] weight0 = ARABIC_WEIGHT[0];
    int[] weight1 = ARABIC_WEIGHT[1];
    boolean prevHigh = false;
    for (int i = from; i < to; i++) {
      int v = b[i];
      if (v >= 0) {
        if (v == 0) {
          return null; // NUL in single-byte text: binary, or UTF-16 of mixed scripts
        }
        prevHigh = false;
        continue;
      }
      int idx = v & 0x7F;
      high++;
      boolean run = prevHigh || (i + 1 < to && b[i + 1] < 0);
      prevHigh = true;
      int inside = run ? 1 : 0;
      inRun += inside;
      if (idx < 0x20) {
        c1++;
      }
      byte k0 = class0[idx];
      byte k1 = class1[idx];
      if (k0 == ARABIC) {
        letters0++;
        score0 += weight0[idx];
      } else if (k0 <= C1_CONTROL) {
        bad0++;
      } else {
        foreign0 += inside;
      }
      if (k1 == ARABIC) {
        letters1++;
        score1 += weight1[idx];
      } else if (k1 <= C1_CONTROL) {
        bad1++;
      } else {
        foreign1 += inside;
      }
      byte latin = LATIN_CLASS[idx];
      if (latin == UNDEFINED) {
        latinBad++;
      } else if (latin == LATIN_LETTER) {
        latinLetters++;
      }
    }
    int[] letters = {letters0, letters1};
    int[] score = {score0, score1};
    int[] foreignInRun = {foreign0, foreign1};
    boolean[] out = {bad0 > 0, bad1 > 0};
    if (high == 0) {
      return ISO_8859_1;
    }
    // Arabic: most high bytes in runs (words), most of them letters.
    if (inRun * 2 >= high) {
      int best = -1;
      for (int p = 0; p < 2; p++) {
        boolean fits =
            !out[p]
                && letters[p] >= MIN_ARABIC_LETTERS
                && letters[p] * 4 >= high * 3
                && foreignInRun[p] * FOREIGN_IN_RUN_RATIO <= inRun;
        if (!fits) {
          continue;
        }
        if (best < 0) {
          best = p;
        } else {
          best = clearlyAhead(score[p], letters[p], score[best], letters[best]) ? p
              : clearlyAhead(score[best], letters[best], score[p], letters[p]) ? best : -2;
        }
      }
      return best >= 0 ? ARABIC_PAGES[best] : null;
    }
    // Western European: accented letters mostly alone inside Latin words.
    if (latinBad == 0 && latinLetters * 2 >= high - c1) {
      return c1 > 0 ? WINDOWS_1252 : ISO_8859_1;
    }
    return null;
  }

  /**
   * Whether the letters of a code page scoring {@code a} over {@code na} letters are clearly the
   * likelier text than those of one scoring {@code b} over {@code nb}: a mean weight per letter at
   * least 1.5 (of 10 per decade of frequency) higher.
   */
  private static boolean clearlyAhead(int a, int na, int b, int nb) {
    return (long) a * nb * 10 - (long) b * na * 10 >= 15L * na * nb;
  }

  /** UTF-16LE or UTF-16BE by the pattern of high bytes, or {@code null}. */
  static Charset detectUtf16(byte[] b, int from, int to) {
    int n = (to - from) & ~1;
    if (n < 4) {
      return null;
    }
    // Most text is not UTF-16: its first code units already show it, so stop there.
    int head = Math.min(n, 2 * UTF16_HEAD_UNITS);
    int evenHigh = 0;
    int oddHigh = 0;
    for (int i = from; i < from + head; i += 2) {
      evenHigh += isUtf16HighByte(b[i]) ? 1 : 0;
      oddHigh += isUtf16HighByte(b[i + 1]) ? 1 : 0;
    }
    if (Math.max(evenHigh, oddHigh) * 100 < (head / 2) * UTF16_HIGH_PERCENT) {
      return null;
    }
    evenHigh = 0;
    oddHigh = 0;
    for (int i = from; i < from + n; i += 2) {
      if (isUtf16HighByte(b[i])) {
        evenHigh++;
      }
      if (isUtf16HighByte(b[i + 1])) {
        oddHigh++;
      }
    }
    int units = n / 2;
    Charset charset;
    if (oddHigh * 100 >= units * UTF16_HIGH_PERCENT && evenHigh * 2 <= units) {
      charset = StandardCharsets.UTF_16LE;
    } else if (evenHigh * 100 >= units * UTF16_HIGH_PERCENT && oddHigh * 2 <= units) {
      charset = StandardCharsets.UTF_16BE;
    } else {
      return null;
    }
    return isCleanText(charset, b, from, n) ? charset : null;
  }

  private static boolean isUtf16HighByte(byte v) {
    return v == 0x00 || v == 0x06 || v == 0x20 || v == (byte) 0xFB || v == (byte) 0xFE;
  }

  /** Strictly decodable, and no control characters but tab, LF, FF, CR. */
  private static boolean isCleanText(Charset charset, byte[] b, int from, int n) {
    CharBuffer chars;
    try {
      chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, from, n));
    } catch (CharacterCodingException e) {
      return false;
    }
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The character one byte decodes to in {@code charset}, or -1 when undefined. */
  private static int decodeOne(Charset charset, int value) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) value}));
      return out.length() == 1 ? out.get(0) : -1;
    } catch (CharacterCodingException e) {
      return -1;
    }
  }

  private static byte classify(int c) {
    if (c < 0 || c == 0xFFFD) {
      return UNDEFINED;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return C1_CONTROL;
    }
    if (ArabicLetterFrequency.isArabicLetterOrMark(c)) {
      return ARABIC;
    }
    if (Character.isLetter(c)) {
      return LATIN_LETTER;
    }
    return OTHER;
  }
}
