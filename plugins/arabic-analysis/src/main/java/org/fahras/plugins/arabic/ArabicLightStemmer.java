package org.fahras.plugins.arabic;

/**
 * Fahras's light stemmer for Arabic, run on folded terms (ى → ي, no hamza on alef; ة still
 * unfolded, so that it can be told from a written ه, and folded to ه here when the chain folds
 * it): one prefix, then the proclitic clusters of {@link ArabicProcliticStemmer}, then at most one
 * pronoun suffix and one inflectional suffix, each only when a stem of a minimum length remains.
 *
 * <p>Compared with Lucene's {@code ArabicStemmer}, which it replaces:
 *
 * <ul>
 *   <li>A final ة or ه is removed only when {@link #MIN_STEM_BEFORE_HEH} letters remain
 *       (مهندسة → مهندس, أنواعه → انواع). Lucene stripped it from every word, merging مدرسة with
 *       مدرس, جامعة with جامع and سنة with سن. After a ت the ه is a pronoun (رحلته → رحلة).
 *   <li>Pronoun suffixes (ها هم هن نا هما كما كم كن, ك when not after ا و ي ر, ه after ت) are
 *       removed, and a ت left at the end of a stem of at least {@link #MIN_STEM_FOR_TEH} letters
 *       is the ة of the bare word: مدينتها → مدينه, the stem of مدينة; سيارتي → سياره. A single
 *       ب ل ك before such a noun goes too (بمدينتهم → مدينه). The same ة comes back before the
 *       dual (المدرستين → مدرسه), also on a three-letter stem (سنتين → سنه).
 *   <li>A relative adjective keeps its ي on a short stem: عربية → عربي (not عرب); a final ي
 *       (relative or "my") goes only from a long stem, also after ات or ين: خوارزميات, الخوارزمي →
 *       خوارزم; عثمانية, العثمانيين → عثمان.
 *   <li>Minimum stems: {@link #MIN_STEM} letters after ات and most pronouns, {@link
 *       #MIN_STEM_LONG} after ون ين ان ي كم كن (زيتون, قانون, إنسان, كرسي stay whole), and a lone
 *       و only when {@link #MIN_STEM_AFTER_WAW} letters remain besides a final ة, and not before a
 *       broken plural C ا ء C (وزير, وزارة, وسائل stay whole).
 *   <li>Where the letters allow two readings, {@link #alternative()} gives a second stem, which
 *       {@link ArabicLightStemFilter} puts at the same position: ات plurals (جامعات: جامعة or
 *       جامع), relative adjectives (زراعي: زراع or زراعة), a written final ه (كتابه: كتابه or
 *       كتاب), ت before a pronoun on a three-letter stem (لغتهم: لغت or لغة), a final ي on a
 *       three-letter stem (قلبي: قلبي or قلب), a ل before a long word (لبغداد: لبغداد or بغداد).
 *   <li>A lone و also goes before three letters with no long vowel in the middle (وفتح → فتح,
 *       وزير stays); لل before a single letter is ل + the article of a word in ل (للغة → لغة).
 *   <li>The alef of the indefinite accusative goes when three letters remain (انتشارا → انتشار).
 *   <li>يء at the end is read as ئ (مبادىء → مبادء).
 * </ul>
 *
 * <p>Only the term changes, never its offsets. One instance per token stream: not thread-safe.
 */
final class ArabicLightStemmer {

  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char TEH_MARBUTA = '\u0629';
  static final char TEH = '\u062A';
  static final char FEH = '\u0641';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';
  static final char MEEM = '\u0645';
  static final char NOON = '\u0646';
  static final char REH = '\u0631';
  static final char HEH = '\u0647';
  static final char WAW = '\u0648';
  static final char YEH = '\u064A';
  static final char HAMZA = '\u0621';

  /** The fewest letters left after the article prefixes (as Lucene's stemmer). */
  static final int MIN_STEM_AFTER_ARTICLE = 2;

  /**
   * The fewest letters, a final ة not counted, left after a lone conjunction و; a four-letter rest
   * shaped C ا ء C is a broken plural whose و is a root letter (وسائل, وثائق, وظائف) and stays.
   */
  static final int MIN_STEM_AFTER_WAW = 4;

  /** The fewest letters, a final ة not counted, left after ب ل ك before a noun with a pronoun. */
  static final int MIN_STEM_AFTER_PREPOSITION = 4;

  /** The fewest letters left after ات, ها, هم, هن, نا, هما, كما, ك. */
  static final int MIN_STEM = 3;

  /** The fewest letters left after ون, ين, ان, ي, كم, كن and the pronoun ه after ت. */
  static final int MIN_STEM_LONG = 4;

  /** The fewest letters left after a final ه or ة. */
  static final int MIN_STEM_BEFORE_HEH = 5;

