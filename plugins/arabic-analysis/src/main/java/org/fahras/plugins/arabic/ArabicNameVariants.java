package org.fahras.plugins.arabic;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spelling variants of a transliterated foreign name in Arabic script, for the search option that
 * widens a query to them; never used at index time.
 *
 * <p>Foreign sounds have no fixed Arabic spelling: "g" is written ج, غ, ك or ق (غوغل, جوجل,
 * قوقل), "v" ف or ڤ, "p" ب or پ, "ch" تش or ش; plain and emphatic letters alternate (س/ص, ت/ط,
 * د/ض, ز/ذ); a long vowel is written or not (انترنت, انترنيت); a final a is ا, ة or ه. From a
 * folded word of at least {@link #MIN_LENGTH} letters this class makes, in order and without
 * repeats: the word itself; each letter of a class replaced everywhere in the word by each other
 * member of its class; each single occurrence replaced; the ending ا ↔ ة/ه; one medial long
 * vowel (ا و ي) left out; a ي written before the last letter; تش ↔ ش. At most {@link
 * #MAX_VARIANTS} are kept, the word included, so a query never grows beyond that per word.
 */
final class ArabicNameVariants {

  /** The most spellings of one word, itself included. */
  static final int MAX_VARIANTS = 16;

  /** Shorter words get no variants: they are rarely names and would match too much. */
  static final int MIN_LENGTH = 3;

  static final char ALEF = '\u0627';
  static final char TEH = '\u062A';
  static final char SHEEN = '\u0634';
  static final char WAW = '\u0648';
  static final char YEH = '\u064A';
  static final char HEH = '\u0647';
  static final char TEH_MARBUTA = '\u0629';

  /** Letters that stand for one foreign sound; a letter is in at most one class. */
  private static final char[][] CLASSES = {
    {'\u062C', '\u063A', '\u0643', '\u0642'}, // ج غ ك ق: g
    {'\u0641', '\u06A4'}, // ف ڤ: v
    {'\u0628', '\u067E'}, // ب پ: p
    {'\u0633', '\u0635'}, // س ص
    {TEH, '\u0637'}, // ت ط
    {'\u062F', '\u0636'}, // د ض
    {'\u0632', '\u0630'}, // ز ذ
  };

  private ArabicNameVariants() {}

  /**
   * The spellings of {@code word}, itself first.
   *
   * @param feminineEnding how this chain writes a final ة (ه once folded, or ة)
   */
  static Set<String> of(String word, char feminineEnding) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    if (word.length() < MIN_LENGTH || !isArabic(word)) {
      return out;
    }
    char[] w = word.toCharArray();
    // The same letter replaced everywhere: a transliteration is usually consistent in a word.
    for (char[] cls : CLASSES) {
      for (char from : cls) {
        if (word.indexOf(from) >= 0) {
          for (char to : cls) {
            if (to != from) {
              add(out, word.replace(from, to));
            }
          }
        }
      }
    }
    // One occurrence replaced.
    for (int i = 0; i < w.length; i++) {
      char[] cls = classOf(w[i]);
      if (cls != null) {
        for (char to : cls) {
          if (to != w[i]) {
            char[] v = w.clone();
            v[i] = to;
            add(out, new String(v));
          }
        }
      }
    }
    char last = w[w.length - 1];
    String stem = word.substring(0, w.length - 1);
    if (last == ALEF) {
      add(out, stem + feminineEnding);
    } else if (last == HEH || last == TEH_MARBUTA) {
      add(out, stem + ALEF);
    }
    // A medial long vowel left out (انترنيت → انترنت), or a ي before the last letter.
    for (int i = 1; i < w.length - 1; i++) {
      if (w[i] == ALEF || w[i] == WAW || w[i] == YEH) {
        add(out, word.substring(0, i) + word.substring(i + 1));
      }
    }
    if (w.length >= 4 && !isLongVowel(w[w.length - 2]) && !isLongVowel(last)) {
      add(out, stem + YEH + last);
    }
    int ch = word.indexOf("" + TEH + SHEEN);
    if (ch >= 0) {
      add(out, word.substring(0, ch) + word.substring(ch + 1));
    } else if (word.indexOf(SHEEN) >= 0) {
      add(out, word.replace("" + SHEEN, "" + TEH + SHEEN));
    }
    return out;
  }

  private static void add(Set<String> out, String variant) {
    if (out.size() < MAX_VARIANTS) {
      out.add(variant);
    }
  }

  private static char[] classOf(char c) {
    for (char[] cls : CLASSES) {
      for (char m : cls) {
        if (m == c) {
          return cls;
        }
      }
    }
    return null;
  }

  private static boolean isLongVowel(char c) {
    return c == ALEF || c == WAW || c == YEH;
  }

  private static boolean isArabic(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0600' || c > '\u06FF') {
        return false;
      }
    }
    return true;
  }
}
