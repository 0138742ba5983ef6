package org.fahras.plugins.arabic;

/**
 * The Arabic diacritics the {@code VOCALISED} field keeps, and the canonical order it writes them
 * in: after each letter, at most a shadda and then at most one vowel sign.
 *
 * <p>A vowel sign is one of fatha, damma, kasra, the three tanween signs and sukun (which says
 * "no vowel", so it takes the vowel's place). A letter may thus be written bare, with a shadda,
 * with a vowel sign, or with a shadda and a vowel sign, whatever order the text had them in; of
 * two vowel signs on one letter the first in Unicode's canonical order is kept (so the result
 * does not depend on the order they were typed in), and repeated marks are dropped.
 */
final class ArabicVocalisation {

  static final char FATHATAN = '\u064B';
  static final char DAMMATAN = '\u064C';
  static final char KASRATAN = '\u064D';
  static final char FATHA = '\u064E';
  static final char DAMMA = '\u064F';
  static final char KASRA = '\u0650';
  static final char SHADDA = '\u0651';
  static final char SUKUN = '\u0652';

  private static final char TEH_MARBUTA = '\u0629';

  /** The vowel signs, in no particular order. */
  static final char[] VOWELS = {FATHATAN, DAMMATAN, KASRATAN, FATHA, DAMMA, KASRA, SUKUN};

  private ArabicVocalisation() {}

  /** Whether {@code c} is a vowel sign (harakat, tanween or sukun). */
  static boolean isVowel(char c) {
    return (c >= FATHATAN && c <= KASRA) || c == SUKUN;
  }

  /** Whether {@code c} is a mark the field keeps: a vowel sign or the shadda. */
  static boolean isKept(char c) {
    return (c >= FATHATAN && c <= SUKUN);
  }

  /**
   * Rewrites the first {@code len} chars of {@code s} in place into the canonical order: each
   * base character followed by its shadda, then its vowel sign; other marks that {@code exact}
   * removes are deleted, as are kept marks with no letter before them.
   *
   * @param exact the folding of the EXACT field, which says which other marks to delete
   * @return the new length
   */
  static int canonicalise(char[] s, int len, ArabicFolding exact) {
    int out = 0;
    boolean letter = false;
    boolean shadda = false;
    char vowel = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (isKept(c)) {
        if (!letter) {
          continue;
        }
        if (c == SHADDA) {
          shadda = true;
        } else if (vowel == 0 || c < vowel) {
          // Two vowel signs on one letter: the first in Unicode's canonical order (the lowest),
          // whatever order the text had them in.
          vowel = c;
        }
      } else if (!exact.removes(c)) {
        // A base character: write the marks of the one before, then it.
        out = flush(s, out, shadda, vowel);
        s[out++] = c;
        letter = true;
        shadda = false;
        vowel = 0;
      }
    }
    return flush(s, out, shadda, vowel);
  }

  /**
   * {@link #canonicalise} in one pass from {@code s} into two other arrays: the canonical form
   * into {@code vocalised}, each ة in it written {@code tehMarbuta} (ة or ه), and its letters, the
   * same without the marks and ة as it is, into {@code letters}. Each array holds at least {@code
   * len} chars.
   *
   * @return the length of the canonical form in the low 32 bits, the number of letters in the
   *     high 32 bits
   */
  static long canonicaliseAndSplit(
      char[] s, int len, ArabicFolding exact, char tehMarbuta, char[] vocalised, char[] letters) {
    int out = 0;
    int bare = 0;
    boolean letter = false;
    boolean shadda = false;
    char vowel = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (isKept(c)) {
        if (!letter) {
          continue;
        }
        if (c == SHADDA) {
          shadda = true;
        } else if (vowel == 0 || c < vowel) {
          vowel = c;
        }
      } else if (!exact.removes(c)) {
        out = flush(vocalised, out, shadda, vowel);
        vocalised[out++] = c == TEH_MARBUTA ? tehMarbuta : c;
        letters[bare++] = c;
        letter = true;
        shadda = false;
        vowel = 0;
      }
    }
    out = flush(vocalised, out, shadda, vowel);
    return ((long) bare << 32) | out;
  }

  private static int flush(char[] s, int out, boolean shadda, char vowel) {
    if (shadda) {
      s[out++] = SHADDA;
    }
    if (vowel != 0) {
      s[out++] = vowel;
    }
    return out;
  }

  /**
   * The letters of a vocalised term without its marks, into {@code into}.
   *
   * @return their number
   */
  static int skeleton(char[] s, int len, char[] into) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      if (!isKept(s[i])) {
        into[n++] = s[i];
      }
    }
    return n;
  }
}
