package org.fahras.plugins.arabic;

import java.util.EnumSet;
import java.util.Set;

/**
 * A group of normalisation or stemming rules of the analysis chain that the user can switch off;
 * every rule is on by default.
 *
 * <p>{@link #key()} is the option key the host stores (and must never change: a stored setting
 * would be lost); {@link #code()} names the rule in {@link ArabicAnalyzerProvider#analysisVersion()}
 * when it is off.
 */
enum ArabicRule {
  /** Harakat, shadda, sukun, dagger alef, hamza and maddah marks, Quranic and honorific marks. */
  TASHKEEL("tashkeel"),
  /** The tatweel (kashida) ـ. */
  TATWEEL("tatweel"),
  /** Hamza and madda on alef, alef wasla and the wavy-hamza alefs: أ إ آ ٱ ٲ ٳ → ا. */
  ALEF("alef"),
  /** Hamza on a waw or yeh seat: ؤ ئ ۓ → ء, and the old spelling ىء of ئ → ء. */
  HAMZA("hamza"),
  /** Teh marbuta: ة → ه (in the stemmed chains, by the stemmer once it has seen the letter). */
  TEH_MARBUTA("tehMarbuta"),
  /** Alef maksura: ى → ي. */
  ALEF_MAKSURA("alefMaksura"),
  /** Persian and Urdu letters: ی ې ۍ ے → ي, ک → ك, ە ۀ ھ ہ ۂ → ه, ۃ → ة. */
  PERSIAN("persian"),
  /**
   * Arabic-Indic, Persian and other decimal digits → ASCII digits; the Arabic decimal and thousands
   * separators ٫ ٬ between digits → {@code .} {@code ,}.
   */
  DIGITS("digits"),
  /** Presentation forms, ligatures and other compatibility characters (ICU NFKC), and case. */
  COMPATIBILITY("compatibility"),
  /**
   * Invisible characters: zero-width (non-)joiners and spaces, bidi controls, byte-order mark;
   * with it on, {@link ZeroWidthSpaceCharFilter} keeps a zero-width space from splitting a word.
   */
  INVISIBLE("invisible"),
  /** The proclitic clusters beyond one prefix (وبال، فلل، باستخدام، بمدينتهم); stemmed field. */
  PROCLITICS("proclitics");

  private final String key;

  ArabicRule(String key) {
    this.key = key;
  }

  /** The option key, e.g. {@code tehMarbuta}. */
  String key() {
    return key;
  }

  /** The key of the option's label in the plugin's {@code messages} bundle. */
  String labelKey() {
    return "option." + key;
  }

  /** The rule's name in an analysis version. */
  String code() {
    return key;
  }

  /** Every rule: the default configuration. */
  static Set<ArabicRule> all() {
    return EnumSet.allOf(ArabicRule.class);
  }
}
