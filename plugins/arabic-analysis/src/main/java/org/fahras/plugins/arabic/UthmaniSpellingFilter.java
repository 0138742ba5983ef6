package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Follows a word written in the Qur'an's Uthmani orthography with its spelling in today's
 * orthography, at the same position (increment 0, same offsets and type), so that a search typed
 * the way Arabic is written today finds quoted verses, and a verse pasted into the search box finds
 * today's spelling.
 *
 * <p>The Uthmani script writes a long ā in many words with a dagger alef (U+0670, a mark over the
 * letter) where today's spelling has a letter ا: {@code ٱلْعَٰلَمِينَ} is العالمين, {@code ٱلْكِتَٰبُ}
 * الكتاب, {@code ٱلسَّمَٰوَٰتِ} السماوات; a bare و carrying the dagger alef is today's ا ({@code
 * ٱلصَّلَوٰةَ} الصلاة, {@code ٱلزَّكَوٰةَ} الزكاة, {@code ٱلْحَيَوٰةِ} الحياة); and a small yeh (U+06E6,
 * U+06E7) inside a word is a letter ي ({@code إِبْرَٰهِـۧمَ} إبراهيم, {@code ٱلنَّبِيِّـۧنَ} النبيين); a
 * hamza on the line before the alef of a long ā is today's آ ({@code ءَامَنُوا۟} آمنوا, {@code
 * ٱلْقُرْءَانُ} القرآن; not the alef after a hamza with tanween, {@code جُزْءًا}).
 * Folding deletes these marks (the dagger alef is a diacritic), so without this filter the word is
 * indexed as علمين, كتب, صلوه, إبرهم, which no one types.
 *
 * <p>What stays as folding leaves it: a dagger alef over ى ({@code عَلَىٰ} على, {@code مُوسَىٰ}
 * موسى), a small yeh or small waw at the end of a word (the lengthened pronoun, {@code فِيهِۦ} فيه,
 * {@code لَهُۥ} له), and the words today's spelling also writes without the alef (هذا, ذلك, لكن,
 * أولئك and their forms with و ف ب ك ل before them: their dagger alef is the same in both
 * orthographies, and the variant would keep a stop word in the index). Everything else a word may
 * carry (harakat, other Quranic marks, ٱ) is left to the folding that follows, which reads the
 * variant as it reads any word.
 *
 * <p>Place it right after the tokenizer's script-run split, before any folding.
 */
final class UthmaniSpellingFilter extends TokenFilter {

  static final char DAGGER_ALEF = '\u0670';
  static final char SMALL_YEH = '\u06E6';
  static final char SMALL_HIGH_YEH = '\u06E7';
  private static final char ALEF = '\u0627';
  private static final char ALEF_MADDA = '\u0622';
  private static final char HAMZA = '\u0621';
  private static final char FATHATAN = '\u064B';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';
  private static final char TATWEEL = '\u0640';

  /**
   * Words written without their alef in both orthographies (letters only, ٱ read as ا): the
   * demonstratives and لكن, with the suffixes they take.
   */
  private static final java.util.Set<String> SAME_IN_BOTH =
      java.util.Set.of(
          "هذا", "هذه", "هذان", "هذين", "هؤلاء", "ذلك", "ذلكم", "ذلكما", "ذلكن", "أولئك", "اولئك", "لكن",
          "لكنه", "لكنها", "لكنهم", "لكنكم", "لكنا", "لكني", "لكننا");

  /** {@link #SAME_IN_BOTH}, looked up by a range of chars. */
  private static final org.apache.lucene.analysis.CharArraySet SAME_IN_BOTH_CHARS =
      new org.apache.lucene.analysis.CharArraySet(SAME_IN_BOTH, false);

  /** The most letters a word of {@link #SAME_IN_BOTH} has with two clitics before it. */
  private static final int MAX_SAME_IN_BOTH =
      SAME_IN_BOTH.stream().mapToInt(String::length).max().orElse(0) + 2;

  /** Letters that may stand before those words as one-letter clitics. */
  private static final String CLITICS = "وفبكل";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final StringBuilder variant = new StringBuilder();
  private State state;
  private boolean pending;

  UthmaniSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending) {
      pending = false;
      restoreState(state);
      termAtt.setEmpty().append(variant);
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = termAtt.buffer();
    int len = termAtt.length();
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if (c == DAGGER_ALEF || c == SMALL_YEH || c == SMALL_HIGH_YEH || c == HAMZA) {
        if (todaysSpelling(b, len, variant)) {
          state = captureState();
          pending = true;
        }
        break;
      }
    }
    return true;
  }

  /**
   * Writes into {@code out} the word {@code b[0, len)} in today's orthography, and answers whether
   * that is a variant worth indexing (it differs from what folding makes of the word, and the word
   * is not one written alike in both orthographies).
   */
  static boolean todaysSpelling(char[] b, int len, StringBuilder out) {
    out.setLength(0);
    boolean changed = false;
    int lastLetterIn = -1;
    int lastLetterOut = -1;
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if (c == DAGGER_ALEF) {
        char prev = lastLetterIn < 0 ? 0 : b[lastLetterIn];
        if (prev == ALEF_MAKSURA || lastLetterIn < 0) {
          continue; // عَلَىٰ: on ى the dagger alef adds nothing today's spelling writes
        }
        if (prev == WAW && lastLetterIn == i - 1) {
          out.setCharAt(lastLetterOut, ALEF); // صلوٰة: the bare و is the seat of the alef
        } else {
          out.append(ALEF);
        }
        changed = true;
      } else if (c == ALEF && lastLetterIn >= 0 && b[lastLetterIn] == HAMZA
          && !hasMark(b, lastLetterIn + 1, i, FATHATAN)) {
        out.setCharAt(lastLetterOut, ALEF_MADDA); // ءَامَنُوا: today's آمنوا
        lastLetterIn = i;
        changed = true;
      } else if (c == SMALL_YEH || c == SMALL_HIGH_YEH) {
        if (letterFollows(b, i + 1, len)) {
          out.append(YEH);
          changed = true;
        }
      } else {
        out.append(c);
        if (isLetter(c)) {
          lastLetterIn = i;
          lastLetterOut = out.length() - 1;
        }
      }
    }
    return changed && !sameInBoth(b, len);
  }

  private static boolean hasMark(char[] b, int from, int to, char mark) {
    for (int i = from; i < to; i++) {
      if (b[i] == mark) {
        return true;
      }
    }
    return false;
  }

  private static boolean letterFollows(char[] b, int from, int len) {
    for (int i = from; i < len; i++) {
      if (isLetter(b[i])) {
        return true;
      }
    }
    return false;
  }

  /** An Arabic letter (not a mark, not tatweel). */
  private static boolean isLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A' && c != TATWEEL) || (c >= ALEF_WASLA && c <= '\u06D3');
  }

  /** Whether the word's letters (ٱ read as ا) are one of {@link #SAME_IN_BOTH}, maybe after clitics. */
  private static boolean sameInBoth(char[] b, int len) {
    // Without a string per word: in vocalised text most words have a variant, and each is asked.
    char[] letters = new char[MAX_SAME_IN_BOTH];
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if (isLetter(c)) {
        if (n == letters.length) {
          return false; // longer than any of them with two clitics
        }
        letters[n++] = c == ALEF_WASLA ? ALEF : c;
      }
    }
    for (int start = 0; start <= 2 && start < n; start++) {
      if (start > 0 && CLITICS.indexOf(letters[start - 1]) < 0) {
        break;
      }
      if (SAME_IN_BOTH_CHARS.contains(letters, start, n - start)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = false;
    state = null;
  }
}
