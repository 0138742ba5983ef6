package org.fahras.plugins.entities;

import org.fahras.api.EntityType;

/**
 * Proposes organisations opened by a head word (وزارة، مجلس، منظمة، جامعة، حزب، شركة …) and the
 * noun phrase that names them: a genitive chain and its adjectives, with ل before a complement
 * (المرصد السوري لحقوق الإنسان، منظمة الدول المصدرة للنفط) and one «و» joining two article-words
 * (وزارة التربية والتعليم).
 *
 * <p>A head without the article opens a name when a word follows it; a head with the article
 * (الحكومة، الجيش، البنك) only when it is marked so in the list and an adjective with the article
 * follows (الجيش السوداني, not «الجيش»). Heads marked for foreign names take up to two unknown
 * words after them (شركة أرامكو). The phrase stops at a boundary, a particle, a verb, a common
 * word, a date word or a number, and never ends on a head, a role word or a connector.
 *
 * <p>Also proposes a ministry named by its portfolio and nationality (الخارجية الأمريكية).
 */
final class OrganizationRule {

  private static final int STOPS =
      Lexicon.STOP | Lexicon.TRAILING | Lexicon.VERB | Lexicon.TITLE;

  private static final int MAX_WORDS = 8;

  void find(Analysis a) {
    for (int i = 0; i < a.size(); i++) {
      // A head or a portfolio, with or without the article; the rest at once.
      if (((a.classes(i) | a.bareClasses(i)) & (Lexicon.ORG_HEAD | Lexicon.PORTFOLIO)) == 0
          || !a.tokens.isWord(i)) {
        continue;
      }
      int head = headClasses(a, i);
      if ((head & Lexicon.ORG_HEAD) != 0) {
        int end = phraseEnd(a, i, (head & Lexicon.ORG_HEAD_FOREIGN) != 0, a.isDefinite(i));
        if (end > i && ((head & Lexicon.ORG_HEAD_WEAK) == 0 || namesSomething(a, i, end))) {
          a.propose(i, end, a.prefix(i), EntityType.ORGANIZATION, Analysis.RULE + 2, null);
        }
      } else if (a.is(i + 1, Lexicon.NATIONALITY) && a.isDefinite(i + 1) && isPortfolio(a, i)
          && !a.boundaryBefore(i + 1) && a.prefix(i + 1) == 0 && !a.is(i - 1, Lexicon.TITLE)) {
        // Not after a title: «وزير الخارجية الأردني» is the minister's nationality.
        a.propose(i, i + 1, a.prefix(i), EntityType.ORGANIZATION, Analysis.RULE, null);
      }
    }
  }

  /** The head classes of word i: its own, or its article-less form's when marked definite. */
  static int headClasses(Analysis a, int i) {
    if (!a.isDefinite(i)) {
      return a.classes(i);
    }
    int bare = a.bareClasses(i);
    return (bare & Lexicon.ORG_HEAD_DEFINITE) != 0 ? bare : 0;
  }

  /**
   * The portfolios that name their ministry alone before a nationality (الخارجية الأمريكية،
   * الدفاع الروسية), folded; others are plain nouns there (الاقتصاد البريطاني، الصحة العامة).
   */
  private static final java.util.Set<String> MINISTRY_ALONE =
      java.util.Set.of(
          "\u0627\u0644\u062E\u0627\u0631\u062C\u064A\u0647", // الخارجية
          "\u0627\u0644\u062F\u0627\u062E\u0644\u064A\u0647", // الداخلية
          "\u0627\u0644\u062F\u0641\u0627\u0639", // الدفاع
          "\u0627\u0644\u062E\u0632\u0627\u0646\u0647", // الخزانة
          "\u0627\u0644\u0639\u062F\u0644"); // العدل

  /** الخارجية، الداخلية، الدفاع: a portfolio word with the article that names its ministry. */
  private static boolean isPortfolio(Analysis a, int i) {
    return a.isDefinite(i) && a.bareIs(i, Lexicon.PORTFOLIO) && MINISTRY_ALONE.contains(a.stem(i));
  }

