package org.fahras.plugins.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token filter that splits a token where the script changes (Googleجوجل → Google, جوجل), as
 * Lucene's {@code ICUTokenizer} does: Unicode's word rules, which {@code StandardTokenizer}
 * follows, keep Latin and Arabic letters in one word.
 *
 * <p>Script runs follow {@code ICUTokenizer}'s {@code ScriptIterator}: characters of the Common and
 * Inherited scripts (digits, punctuation) and combining marks take the script of the run they are
 * in; a character whose script extensions include the run's script stays in the run; the run's
 * script carries over from one token to the next, so {@code 2023م} after Arabic text is one token
 * and after Latin text two. (The iterator also sees the characters between tokens; those are
 * nearly always Common, so this filter does without them.)
 *
 * <p>It also splits at colons, which Unicode's word rules (and so {@code StandardTokenizer}) keep
 * between letters for Swedish and ICU's root rules do not: {@code قال:نعم} → قال, نعم. Full stops,
 * apostrophes and format characters left at the edge of a split part are dropped, as the word
 * rules drop them at a word's edge.
 *
 * <p>Must see the tokenizer's terms unchanged: offsets of the parts are computed from the term's
 * characters, so it runs right after the tokenizer.
 */
public final class ScriptRunSplitFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private static final char COLON = ':';
  private static final char SMALL_COLON = '\uFE55';
  private static final char FULLWIDTH_COLON = '\uFF1A';

  /** Scripts of the characters up to the end of the Arabic block, looked up once. */
  private static final int[] SCRIPT_OF = new int[0x0700];

  static {
    for (int c = 0; c < SCRIPT_OF.length; c++) {
      SCRIPT_OF[c] = UScript.getScript(c);
    }
  }

  /** The script of the current run, {@link UScript#COMMON} before any letter. */
  private int runScript = UScript.COMMON;

  /** The rest of a split token, still to be emitted. */
  private State pending;

  private char[] rest = new char[0];
  private int restLength;
  private int restStart;
  private int restEndOffset;

  public ScriptRunSplitFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      termAtt.copyBuffer(rest, 0, restLength);
      offsetAtt.setOffset(restStart, restEndOffset);
      posIncAtt.setPositionIncrement(1);
    } else if (!input.incrementToken()) {
      return false;
    }
    while (true) {
      char[] buffer = termAtt.buffer();
      int length = termAtt.length();
      int split = firstBreak(buffer, length);
      if (split == 0) {
        return true;
      }
      boolean colon = isColon(buffer[split]);
      // The rest starts at the next letter or digit: a colon is dropped with the marks after it
      // (Unicode's rules attach them to the colon), and a word never starts with a full stop,
      // an apostrophe or a format character.
      int restFrom = nextWordCharacter(buffer, colon ? split + 1 : split, length);
      for (int i = split; i < restFrom; ) {
        // What is skipped still counts for the script run.
        int cp = Character.codePointAt(buffer, i, restFrom);
        startsNewRun(cp);
        i += Character.charCount(cp);
      }
      // Unicode's word rules keep a full stop or apostrophe only between letters: at the end of
      // the first script run it ends the word instead (é.ھ → é, ھ).
      int headEnd = colon ? split : endOfLastWordCharacter(buffer, split);
      int start = offsetAtt.startOffset();
      int end = offsetAtt.endOffset();
      boolean exactOffsets = end - start == length;
      if (headEnd == 0) {
        // No letter or digit before the split: the token is its rest.
        if (restFrom == length) {
          return true;
        }
        System.arraycopy(buffer, restFrom, buffer, 0, length - restFrom);
        termAtt.setLength(length - restFrom);
        offsetAtt.setOffset(exactOffsets ? start + restFrom : start, end);
        continue;
      }
      restLength = length - restFrom;
      if (rest.length < restLength) {
        rest = new char[restLength];
      }
      System.arraycopy(buffer, restFrom, rest, 0, restLength);
      restStart = exactOffsets ? start + restFrom : start;
      restEndOffset = end;
      termAtt.setLength(headEnd);
      offsetAtt.setOffset(start, exactOffsets ? start + headEnd : end);
      pending = restLength > 0 ? captureState() : null;
      return true;
    }
  }

  /** The index of the first letter or digit at or after {@code i}, or {@code end}. */
  private static int nextWordCharacter(char[] buffer, int i, int end) {
    while (i < end) {
      int cp = Character.codePointAt(buffer, i, end);
      if (Character.isLetterOrDigit(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return end;
  }

  /**
   * The end of the last letter or digit before {@code end}, with the marks that follow it, or 0
   * when there is none.
   */
  private static int endOfLastWordCharacter(char[] buffer, int end) {
    int i = end;
    while (i > 0) {
      int cp = Character.codePointBefore(buffer, i);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    // The marks and format characters right after it belong to it.
    return i == 0 ? 0 : afterMarks(buffer, i, end);
  }

  /** The index after the marks and format characters that start at {@code i}. */
  private static int afterMarks(char[] buffer, int i, int end) {
    while (i < end) {
      int cp = Character.codePointAt(buffer, i, end);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.FORMAT) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /**
   * Colons ICU's root word rules never keep inside a word; Unicode's MidLetter class, which
   * StandardTokenizer follows, has them for Swedish ("c:a"), so {@code dc:title} and {@code
   * قال:نعم} come from it as one token.
   */
  private static boolean isColon(char c) {
    return c == COLON || c == SMALL_COLON || c == FULLWIDTH_COLON;
  }

  /** The index of the first colon or script change in the term, or 0 for none. */
  private int firstBreak(char[] buffer, int length) {
    if (staysInRun(buffer, length)) {
      return 0;
    }
    int colon = 1;
    while (colon < length && !isColon(buffer[colon])) {
      colon++;
    }
    // Only up to the colon: the run's script must be the one in force there.
    int change = firstScriptChange(buffer, colon);
    return change > 0 ? change : colon < length ? colon : 0;
  }

  /**
   * The common case, without code points or script extensions: whether every character of the
   * term is below U+0700, no colon, and of the run's script or of Common or Inherited, the run
   * taking the script of the first letter when it has none yet. Then nothing splits the term and
   * the run moves on as {@link #startsNewRun} would move it; otherwise nothing is changed and the
   * caller takes the general way.
   */
  private boolean staysInRun(char[] buffer, int length) {
    int run = runScript;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c >= SCRIPT_OF.length || c == COLON) {
        return false;
      }
      int script = SCRIPT_OF[c];
      if (script > UScript.INHERITED) {
        if (run <= UScript.INHERITED) {
          run = script;
        } else if (run != script) {
          return false;
        }
      }
    }
    runScript = run;
    return true;
  }

  /** The index where the first script change in the term starts a new run, or 0 for none. */
  private int firstScriptChange(char[] buffer, int length) {
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(buffer, i, length);
      if (startsNewRun(cp) && i > 0) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return 0;
  }

  /** Moves the script run on by one character; true when that character starts a new run. */
  private boolean startsNewRun(int cp) {
    int script = cp < SCRIPT_OF.length ? SCRIPT_OF[cp] : UScript.getScript(cp);
    if (sameScript(script, cp) || isCombiningMark(cp)) {
      // Common and Inherited take the script of the text around them.
      if (runScript <= UScript.INHERITED && script > UScript.INHERITED) {
        runScript = script;
      }
      return false;
    }
    runScript = script;
    return true;
  }

  private boolean sameScript(int script, int cp) {
    return runScript == script
        || runScript <= UScript.INHERITED
        || script <= UScript.INHERITED
        || UScript.hasScript(cp, runScript);
  }

  private static boolean isCombiningMark(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.COMBINING_SPACING_MARK
        || type == UCharacterCategory.NON_SPACING_MARK
        || type == UCharacterCategory.ENCLOSING_MARK;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    runScript = UScript.COMMON;
  }
}