  /** The fewest letters, the ت included, of a stem whose final ت is read as a ة. */
  static final int MIN_STEM_FOR_TEH = 4;

  // Longest first.
  private static final char[][] PREFIXES = {
    {WAW, ALEF, LAM}, {BEH, ALEF, LAM}, {KAF, ALEF, LAM}, {FEH, ALEF, LAM}, {LAM, LAM}, {ALEF, LAM},
  };

  private static final char[][] PRONOUNS = {
    {HEH, MEEM, ALEF}, {KAF, MEEM, ALEF}, {HEH, MEEM}, {HEH, NOON}, {NOON, ALEF}, {HEH, ALEF},
  };

  private static final char[][] PRONOUNS_LONG = {{KAF, MEEM}, {KAF, NOON}};

  private static final char[] PLURAL_FEMININE = {ALEF, TEH};
  private static final char[][] PLURALS_AND_DUALS = {{WAW, NOON}, {YEH, NOON}, {ALEF, NOON}};

  private final boolean proclitics;
  private final char tehMarbuta;
  private char[] alternative = new char[16];
  private int alternativeLength = -1;
  private boolean pluralFeminine;
  private boolean relativeOfFeminine;
  /** A three-letter stem ending in ت lost a pronoun: its ت may be a ة (لغتهم) or not (بيتهم). */
  private boolean shortTehBeforePronoun;

  /**
   * @param proclitics also remove the clusters of {@link ArabicProcliticStemmer}
   * @param tehMarbutaFolded whether ة has been folded to ه, the letter a restored ة is written as
   */
  ArabicLightStemmer(boolean proclitics, boolean tehMarbutaFolded) {
    this.proclitics = proclitics;
    this.tehMarbuta = tehMarbutaFolded ? HEH : TEH_MARBUTA;
  }

  /**
   * Stems the first {@code len} chars of {@code s} in place.
   *
   * @return the new length
   */
  int stem(char[] s, int len) {
    alternativeLength = -1;
    pluralFeminine = false;
    relativeOfFeminine = false;
    shortTehBeforePronoun = false;
    if (len == 0) {
      return 0;
    }
    // The chain leaves ة unfolded for this stemmer, which must tell a ة (مدرسة) from a final ه
    // (كتابه, a pronoun, or مدرسه typed for مدرسة); from here on it is the same letter.
    char last = s[len - 1];
    for (int i = 0; i < len; i++) {
      if (s[i] == TEH_MARBUTA) {
        s[i] = tehMarbuta;
      }
    }
    // يء at the end is the regional spelling of ئ (مبادىء, شىء): one letter, ء once folded.
    if (len >= 3 && s[len - 1] == HAMZA && s[len - 2] == YEH) {
      s[len - 2] = HAMZA;
      len--;
    }
    len = stripPrefix(s, len);
    if (proclitics && mayStartProclitic(s[0])) {
      len = ArabicProcliticStemmer.stripArticleCluster(s, len, measured(s, len));
    }
    int unsuffixed = len;
    if (mayEndSuffix(s[len - 1])) {
      len = stripSuffixes(s, len);
    }
    boolean suffixStripped = len != unsuffixed || s[len - 1] != last;
    if (proclitics && mayStartProclitic(s[0])) {
      len = ArabicProcliticStemmer.stripPreposition(s, len, measured(s, len));
    }
    // Last, so that the guard counts neither prefix nor suffix. A final ه, whether ة or the
    // pronoun, only off a long stem: مدرسة, سنة, كتابه stay whole; انواعه → انواع, مهندسة → مهندس.
    if (len - 1 >= MIN_STEM_BEFORE_HEH && (s[len - 1] == HEH || s[len - 1] == TEH_MARBUTA)) {
      len--;
    } else {
      findAlternative(s, len, suffixStripped ? 0 : last);
    }
    return len;
  }

  /**
   * The second stem of a word whose letters allow two readings, when no rule could choose: an ات
   * plural (of جامعة or of مصطلح), a relative adjective (زراعي: of زراعة, or of a word without
   * ة), a written ه (the pronoun of كتابه, or a ة typed as ه), a ت
   * before a pronoun on a three-letter stem (لغتهم or بيتهم), a final ي on a three-letter stem
   * (قلبي or كرسي), a ل before a long word (لبغداد or لاعبين).
   */
  private void findAlternative(char[] s, int len, char surfaceLast) {
    // surfaceLast: the word's last letter as written, or 0 when a suffix was removed.
    if (pluralFeminine && s[len - 1] == tehMarbuta) {
      setAlternative(s, 0, len - 1);
    } else if (relativeOfFeminine) {
      setAlternative(s, 0, len + 1);
      alternative[len] = tehMarbuta;
    } else if (shortTehBeforePronoun) {
      setAlternative(s, 0, len);
      alternative[len - 1] = tehMarbuta;
    } else if (surfaceLast == HEH && s[len - 1] == HEH && len - 1 >= MIN_STEM_LONG) {
      setAlternative(s, 0, len - 1);
    } else if (surfaceLast == YEH && len == MIN_STEM_LONG && s[len - 1] == YEH) {
      setAlternative(s, 0, len - 1);
    } else if (proclitics && s[0] == LAM && len - 1 >= MIN_STEM_BEFORE_HEH && s[1] != LAM) {
      setAlternative(s, 1, len - 1);
    }
  }

