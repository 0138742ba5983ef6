package org.fahras.plugins.arabic;

/**
 * A character-level normaliser for the Arabic spelling variants that Lucene's {@code
 * ArabicNormalizer} leaves apart.
 *
 * <p>Rules, applied in place to a term buffer:
 *
 * <ul>
 *   <li>alef wasla ٱ and the wavy-hamza alefs ٲ ٳ become a bare alef ا;
 *   <li>hamza on a waw or yeh seat (ؤ ئ ۓ) becomes a standalone hamza ء, so regional spellings
 *       meet: مسؤول = مسئول, شؤون = شئون;
 *   <li>Persian and Urdu letters become their Arabic counterparts: ی ې ۍ ے → ي, ک → ك, ە ۀ ھ ہ ۂ
 *       → ه, ۃ → ة;
 *   <li>marks Lucene keeps are removed: dagger alef, maddah and hamza marks, Quranic annotation
 *       marks, honorific signs, isolated presentation forms of harakat;
 *   <li>invisible format characters are removed: zero-width (non-)joiners and spaces, bidi
 *       controls, the byte-order mark.
 * </ul>
 *
 * <p>Hamza on an alef (أ إ آ), teh marbuta, alef maksura, harakat and tatweel are left to {@code
 * ArabicNormalizer}, which runs after this class.
 *
 * <p>Rules that look at a neighbour (ىء → ء, ٫ ٬ between digits) are {@link ArabicFolding}'s.
 */
final class ArabicLetterNormalizer {

  // Letters that are folded.
  static final char HAMZA = '\u0621';
  static final char WAW_HAMZA_ABOVE = '\u0624';
  static final char YEH_HAMZA_ABOVE = '\u0626';
  static final char ALEF = '\u0627';
  static final char KAF = '\u0643';
  static final char HEH = '\u0647';
  static final char YEH = '\u064A';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char KEHEH = '\u06A9';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char HEH_YEH_ABOVE = '\u06C0';
  static final char HEH_GOAL = '\u06C1';
  static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2'; // Urdu ۂ, the izafat on a word in ہ
  static final char TEH_MARBUTA_GOAL = '\u06C3'; // Urdu ۃ, the Urdu keyboard's ة
  static final char TEH_MARBUTA = '\u0629';
  static final char FARSI_YEH = '\u06CC';
  static final char YEH_WITH_TAIL = '\u06CD';
  static final char E = '\u06D0';
  static final char YEH_BARREE = '\u06D2';
  static final char YEH_BARREE_HAMZA_ABOVE = '\u06D3';
  static final char AE = '\u06D5';

  // Marks that are removed (Lucene removes only fathatan … sukun, U+064B–U+0652).
  static final char HONORIFIC_SIGN_FIRST = '\u0610'; // ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM
  static final char SMALL_KASRA = '\u061A'; // last of the small high marks U+0610–U+061A
  static final char MADDAH_ABOVE = '\u0653';
  static final char WAVY_HAMZA_BELOW = '\u065F'; // last of U+0653–U+065F: hamza marks and kin
  static final char SUPERSCRIPT_ALEF = '\u0670'; // the dagger alef
  // SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA, first of the Quranic annotation marks
  static final char QURANIC_MARK_FIRST = '\u06D6';
  static final char QURANIC_MARK_LAST = '\u06ED'; // SMALL LOW MEEM
  static final char SHADDA_LIGATURE_FIRST = '\uFC5E'; // SHADDA WITH DAMMATAN ISOLATED FORM
  static final char SHADDA_LIGATURE_LAST = '\uFC63'; // SHADDA WITH SUPERSCRIPT ALEF ISOLATED FORM
  static final char HARAKA_FORM_FIRST = '\uFE70'; // FATHATAN ISOLATED FORM
  static final char HARAKA_FORM_LAST = '\uFE7F'; // SUKUN MEDIAL FORM

