package org.fahras.plugins.arabic;

/**
 * Fahras's own root extraction for the {@code ROOT} field: reduces a lightly stemmed, folded word
 * (ة as ه, no hamza on alef) to its tri-literal or quadri-literal root by matching it against
 * templates of derivation and broken plurals.
 *
 * <p>The steps, in place on the term:
 *
 * <ol>
 *   <li>the ending the light stemmer leaves is dropped: a final ه (the ة of مكتبة) and the ي of a
 *       relative adjective or of فعلى (جبلي, كبري), from words of four letters or more;
 *   <li>the word is matched against the templates of its length, in order (e.g. مفعول م..و.,
 *       مفاعل م.ا.., افتعال ا.ت.ا., استفعل است..., فواعيل .وا.ي.); the letters at the radical
 *       places (the dots) are the root. A word of five to seven letters that no template fits
 *       loses one leading م ت ا ي ن and is tried again; a four-letter word that no template fits
 *       is a quadri-literal root (ترجم, زلزل);
 *   <li>a template that leaves two radicals (مست..) had a weak last letter: ي is added (مستشف →
 *       شفي); a two-letter word is a doubled root (مد → مدد, حق → حقق);
 *   <li>weak letters are written as the dictionary does: an alef at the start is the hamza (اكل →
 *       ءكل), in the middle a و (قال → قول), at the end a ي (مستشفي → شفي); a hamza in the middle
 *       of a فاعل (قاءل) is a و.
 * </ol>
 *
 * <p>Light on purpose: no lexicon, so a word whose letters fit a template by chance gets a wrong
 * root (ترجم → رجم, read as تفعل), and assimilated or defective forms are only partly handled.
 * The ROOT field is a recall field for broken plurals and derivations, weighed below the others.
 */
final class ArabicRootExtractor {

  static final char ALEF = '\u0627';
  static final char HAMZA = '\u0621';
  static final char HEH = '\u0647';
  static final char TEH_MARBUTA = '\u0629';
  static final char WAW = '\u0648';
  static final char YEH = '\u064A';
  static final char ALEF_MAKSURA = '\u0649';

  private static final char RADICAL = '.';

  /** Templates by word length (index = length), most specific first; dots are the radicals. */
  private static final char[][][] TEMPLATES = {
    {}, {}, {}, {},
    templates(".ا..", "..ي.", "ي...", "م...", "..ا.", "..و.", "ا...", "ت...", "ن..."),
    templates(
        "مست..", "است..", "م..و.", "م.ا..", "م..ا.", "م..ي.", "م.ت..", "ا..ا.", "ا.ت..", "ا.ط..",
        "ا.د..", "ي.ت..", "ت.ت..", "ان...", "ت..ي.", "ت.ا..", ".وا..", "..اء.", "..اي.", ".ا.و.", "...اء",
        "...ا.", "..ا.."),
    templates(
        "است...", "مست...", "ا.ت.ا.", "ا.ط.ا.", "ا.د.ا.", "ان..ا.", "م.ا.ي.", ".وا.ي.",
        "ت.ا.ي.", "مت.ا..", "يست...", "تست..."),
    templates("است..ا.", "مست..ا."),
  };

  private ArabicRootExtractor() {}

  private static char[][] templates(String... patterns) {
    char[][] t = new char[patterns.length][];
    for (int i = 0; i < patterns.length; i++) {
      t[i] = patterns[i].toCharArray();
    }
    return t;
  }

  /**
   * Reduces the first {@code len} chars of {@code s}, a lightly stemmed folded word, to its root
   * in place.
   *
   * @param tehMarbuta whether the surface word ended in ة: a final ه is then dropped from a
   *     three-letter stem too (مدة → مدد, while وجه keeps its ه)
   * @return the new length
   */
  static int root(char[] s, int len, boolean tehMarbuta) {
    boolean feminine = s[len - 1] == HEH || s[len - 1] == TEH_MARBUTA;
    if (feminine && (len >= 4 || (len == 3 && tehMarbuta))) {
      len--;
    }
    if (len >= 4 && (s[len - 1] == YEH || s[len - 1] == ALEF_MAKSURA) && len <= 5) {
      len--;
    }
    while (len >= 4 && len < TEMPLATES.length) {
      int matched = match(s, len);
      if (matched > 0) {
        len = matched;
        break;
      }
      if (len == 4) {
        break; // a quadri-literal root
      }
      if (!isAffix(s[0])) {
        break;
      }
      System.arraycopy(s, 1, s, 0, len - 1);
      len--;
    }
    if (len == 2) {
      s[2] = s[1];
      len = 3;
    }
    if (len == 3) {
      weak(s);
    }
    return len;
  }

  /** Applies the first template of this length that fits, keeping the radicals; 0 when none. */
  private static int match(char[] s, int len) {
    for (char[] t : TEMPLATES[len]) {
      if (fits(t, s)) {
        int out = 0;
        boolean hamzaAsWaw = t[1] == ALEF && len == 4 && s[2] == HAMZA;
        for (int i = 0; i < len; i++) {
          if (t[i] == RADICAL) {
            s[out++] = s[i];
          }
        }
        if (hamzaAsWaw) {
          s[1] = WAW; // قاءل, the فاعل of a hollow root: قول
        }
        if (out == 2) {
          s[out++] = YEH; // مستشف: a defective root lost its last letter, ي (شفي)
        }
        return out;
      }
    }
    return 0;
  }

  private static boolean fits(char[] template, char[] s) {
    for (int i = 0; i < template.length; i++) {
      if (template[i] != RADICAL && template[i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAffix(char c) {
    return c == '\u0645' || c == '\u062A' || c == ALEF || c == YEH || c == '\u0646';
  }

  /** Writes the weak letters of a tri-literal root as the dictionary does. */
  private static void weak(char[] s) {
    if (s[0] == ALEF) {
      s[0] = HAMZA;
    }
    if (s[1] == ALEF) {
      s[1] = WAW;
    }
    if (s[2] == ALEF || s[2] == ALEF_MAKSURA) {
      s[2] = YEH;
    }
  }
}