  private void setAlternative(char[] s, int from, int length) {
    if (alternative.length < length) {
      alternative = new char[Math.max(length, 2 * alternative.length)];
    }
    System.arraycopy(s, from, alternative, 0, length);
    alternativeLength = length;
  }

  /** The length of the second stem of the last word {@link #stem stemmed}, or -1. */
  int alternativeLength() {
    return alternativeLength;
  }

  /**
   * The second stem of the last word {@link #stem stemmed} ({@link #alternativeLength} chars),
   * valid until the next call. A plural in ات is the plural of a noun in ة (جامعات → جامعة) or of
   * a masculine noun (مصطلحات → مصطلح); the first stem is the former, the second the latter.
   */
  char[] alternative() {
    return alternative;
  }

  private static int stripPrefix(char[] s, int len) {
    char first = s[0];
    if (first != ALEF && first != WAW && first != BEH && first != KAF && first != FEH
        && first != LAM) {
      return len; // most words: no prefix can match
    }
    for (char[] prefix : PREFIXES) {
      if (len - prefix.length >= MIN_STEM_AFTER_ARTICLE && startsWith(s, len, prefix)) {
        if (prefix.length == 2 && prefix[0] == LAM && measured(s, len) - 2 < 2) {
          // ل + اللغة is written للغة: the article's alef and one lam are gone, the word's ل stays
          // (a one-letter rest is no word; للطب, with two letters left, is ل + الطب).
          return deleteFirst(s, len, 1);
        }
        return deleteFirst(s, len, prefix.length);
      }
    }
    if (s[0] == WAW
        && measured(s, len) - 1 >= MIN_STEM_AFTER_WAW
        && !brokenPluralAfterWaw(s, len)) {
      return deleteFirst(s, len, 1);
    }
    if (s[0] == WAW && len == 4 && conjunctionBeforeThreeLetters(s)) {
      return deleteFirst(s, len, 1);
    }
    return len;
  }

  /**
   * Whether the و of a four-letter word is the conjunction before a three-letter word: the rest
   * has no long vowel in the middle (وزير, وصول, وسام have one: فعيل, فعول, فعال of a root in و)
   * and does not end in ي or ة (وطني, وحدة), so وفتح → فتح, وعلم → علم.
   */
  private static boolean conjunctionBeforeThreeLetters(char[] s) {
    char middle = s[2];
    char last = s[3];
    return middle != ALEF
        && middle != WAW
        && middle != YEH
        && last != YEH
        && last != HEH
        && last != TEH_MARBUTA
        && last != ALEF;
  }

  /** Whether a proclitic cluster can start with {@code c}: ف ب ك ل (a cheap test first). */
  private static boolean mayStartProclitic(char c) {
    return c == FEH || c == BEH || c == KAF || c == LAM;
  }

  /** Whether a suffix this stemmer removes can end in {@code c} (a cheap test first). */
  private boolean mayEndSuffix(char c) {
    return c == ALEF || c == HEH || c == MEEM || c == NOON || c == TEH || c == YEH || c == KAF
        || c == tehMarbuta;
  }

  /** Whether the letters after a leading و are C ا ء C: وسائل, وثائق, وظائف keep their و. */
  private static boolean brokenPluralAfterWaw(char[] s, int len) {
    return len == 5 && s[2] == ALEF && s[3] == HAMZA;
  }