  // Invisible format characters that are removed.
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char RIGHT_TO_LEFT_MARK = '\u200F'; // last of ZWSP, ZWNJ, ZWJ, LRM, RLM
  static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E'; // last of the embeddings and overrides
  static final char WORD_JOINER = '\u2060';
  static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  static final char POP_DIRECTIONAL_ISOLATE = '\u2069'; // last of the isolates
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private ArabicLetterNormalizer() {}

  /**
   * Normalises the first {@code len} chars of {@code s} in place.
   *
   * @return the new length, never more than {@code len}
   */
  static int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (!isRemoved(c)) {
        s[out++] = fold(c);
      }
    }
    return out;
  }

  /** Whether {@code c} is a mark or an invisible character that this normaliser deletes. */
  static boolean isRemoved(char c) {
    return isMark(c) || isInvisible(c);
  }

  /**
   * The rule group that changes {@code c} in this normaliser, or {@code null} when it is kept:
   * deleted marks belong to {@link ArabicRule#TASHKEEL}, invisible characters to {@link
   * ArabicRule#INVISIBLE}, and a folded letter to the group of what it becomes.
   */
  static ArabicRule ruleOf(char c) {
    if (isMark(c)) {
      return ArabicRule.TASHKEEL;
    }
    if (isInvisible(c)) {
      return ArabicRule.INVISIBLE;
    }
    char folded = fold(c);
    if (folded == c) {
      return null;
    }
    return switch (folded) {
      case ALEF -> ArabicRule.ALEF;
      case HAMZA -> ArabicRule.HAMZA;
      default -> ArabicRule.PERSIAN;
    };
  }

  private static boolean isMark(char c) {
    return in(c, HONORIFIC_SIGN_FIRST, SMALL_KASRA)
        || in(c, MADDAH_ABOVE, WAVY_HAMZA_BELOW)
        || c == SUPERSCRIPT_ALEF
        || in(c, QURANIC_MARK_FIRST, QURANIC_MARK_LAST)
        || in(c, SHADDA_LIGATURE_FIRST, SHADDA_LIGATURE_LAST)
        || in(c, HARAKA_FORM_FIRST, HARAKA_FORM_LAST);
  }

  private static boolean isInvisible(char c) {
    return c == ARABIC_LETTER_MARK
        || in(c, ZERO_WIDTH_SPACE, RIGHT_TO_LEFT_MARK)
        || in(c, LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_OVERRIDE)
        || c == WORD_JOINER
        || in(c, LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE)
        || c == BYTE_ORDER_MARK;
  }

  private static char fold(char c) {
    switch (c) {
      case ALEF_WASLA:
      case ALEF_WAVY_HAMZA_ABOVE:
      case ALEF_WAVY_HAMZA_BELOW:
        return ALEF;
      case WAW_HAMZA_ABOVE:
      case YEH_HAMZA_ABOVE:
      case YEH_BARREE_HAMZA_ABOVE:
        return HAMZA;
      case FARSI_YEH:
      case YEH_WITH_TAIL:
      case E:
      case YEH_BARREE:
        return YEH;
      case KEHEH:
        return KAF;
      case AE:
      case HEH_YEH_ABOVE:
      case HEH_DOACHASHMEE:
      case HEH_GOAL:
      case HEH_GOAL_HAMZA_ABOVE:
        return HEH;
      case TEH_MARBUTA_GOAL:
        // To ة, not ه: the ة rule (or the stemmer) then treats it as any ة (مدرسۃ = مدرسة).
        return TEH_MARBUTA;
        // Not folded, on purpose: the waw letters U+06C4–U+06CB (ۄ ۅ ۆ ۇ ۈ ۉ ۊ ۋ) and the yeh
        // letters U+06CE ێ and U+06D1 ۑ. They write vowels and consonants of their own in
        // Kurdish, Uyghur, Kazakh, Kashmiri and Sindhi (Kurdish کۆ and کو are different words),
        // and no Arabic, Persian or Urdu keyboard types them for و or ي, so folding them would
        // merge words of those languages and match nothing in Arabic text.
      default:
        return c;
    }
  }

  private static boolean in(char c, char first, char last) {
    return c >= first && c <= last;
  }
}
