package org.fahras.plugins.arabic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The chain's character-level normalisation in one pass over a term: what {@link
 * CompatibilityFolding#NFKC_CASEFOLD_WITHOUT_SPACES}, {@link ArabicLetterNormalizer}, Lucene's
 * {@code ArabicNormalizer} and {@code DecimalDigitFilter} do one after another, with the same
 * result, restricted to the {@link ArabicRule}s that are on.
 *
 * <p>The last three map each character to one character or delete it, whatever its neighbours, so
 * together they are one table ({@link #folded}, {@link #removed}), built when a folding is created
 * by running the three on every BMP character and undoing each change whose rule is off. The ICU
 * step is the costly one and, on Arabic text, mostly a no-op: it is run only on terms with a
 * character it could change or that could interact with a neighbour ({@link #needsIcu}). A
 * character needs no ICU when NFKC_Casefold keeps it and it combines with nothing (NFKC quick
 * check "yes", not changed by case folding), and it is either a base character (combining class
 * 0) or a mark the table deletes anyway: canonical reordering only moves marks among marks, so
 * once they are deleted, the order they were in makes no difference. ASCII capitals are lowercased
 * by the table (the ICU step makes them lower case too). Everything else (presentation forms,
 * decomposed hamza U+0653–U+0655, Latin accents, invisible format characters, surrogates) takes
 * the ICU step first, as before.
 *
 * <p>With {@link ArabicRule#COMPATIBILITY} off there is no ICU step; the table then lowercases
 * with Unicode's simple case folding, so Latin words still match whatever their case.
 */
final class ArabicFolding {

  /** Every rule on: the default analysis. */
  static final ArabicFolding DEFAULT = new ArabicFolding(ArabicRule.all());

  private static final int BMP = 0x10000;

  private static final char TATWEEL = '\u0640';
  private static final char HAMZA = ArabicLetterNormalizer.HAMZA;
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char DECIMAL_SEPARATOR = '\u066B';
  private static final char THOUSANDS_SEPARATOR = '\u066C';

  /** The value "yes" of the NFKC_Quick_Check property (no: 0, maybe: 2). */
  private static final int QUICK_CHECK_YES = 1;

  private final Set<ArabicRule> rules;
  /**
   * Whether the diacritics this folding keeps are transparent to the context rules (ىء): set for
   * the foldings whose caller canonicalises the marks, so that ى + vowel sign + ء folds as ىء.
   */
  private final boolean marksTransparent;

  /** The ICU step, or {@code null} when {@link ArabicRule#COMPATIBILITY} is off. */
  private final Normalizer2 icu;

  /** What each BMP character becomes (itself when unchanged), unless {@link #removed}. */
  private final char[] folded = new char[BMP];

  /** The BMP characters that are deleted. */
  private final boolean[] removed = new boolean[BMP];

  /** The BMP characters that make a term go through {@link #foldWithIcu} first. */
  private final boolean[] needsIcu = new boolean[BMP];

  /** A {@link #kinds} bit: {@link #removed}. */
  private static final byte REMOVED = 1;

  /** A {@link #kinds} bit: {@link #needsIcu}. */
  private static final byte NEEDS_ICU = 2;

  /** A {@link #kinds} bit: {@link #contextual}. */
  private static final byte CONTEXTUAL = 4;

  /**
   * A {@link #kinds} bit: a diacritic the caller canonicalises, transparent to the context rules
   * ({@link #marksTransparent}).
   */
  private static final byte TRANSPARENT = 8;

  /**
   * {@link #removed}, {@link #needsIcu}, {@link #contextual} and the transparent marks as bits of
   * one table, for the folding loop: 0, the most common value, is a character written as {@link
   * #folded} says and nothing else.
   */
  private final byte[] kinds = new byte[BMP];

  /**
   * The BMP characters whose folding depends on their neighbours ({@link #foldContextual}): ء
   * after ى (with {@link ArabicRule#HAMZA}), ٫ and ٬ between digits (with {@link
   * ArabicRule#DIGITS}).
   */
  private final boolean[] contextual = new boolean[BMP];

  /** A folding with the given rules on (rules that are not character rules are ignored). */
  ArabicFolding(Set<ArabicRule> rules) {
    this(rules, null);
  }

  /**
   * A folding with the given rules on; with {@code canonicalisedBy}, for a folding that keeps the
   * diacritics and whose caller then puts them in its own canonical order and deletes the marks
   * {@code canonicalisedBy} removes ({@link ArabicVocalisation#canonicalise}): those marks (the
   * vowel signs and shadda, and the Quranic and other marks the other folding deletes) do not
   * send a term through ICU's normaliser by themselves — its canonical reordering of them would
   * be undone or deleted anyway. Marks that compose with a letter (hamza above and below, maddah)
   * still do.
   *
   * @param canonicalisedBy the folding whose removed marks the caller deletes, or null
   */
  ArabicFolding(Set<ArabicRule> rules, ArabicFolding canonicalisedBy) {
    this.marksTransparent = canonicalisedBy != null;
    this.rules = rules.isEmpty() ? EnumSet.noneOf(ArabicRule.class) : EnumSet.copyOf(rules);
    boolean compatibility = rules.contains(ArabicRule.COMPATIBILITY);
    icu =
        compatibility
            ? CompatibilityFolding.nfkcCasefold(rules.contains(ArabicRule.INVISIBLE))
            : null;
    ArabicNormalizer lucene = new ArabicNormalizer();
    char[] one = new char[1];
    for (int c = 0; c < BMP; c++) {
      char ch = (char) c;
      // The three steps in their order; a change whose rule is off is undone.
      one[0] = ch;
      int len = ArabicLetterNormalizer.normalize(one, 1);
      if (changed(ch, one, len) && !isOn(ArabicLetterNormalizer.ruleOf(ch))) {
        one[0] = ch;
        len = 1;
      }
      if (len == 1) {
        char before = one[0];
        len = lucene.normalize(one, 1);
        if (changed(before, one, len) && !isOn(luceneRuleOf(before, one, len))) {
          one[0] = before;
          len = 1;
        }
      }
      if (len == 1 && one[0] > 0x7F && Character.isDigit(one[0]) && isOn(ArabicRule.DIGITS)) {
        // As DecimalDigitFilter: any decimal digit becomes its ASCII digit.
        one[0] = (char) ('0' + Character.getNumericValue(one[0]));
      }
      removed[c] = len == 0;
      folded[c] = len == 0 ? ch : one[0];
      if (c >= 'A' && c <= 'Z') {
        folded[c] = (char) (c + ('a' - 'A'));
      } else if (!compatibility && !removed[c] && !Character.isSurrogate(folded[c])) {
        int lower = UCharacter.foldCase(folded[c], true);
        folded[c] = lower < BMP ? (char) lower : folded[c];
      }
      // Surrogates always take the slow path, where supplementary digits are folded.
      needsIcu[c] =
          Character.isSurrogate(ch)
              || (compatibility
                  && !(c >= 'A' && c <= 'Z')
                  && !(canonicalisedBy != null && reorderedAway(c, ch, canonicalisedBy))
                  && !keptByIcu(c, removed[c]));
    }
    contextual[HAMZA] = rules.contains(ArabicRule.HAMZA);
    contextual[DECIMAL_SEPARATOR] = rules.contains(ArabicRule.DIGITS);
    contextual[THOUSANDS_SEPARATOR] = rules.contains(ArabicRule.DIGITS);
    for (int c = 0; c < BMP; c++) {
      kinds[c] =
          (byte)
              ((removed[c] ? REMOVED : 0)
                  | (needsIcu[c] ? NEEDS_ICU : 0)
                  | (contextual[c] ? CONTEXTUAL : 0)
                  | (marksTransparent && ArabicVocalisation.isKept((char) c) ? TRANSPARENT : 0));
    }
  }

  /**
   * Whether a mark this folding keeps is, by itself, no reason for ICU: the caller reorders it or
   * deletes it, and NFKC neither changes nor composes it.
   */
  private boolean reorderedAway(int c, char ch, ArabicFolding canonicalisedBy) {
    return !removed[c]
        && (ArabicVocalisation.isKept(ch) || canonicalisedBy.removed[c])
        && UCharacter.getIntPropertyValue(c, UProperty.NFKC_QUICK_CHECK) == QUICK_CHECK_YES
        && UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) == QUICK_CHECK_YES
        && !UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_NFKC_CASEFOLDED);
  }

  /** The rules on in this folding. */
  Set<ArabicRule> rules() {
    return rules;
  }

  /** Whether {@code rule} is on in this folding. */
  boolean has(ArabicRule rule) {
    return rules.contains(rule);
  }

  /**
   * What a {@link #contextual} character becomes.
   *
   * <ul>
   *   <li>ء after ى (the previous character kept, as written) replaces the ى: ىء is the old
   *       spelling of ئ (شاطىء, مبادىء, as Egyptian print has it), and ئ folds to ء (شاطء). A ء
   *       after a dotted ي is left alone (شيء, بريء, مجيء are written so); the stemmer reads a
   *       final يء as ئ in the STEMMED field only.
   *   <li>The Arabic decimal separator ٫ and thousands separator ٬ between two digits become
   *       {@code .} and {@code ,} (٢٫٥ = 2.5, ١٢٬٥٠٠ = 12,500), as the tokenizer keeps both
   *       inside a number.
   * </ul>
   *
   * @param c the character, {@link #contextual}
   * @param before the previous kept character as written, 0 if none
   * @param written the previous character as folded, 0 if none
   * @param after the next character not removed, as written, 0 if none
   * @return the folded character, or 0 when the caller is to overwrite the previous one (the ى)
   *     with ء instead
   */
  private char foldContextual(char c, char before, char written, char after) {
    if (c == HAMZA) {
      return before == ALEF_MAKSURA ? 0 : folded[c];
    }
    return isAsciiDigit(written) && isAsciiDigit(folded[after])
        ? (c == DECIMAL_SEPARATOR ? '.' : ',')
        : folded[c];
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The next character of {@code s} from {@code from} that is not removed, or 0. */
  private char nextKept(CharSequence s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!removed[c]) {
        return c;
      }
    }
    return 0;
  }

  private char nextKept(char[] s, int from, int len) {
    for (int i = from; i < len; i++) {
      if (!removed[s[i]]) {
        return s[i];
      }
    }
    return 0;
  }

  private boolean isOn(ArabicRule rule) {
    return rule == null || rules.contains(rule);
  }

  private static boolean changed(char before, char[] one, int len) {
    return len != 1 || one[0] != before;
  }

  /** The rule group of a change Lucene's {@code ArabicNormalizer} made to {@code c}. */
  private static ArabicRule luceneRuleOf(char c, char[] one, int len) {
    if (len == 0) {
      return c == TATWEEL ? ArabicRule.TATWEEL : ArabicRule.TASHKEEL;
    }
    return switch (one[0]) {
      case ArabicLetterNormalizer.ALEF -> ArabicRule.ALEF;
      case ArabicLetterNormalizer.YEH -> ArabicRule.ALEF_MAKSURA;
      case ArabicLetterNormalizer.HEH -> ArabicRule.TEH_MARBUTA;
      default -> throw new IllegalStateException(
          "unexpected change by Lucene's ArabicNormalizer: U+" + Integer.toHexString(c));
    };
  }

  private boolean keptByIcu(int c, boolean isRemoved) {
    if (Character.isSurrogate((char) c)) {
      return false;
    }
    if (icu.isInert(c)) {
      return true;
    }
    return UCharacter.getIntPropertyValue(c, UProperty.NFKC_QUICK_CHECK) == QUICK_CHECK_YES
        && !UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_NFKC_CASEFOLDED)
        && (UCharacter.getCombiningClass(c) == 0 || isRemoved);
  }

  /** Whether this folding deletes {@code c} (a mark, tatweel, an invisible character …). */
  boolean removes(char c) {
    return removed[c];
  }

  /**
   * Normalises the first {@code len} chars of {@code s} in place, or answers -1 when the term
   * needs ICU's normaliser first ({@link #foldWithIcu}); {@code s} is then left as it was.
   *
   * @return the new length, never more than {@code len}, or -1
   */
  int foldInPlace(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      if (needsIcu[s[i]]) {
        return -1;
      }
    }
    return fold(s, len, s);
  }

  /**
   * Normalises the first {@code len} chars of {@code s} into {@code into} (at least {@code len}
   * long, not {@code s}), or answers -1 when the term needs ICU's normaliser first ({@link
   * #foldWithIcu}); {@code into} then holds anything. One pass for the copy, the check and the
   * folding.
   *
   * @return the new length, never more than {@code len}, or -1
   */
  int foldInto(char[] s, int len, char[] into) {
    return fold(s, len, into);
  }

  /**
   * The folding of {@link #foldInPlace} and {@link #foldInto}: reads {@code s}, writes {@code
   * into} (which may be {@code s}: nothing is written ahead of what is read); -1 at the first
   * character that needs ICU.
   */
  private int fold(char[] s, int len, char[] into) {
    int out = 0;
    char before = 0;
    // Where the last character that is not a transparent mark was written.
    int baseAt = -1;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      int kind = kinds[c];
      if (kind == 0) {
        // Most characters: one for one, and no transparent mark.
        before = c;
        baseAt = out;
        into[out++] = folded[c];
        continue;
      }
      if ((kind & NEEDS_ICU) != 0) {
        return -1;
      }
      if ((kind & REMOVED) != 0) {
        continue;
      }
      int at;
      if ((kind & CONTEXTUAL) == 0) {
        at = out;
        into[out++] = folded[c];
      } else {
        int prev = marksTransparent ? baseAt : out - 1;
        char f =
            foldContextual(
                c, before, prev >= 0 ? into[prev] : 0, c == HAMZA ? 0 : nextKept(s, i + 1, len));
        if (f == 0) {
          at = prev;
          into[prev] = HAMZA;
        } else {
          at = out;
          into[out++] = f;
        }
      }
      if ((kind & TRANSPARENT) == 0) {
        before = c;
        baseAt = at;
      }
    }
    return out;
  }

  /**
   * Normalises a term that {@link #foldInPlace} declined: ICU first (only when its quick check
   * says so, as Lucene's {@code ICUNormalizer2Filter}), then the table; characters outside the BMP
   * keep their surrogate pair unless they are decimal digits.
   */
  String foldWithIcu(CharSequence term) {
    CharSequence s = term;
    if (icu != null && icu.quickCheck(term) != Normalizer.YES) {
      s = icu.normalize(term);
    }
    boolean digits = rules.contains(ArabicRule.DIGITS);
    StringBuilder out = new StringBuilder(s.length());
    char before = 0;
    int baseAt = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!removed[c] && contextual[c]) {
        int prev = marksTransparent ? baseAt : out.length() - 1;
        char f =
            foldContextual(
                c, before, prev >= 0 ? out.charAt(prev) : 0, c == HAMZA ? 0 : nextKept(s, i + 1));
        if (f == 0) {
          out.setCharAt(prev, HAMZA);
          baseAt = prev;
        } else {
          baseAt = out.length();
          out.append(f);
        }
        before = c;
        continue;
      }
      if (!removed[c] && !(marksTransparent && ArabicVocalisation.isKept(c))) {
        before = c;
        baseAt = out.length();
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        if (digits && Character.isDigit(cp)) {
          out.append((char) ('0' + Character.getNumericValue(cp)));
        } else {
          out.appendCodePoint(cp);
        }
        i++;
      } else if (!removed[c]) {
        out.append(folded[c]);
      }
    }
    return out.toString();
  }
}