  /** At most one pronoun and one inflectional suffix, and the ي of a relative adjective. */
  private int stripSuffixes(char[] s, int len) {
    int stem = stripPronoun(s, len);
    if (stem == len && len - 1 >= MIN_STEM && s[len - 1] == ALEF && s[len - 2] != ALEF) {
      // The alef of the indefinite accusative (مركزاً, انتشاراً, كيلومتراً, often written without
      // its tanween): انتشارا → انتشار. Names in ا lose it on both sides alike (امريكا → امريك).
      len--;
      stem = len;
    }
    if (stem != len) {
      if (stem == MIN_STEM && s[stem - 1] == TEH) {
        shortTehBeforePronoun = true;
        return stem;
      }
      if (!endsWith(s, stem, PLURAL_FEMININE) && restoreTeh(s, stem)) {
        // A noun for sure: a single preposition before it goes too (بمدينتهم → مدينة).
        return proclitics ? stripPrepositionBeforeNoun(s, stem) : stem;
      }
      len = stem;
    }
    if (len - 2 >= MIN_STEM && endsWith(s, len, PLURAL_FEMININE)) {
      // Read as the plural of a noun in ة; alternative() gives the stem without it.
      len -= 2;
      s[len++] = tehMarbuta;
      pluralFeminine = true;
    } else {
      for (char[] suffix : PLURALS_AND_DUALS) {
        if (endsWith(s, len, suffix)
            && (len - suffix.length >= MIN_STEM_LONG
                || (suffix[0] != WAW && shortTehStem(s, len - suffix.length)))) {
          len -= suffix.length;
          if (suffix[0] != WAW && shortTehStem(s, len)) {
            s[len - 1] = tehMarbuta;
            return len;
          }
          if (suffix[0] != WAW && restoreTeh(s, len)) {
            return len;
          }
          break;
        }
      }
    }
    // The feminine relative adjective ends like the masculine: عربية → عربي, عثمانية → عثماني.
    if (len - 2 >= MIN_STEM && s[len - 2] == YEH && s[len - 1] == tehMarbuta) {
      len--;
      pluralFeminine = false;
    }
    // ي, a relative adjective or "my", only off a long stem: كرسي and عربي stay whole.
    if (len - 1 >= MIN_STEM_LONG && s[len - 1] == YEH) {
      len--;
      // Unless it was "my" after a ة (سيارتي), the ي made an adjective of a noun that may end
      // in ة: زراعي from زراعة, حراري from حرارة; alternative() gives that noun.
      relativeOfFeminine = !restoreTeh(s, len);
    }
    return len;
  }

  /** Whether a three-letter stem ends in a ت that is a ة before a dual (سنتين, مرتان). */
  private static boolean shortTehStem(char[] s, int len) {
    return len == MIN_STEM && s[len - 1] == TEH && s[len - 2] != ALEF;
  }

  /** Removes a leading ب ل ك from a noun stem when enough letters remain. */
  private int stripPrepositionBeforeNoun(char[] s, int len) {
    char first = s[0];
    if ((first == BEH || first == LAM || first == KAF)
        && measured(s, len) - 1 >= MIN_STEM_AFTER_PREPOSITION) {
      return deleteFirst(s, len, 1);
    }
    return len;
  }

  /** The length without one pronoun suffix, or {@code len}. */
  private static int stripPronoun(char[] s, int len) {
    for (char[] suffix : PRONOUNS) {
      if (len - suffix.length >= MIN_STEM && endsWith(s, len, suffix)) {
        return len - suffix.length;
      }
    }
    for (char[] suffix : PRONOUNS_LONG) {
      if (len - suffix.length >= MIN_STEM_LONG && endsWith(s, len, suffix)) {
        return len - suffix.length;
      }
    }
    // ك "your", not after a long vowel or ر, which end many words in ك (سلوك, بنوك, مشترك).
    if (len - 1 >= MIN_STEM && s[len - 1] == KAF && !kafIsRadicalAfter(s[len - 2])) {
      return len - 1;
    }
    // ه after ت: a pronoun, since a folded ة is never preceded by another ة.
    if (len - 1 >= MIN_STEM_LONG && s[len - 1] == HEH && s[len - 2] == TEH) {
      return len - 1;
    }
    return len;
  }

  private static boolean kafIsRadicalAfter(char c) {
    return c == ALEF || c == WAW || c == YEH || c == REH;
  }

  /** Turns a final ت of a long enough stem into a ة; whether it did. */
  private boolean restoreTeh(char[] s, int len) {
    if (len >= MIN_STEM_FOR_TEH && s[len - 1] == TEH && s[len - 2] != ALEF) {
      s[len - 1] = tehMarbuta;
      return true;
    }
    return false;
  }

  /** The length the proclitic guards count: a final ة (or ه) is an ending, not a stem letter. */
  private static int measured(char[] s, int len) {
    return len > 0 && (s[len - 1] == HEH || s[len - 1] == TEH_MARBUTA) ? len - 1 : len;
  }

  private static boolean startsWith(char[] s, int len, char[] prefix) {
    if (len < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (s[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(char[] s, int len, char[] suffix) {
    if (len < suffix.length) {
      return false;
    }
    // From the last letter back: most words differ there.
    for (int i = suffix.length - 1, j = len - 1; i >= 0; i--, j--) {
      if (s[j] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int deleteFirst(char[] s, int len, int n) {
    System.arraycopy(s, n, s, 0, len - n);
    return len - n;
  }
}
