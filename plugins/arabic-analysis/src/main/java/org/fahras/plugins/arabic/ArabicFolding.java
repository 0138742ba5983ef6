package org.fahras.plugins.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The chain's character-level normalisation in one pass over a term: what {@link
 * CompatibilityFolding#NFKC_CASEFOLD_WITHOUT_SPACES}, {@link ArabicLetterNormalizer}, Lucene's
 * {@code ArabicNormalizer} and {@code DecimalDigitFilter} do one after another, with the same
 * result.
 *
 * <p>The last three map each character to one character or delete it, whatever its neighbours, so
 * together they are one table ({@link #FOLDED}, {@link #REMOVED}), built at start-up by running
 * the three on every BMP character. The ICU step is the costly one and, on Arabic text, mostly a
 * no-op: it is run only on terms with a character it could change or that could interact with a
 * neighbour ({@link #NEEDS_ICU}). A character needs no ICU when NFKC_Casefold keeps it and it
 * combines with nothing (NFKC quick check "yes", not changed by case folding), and it is either a
 * base character (combining class 0) or a mark the table deletes anyway: canonical reordering only
 * moves marks among marks, so once they are deleted, the order they were in makes no difference.
 * ASCII capitals are lowercased by the table (the ICU step makes them lower case too). Everything
 * else (presentation forms, decomposed hamza U+0653–U+0655, Latin accents, invisible format
 * characters, surrogates) takes the ICU step first, as before.
 */
final class ArabicFolding {

  private static final Normalizer2 NFKC_CASEFOLD = CompatibilityFolding.NFKC_CASEFOLD_WITHOUT_SPACES;

  private static final int BMP = 0x10000;

  /** The value "yes" of the NFKC_Quick_Check property (no: 0, maybe: 2). */
  private static final int QUICK_CHECK_YES = 1;

  /** What each BMP character becomes (itself when unchanged), unless {@link #REMOVED}. */
  private static final char[] FOLDED = new char[BMP];

  /** The BMP characters that are deleted. */
  private static final boolean[] REMOVED = new boolean[BMP];

  /** The BMP characters that make a term go through ICU's normaliser first. */
  private static final boolean[] NEEDS_ICU = new boolean[BMP];

  static {
    ArabicNormalizer lucene = new ArabicNormalizer();
    char[] one = new char[1];
    for (int c = 0; c < BMP; c++) {
      char ch = (char) c;
      one[0] = ch;
      int len = ArabicLetterNormalizer.normalize(one, 1);
      if (len == 1) {
        len = lucene.normalize(one, 1);
      }
      if (len == 1 && one[0] > 0x7F && Character.isDigit(one[0])) {
        // As DecimalDigitFilter: any decimal digit becomes its ASCII digit.
        one[0] = (char) ('0' + Character.getNumericValue(one[0]));
      }
      REMOVED[c] = len == 0;
      FOLDED[c] = len == 0 ? ch : one[0];
      if (c >= 'A' && c <= 'Z') {
        FOLDED[c] = (char) (c + ('a' - 'A'));
      }
      NEEDS_ICU[c] = !(c >= 'A' && c <= 'Z') && !keptByIcu(c, REMOVED[c]);
    }
  }

  private ArabicFolding() {}

  private static boolean keptByIcu(int c, boolean removed) {
    if (Character.isSurrogate((char) c)) {
      return false;
    }
    if (NFKC_CASEFOLD.isInert(c)) {
      return true;
    }
    return UCharacter.getIntPropertyValue(c, UProperty.NFKC_QUICK_CHECK) == QUICK_CHECK_YES
        && !UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_NFKC_CASEFOLDED)
        && (UCharacter.getCombiningClass(c) == 0 || removed);
  }

  /**
   * Normalises the first {@code len} chars of {@code s} in place, or answers -1 when the term
   * needs ICU's normaliser first ({@link #fold(StringBuilder)}).
   *
   * @return the new length, never more than {@code len}, or -1
   */
  static int foldInPlace(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      if (NEEDS_ICU[s[i]]) {
        return -1;
      }
    }
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (!REMOVED[c]) {
        s[out++] = FOLDED[c];
      }
    }
    return out;
  }

  /**
   * Normalises a term that {@link #foldInPlace} declined: ICU first (only when its quick check
   * says so, as Lucene's {@code ICUNormalizer2Filter}), then the table; characters outside the BMP
   * keep their surrogate pair unless they are decimal digits.
   */
  static String foldWithIcu(CharSequence term) {
    CharSequence s = term;
    if (NFKC_CASEFOLD.quickCheck(term) != Normalizer.YES) {
      s = NFKC_CASEFOLD.normalize(term);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        if (Character.isDigit(cp)) {
          out.append((char) ('0' + Character.getNumericValue(cp)));
        } else {
          out.appendCodePoint(cp);
        }
        i++;
      } else if (!REMOVED[c]) {
        out.append(FOLDED[c]);
      }
    }
    return out.toString();
  }
}