  /**
   * The last token of the name the head at {@code i} opens, or {@code i} when none. After a nisba
   * adjective (السوري، العامة) only adjectives and complements with ل follow: «وكالة الفضاء
   * الإماراتية المسبار» ends before «المسبار».
   */
  private static int phraseEnd(Analysis a, int i, boolean foreign, boolean definiteHead) {
    int end = i;
    boolean joined = false;
    boolean adjective = false;
    boolean nisbaSeen = false;
    boolean foreignOpen = foreign;
    // The last token of a known place inside the phrase (نادي برشلونة، جامعة القاهرة): after it
    // only adjectives with the article follow, not the next sentence's noun (التعاقد).
    int placeEnd = -1;
    for (int k = i + 1; k < a.size() && k - i <= MAX_WORDS; k++) {
      boolean titleBeforeName =
          a.is(k, Lexicon.TITLE) && a.isDefinite(k) && a.is(k + 1, Lexicon.FIRST_NAME);
      if (!a.tokens.isWord(k) || a.boundaryBefore(k) || a.calendarAt(k) != null
          || (a.is(k, STOPS) && !titleBeforeName)) {
        break;
      }
      boolean definite = a.isDefinite(k);
      // The known place starting here (one look-up per word): a genitive name, and the end of
      // what may follow it.
      int place = knownPlaceLength(a, k);
      boolean ok;
      if (a.hasConjunction(k)) {
        // One «و» between two article-words: التربية والتعليم.
        ok = !joined && !nisbaSeen && definite && a.isDefinite(k - 1) && !definiteHead;
        joined = ok;
      } else if (isLamComplement(a, k)) {
        // ل before a complement: للنفط، لحقوق الإنسان، لدول الخليج.
        ok = true;
        nisbaSeen = false;
      } else if (a.prefix(k) > 0) {
        // بمدينة، كبديل: a preposition other than ل ends the name.
        ok = false;
      } else if (definite) {
        // The first word after an indefinite head is its complement even in -iyya (التربية).
        boolean nisba = isAdjective(a, k) && (definiteHead || k > i + 1);
        ok = (!nisbaSeen || nisba) && (placeEnd < 0 || k <= placeEnd || isAdjective(a, k));
        adjective = true;
        nisbaSeen |= nisba;
      } else if (foreignOpen && k == i + 1 + countForeign(a, i, k) && isForeignWord(a, k)) {
        ok = true;
      } else {
        ok = !nisbaSeen
            && a.tokens.charAt(k, 0) != Clitics.LAM
            && (a.is(k, Lexicon.ORG_HEAD | Lexicon.LOC_HEAD | Lexicon.ROLE)
                || place > 0
                || (a.is(k, Lexicon.FIRST_NAME) && a.is(k - 1, Lexicon.TITLE)));
        foreignOpen = false;
      }
      if (!ok || (definiteHead && k == i + 1 && !definite)) {
        break;
      }
      if (place > 0 && k > placeEnd) {
        placeEnd = k + place - 1;
      }
      if (!a.is(k, Lexicon.ORG_HEAD | Lexicon.LOC_HEAD | Lexicon.ROLE) || definite) {
        end = k;
      }
    }
    if (definiteHead && !adjective) {
      return i;
    }
    return end;
  }

  /**
   * Whether the phrase after a head that is also a common noun (حركة، مجموعة، غرفة، مركز) makes
   * it a name: an adjective (حركة الشباب الديمقراطية), a role word (مكتب شؤون الطلبة), a known
   * name (غرفة تجارة دبي), a complement
   * with ل after the first word (مركز الملك فيصل للبحوث), foreign words (مجموعة أداني), or three
   * words or more; not one or two plain nouns (حركة الترجمة، غرفة العزل، مجموعة المخطوطات المهداة).
   */
  private static boolean namesSomething(Analysis a, int i, int end) {
    if (end - i >= 3) {
      return true;
    }
    for (int k = i + 1; k <= end; k++) {
      if (!a.tokens.isWord(k)) {
        continue;
      }
      // After a head with the article its first word is an adjective (الغرفة التجارية).
      boolean adjectivePlace = k > i + 1 || a.isDefinite(i);
      if ((a.isDefinite(k) && adjectivePlace && isAdjective(a, k))
          || a.is(k, Lexicon.NATIONALITY | Lexicon.ROLE)
          || a.stemStartsGazetteer(k) || (k > i + 1 && isLamComplement(a, k))
          || (!a.isDefinite(k) && a.tokens.charAt(k, 0) != Clitics.LAM && isForeignWord(a, k))) {
        return true;
      }
    }
    return false;
  }

  /** How many foreign words stand between the head {@code i} and {@code k}, at most two. */
  private static int countForeign(Analysis a, int i, int k) {
    int n = 0;
    for (int j = i + 1; j < k && isForeignWord(a, j); j++) {
      n++;
    }
    return n < 2 ? n : Integer.MAX_VALUE / 2;
  }

  /** لل + noun, or ل + noun before an article-word (لحقوق الإنسان). */
  private static boolean isLamComplement(Analysis a, int k) {
    if (a.tokens.length(k) < 4 || a.tokens.charAt(k, 0) != Clitics.LAM) {
      return false;
    }
    if (a.is(k, Lexicon.ROLE)) {
      // «وزارة الدفاع لشؤون السياسة»: لشؤون qualifies the title before the ministry.
      return false;
    }
    if (a.tokens.charAt(k, 1) == Clitics.LAM) {
      return true;
    }
    return a.isDefinite(k + 1) && !a.boundaryBefore(k + 1) && !a.is(k + 1, STOPS);
  }

  /** A nisba or another adjective with the article (السوري، العامة، الأعلى، المتحدة). */
  static boolean isAdjective(Analysis a, int k) {
    int n = a.stemLength(k);
    char last = a.stemCharAt(k, n - 1);
    // The stem's classes are the token's (a.is), so no look-up for ADJECTIVE.
    return a.is(k, Lexicon.NATIONALITY)
        || last == FoldedText.YEH
        || (last == FoldedText.HEH && a.stemCharAt(k, n - 2) == FoldedText.YEH)
        || a.is(k, Lexicon.ADJECTIVE);
  }

  /**
   * The number of words of the known place starting at word {@code k} (مصرف لبنان، جامعة القاهرة;
   * not another organisation), 0 when none does.
   */
  private static int knownPlaceLength(Analysis a, int k) {
    if (!a.stemStartsGazetteer(k) || a.is(k, Lexicon.COMMON)) {
      return 0;
    }
    PhraseTrie.Match m = a.lexicon.lookup(a.stemId(k), a.tokens, k + 1);
    return m != null && EntityType.LOCATION.equals(m.entry().type()) ? m.length() : 0;
  }

  /** An unknown word that may be a foreign name: not a nisba adjective (صينية، كبرى). */
  private static boolean isForeignWord(Analysis a, int k) {
    int n = a.stemLength(k);
    char last = a.stemCharAt(k, n - 1);
    return a.classes(k) == 0
        && n >= 3
        && last != FoldedText.YEH
        && !(last == FoldedText.HEH && a.stemCharAt(k, n - 2) == FoldedText.YEH);
  }
}
