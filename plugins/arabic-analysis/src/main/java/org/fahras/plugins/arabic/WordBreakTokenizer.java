package org.fahras.plugins.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.util.VersionInfo;
import java.io.CharArrayReader;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * {@link StandardTokenizer}'s tokens (Unicode's word rules, UAX #29: the same terms, offsets,
 * positions and types) at a fraction of its cost on the text Fahras mostly reads: Arabic and Latin
 * letters, their marks, digits, punctuation and spaces.
 *
 * <p>The text is read whole; when every character is of those blocks (Basic Latin, Latin-1, Latin
 * Extended-A and -B, combining diacritics, the Arabic blocks U+0600–U+06FF, U+0750–U+077F,
 * U+08A0–U+08FF, General Punctuation, the byte-order mark),
 * the word rules are applied here, with a table of each character's word-break class. Otherwise —
 * Greek, Cyrillic, Hebrew, East Asian or South-East Asian text, emoji, characters outside the basic plane, a word
 * longer than {@value #MAX_TOKEN_LENGTH} characters — {@code StandardTokenizer} itself tokenizes
 * the text (from that word on), so nothing changes but the time.
 *
 * <p>The rules for the classes of those blocks (UAX #29 WB3–WB13b): no break inside a run of
 * letters and digits (WB5, WB8–WB10); one {@code MidLetter} ({@code :}), {@code MidNumLet} ({@code
 * .}) or apostrophe between two letters (WB6–7); one {@code MidNum} ({@code ,} {@code ;} {@code
 * ،} {@code ٬}), {@code MidNumLet} or apostrophe between two digits (WB11–12); underscores
 * ({@code ExtendNumLet}) join what they touch (WB13a–b); marks and format characters belong to
 * the character before them (WB4) except after a line break. A word is a token when it has a
 * letter or a digit: {@code <NUM>} without letters, else {@code <ALPHANUM>}.
 * {@code WordBreakTokenizerTest} compares both tokenizers on random text over every character of
 * the table and on the sample corpus.
 */
public final class WordBreakTokenizer extends Tokenizer {

  /** As {@code StandardTokenizer}'s default: a longer word is left to it. */
  static final int MAX_TOKEN_LENGTH = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

  // Word-break classes of the table.
  private static final byte UNKNOWN = 0; // not handled here: StandardTokenizer takes the text
  private static final byte OTHER = 1;
  private static final byte LINE = 2; // CR, LF, Newline: marks after them stand alone
  private static final byte EXTEND = 3; // Extend, Format, ZWJ
  private static final byte LETTER = 4; // ALetter
  private static final byte DIGIT = 5; // Numeric
  private static final byte MID_LETTER = 6;
  private static final byte MID_NUM_LET = 7; // MidNumLet and Single_Quote
  private static final byte MID_NUM = 8;
  private static final byte EXTEND_NUM_LET = 9;

  /** Characters below this have a class in {@link #CLASS}; above, only U+FEFF is handled. */
  private static final int TABLE_END = 0x2070;

  private static final byte[] CLASS = new byte[TABLE_END];

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  static {
    VersionInfo oldest = VersionInfo.getInstance(9, 0);
    for (int c = 0; c < TABLE_END; c++) {
      boolean inBlocks =
          c < 0x0250 || (c >= 0x0300 && c <= 0x036F) || (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
              || (c >= 0x08A0 && c <= 0x08FF) || c >= 0x2000;
      // Characters assigned after Unicode 9, which the tokenizer's grammar may not know, and
      // pictographs, which its emoji rules make tokens of, are left to it.
      if (!inBlocks
          || UCharacter.getAge(c).compareTo(oldest) > 0
          || UCharacter.getType(c) == UCharacter.UNASSIGNED
          || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)) {
        continue;
      }
      CLASS[c] = classOf(UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK));
    }
    // The prepended concatenation marks (the end-of-ayah sign ۝, the number signs): Numeric in
    // today's word rules, Format in the tokenizer's, which keeps them out of the number they
    // precede (۝١ → ١).
    for (char c : new char[] {'\u0600', '\u0601', '\u0602', '\u0603', '\u0604', '\u0605', '\u06DD', '\u08E2'}) {
      CLASS[c] = EXTEND;
    }
  }

  private static byte classOf(int wordBreak) {
    return switch (wordBreak) {
      case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.WSEGSPACE, UCharacter.WordBreak.DOUBLE_QUOTE -> OTHER;
      case UCharacter.WordBreak.CR, UCharacter.WordBreak.LF, UCharacter.WordBreak.NEWLINE -> LINE;
      case UCharacter.WordBreak.EXTEND, UCharacter.WordBreak.FORMAT, UCharacter.WordBreak.ZWJ -> EXTEND;
      case UCharacter.WordBreak.ALETTER -> LETTER;
      case UCharacter.WordBreak.NUMERIC -> DIGIT;
      case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
      case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_NUM_LET;
      case UCharacter.WordBreak.MIDNUM -> MID_NUM;
      case UCharacter.WordBreak.EXTENDNUMLET -> EXTEND_NUM_LET;
      // Hebrew letters, Katakana, regional indicators, emoji modifiers …
      default -> UNKNOWN;
    };
  }

  private static byte classOf(char c) {
    return c < TABLE_END ? CLASS[c] : c == BYTE_ORDER_MARK ? EXTEND : UNKNOWN;
  }

  private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
  private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

  /** A larger text's buffer is dropped after it, not kept for the next. */
  private static final int KEPT_BUFFER = 1 << 16;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  /** The whole text. */
  private char[] text = new char[1024];

  private int length;
  /** Where the next word is looked for. */
  private int pos;

  /** StandardTokenizer over the text from {@link #delegateFrom}, when it has taken over. */
  private StandardTokenizer delegate;

  private boolean delegating;
  private int delegateFrom;
  private CharTermAttribute dTerm;
  private OffsetAttribute dOffset;
  private PositionIncrementAttribute dPosInc;
  private TypeAttribute dType;

  public WordBreakTokenizer() {}

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    pos = 0;
    delegating = false;
    while (true) {
      if (length == text.length) {
        text = java.util.Arrays.copyOf(text, text.length * 2);
      }
      int n = input.read(text, length, text.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    for (int i = 0; i < length; i++) {
      if (classOf(text[i]) == UNKNOWN) {
        delegate(0);
        return;
      }
    }
  }

  /** Hands the text from {@code from} (the start of a word, or of the text) to StandardTokenizer. */
  private void delegate(int from) throws IOException {
    if (delegate == null) {
      delegate = new StandardTokenizer();
      dTerm = delegate.addAttribute(CharTermAttribute.class);
      dOffset = delegate.addAttribute(OffsetAttribute.class);
      dPosInc = delegate.addAttribute(PositionIncrementAttribute.class);
      dType = delegate.addAttribute(TypeAttribute.class);
    }
    delegate.setReader(new CharArrayReader(text, from, length - from));
    delegate.reset();
    delegating = true;
    delegateFrom = from;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (delegating) {
      return fromDelegate();
    }
    char[] t = text;
    int n = length;
    int i = nextWord(t, pos, n);
    while (i < n) {
      int start = i;
      byte prev = classOf(t[i]);
      boolean letters = prev == LETTER;
      i++;
      while (i < n) {
        byte c = classOf(t[i]);
        if (c == LETTER) {
          // WB5, WB10, WB13b; nearly every character of a word, so tested first.
          prev = LETTER;
          letters = true;
          i++;
        } else if (c == EXTEND) {
          // WB4: a mark belongs to the character before it, which was part of the word.
          i++;
        } else if (c == DIGIT || c == EXTEND_NUM_LET) {
          // WB8, WB9, WB13a, WB13b: prev is a letter, a digit or an underscore too.
          prev = c;
          i++;
        } else if ((c == MID_LETTER || c == MID_NUM_LET) && prev == LETTER) {
          // WB6, WB7: between two letters only.
          int j = afterMarks(t, i + 1, n);
          if (j == n || classOf(t[j]) != LETTER) {
            break;
          }
          i = j + 1;
        } else if ((c == MID_NUM || c == MID_NUM_LET) && prev == DIGIT) {
          // WB11, WB12: between two digits only.
          int j = afterMarks(t, i + 1, n);
          if (j == n || classOf(t[j]) != DIGIT) {
            break;
          }
          i = j + 1;
        } else {
          break;
        }
      }
      if (i - start > MAX_TOKEN_LENGTH) {
        // StandardTokenizer cuts such a word its own way.
        delegate(start);
        return fromDelegate();
      }
      if (letters || hasDigit(t, start, i)) {
        pos = i;
        termAtt.copyBuffer(t, start, i - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(i));
        posIncAtt.setPositionIncrement(1);
        typeAtt.setType(letters ? ALPHANUM : NUM);
        return true;
      }
      // Underscores alone are no token.
      i = nextWord(t, i, n);
    }
    pos = n;
    return false;
  }

  /**
   * The index of the next character that starts a word (a letter, a digit, an underscore) at or
   * after {@code i}, or {@code n}: what lies before is one character after another, each with
   * its marks (WB4) unless it is a line break.
   */
  private static int nextWord(char[] t, int i, int n) {
    while (i < n) {
      byte c = classOf(t[i]);
      if (c == LETTER || c == DIGIT || c == EXTEND_NUM_LET) {
        return i;
      }
      i++;
      if (c != LINE) {
        i = afterMarks(t, i, n);
      }
    }
    return n;
  }

  private static boolean hasDigit(char[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (classOf(t[k]) == DIGIT) {
        return true;
      }
    }
    return false;
  }

  /** The index after the marks and format characters (WB4) that start at {@code i}. */
  private static int afterMarks(char[] t, int i, int n) {
    while (i < n && classOf(t[i]) == EXTEND) {
      i++;
    }
    return i;
  }

  private boolean fromDelegate() throws IOException {
    if (!delegate.incrementToken()) {
      return false;
    }
    termAtt.copyBuffer(dTerm.buffer(), 0, dTerm.length());
    offsetAtt.setOffset(
        correctOffset(delegateFrom + dOffset.startOffset()), correctOffset(delegateFrom + dOffset.endOffset()));
    posIncAtt.setPositionIncrement(dPosInc.getPositionIncrement());
    typeAtt.setType(dType.type());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offsetAtt.setOffset(last, last);
    if (delegating) {
      delegate.end();
      posIncAtt.setPositionIncrement(dPosInc.getPositionIncrement());
    }
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (delegating) {
      delegate.close();
      delegating = false;
    }
    if (text.length > KEPT_BUFFER) {
      text = new char[1024];
    }
    length = 0;
  }
}
