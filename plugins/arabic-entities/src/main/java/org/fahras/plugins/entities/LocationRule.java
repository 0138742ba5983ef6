package org.fahras.plugins.entities;

import org.fahras.api.EntityType;

/**
 * Proposes places named after a head word.
 *
 * <p>Administrative heads (مدينة، محافظة، ولاية، قرية، منطقة …) stay outside the span: the name is
 * the one or two words after them (مدينة هيوستن، منطقة الحوز، مدينة سيدي بوزيد). Geographic and
 * state heads, marked {@code =} in the list, are part of the name with their complement and
 * adjectives (نهر النيل، جبل طارق، شبه الجزيرة الكورية، جمهورية مصر العربية); those marked
 * {@code *} may carry the article when an adjective follows (البحر الأحمر، الخليج العربي).
 */
final class LocationRule {

  private static final int NOT_PLACE =
      Lexicon.STOP
          | Lexicon.COMMON
          | Lexicon.VERB
          | Lexicon.TITLE
          | Lexicon.ORG_HEAD
          | Lexicon.LOC_HEAD
          | Lexicon.ROLE
          | Lexicon.NATIONALITY;

  private static final int MAX_INSIDE = 4;

  void find(Analysis a) {
    for (int i = 0; i < a.size(); i++) {
      // A head, with or without the article; the rest at once.
      if (((a.classes(i) | a.bareClasses(i)) & Lexicon.LOC_HEAD) == 0 || !a.tokens.isWord(i)) {
        continue;
      }
      int head = headClasses(a, i);
      if ((head & Lexicon.LOC_HEAD) == 0 || a.boundaryBefore(i + 1) || !a.tokens.isWord(i + 1)) {
        continue;
      }
      if ((head & Lexicon.LOC_HEAD_INSIDE) != 0) {
        int end = insideEnd(a, i);
        if (end > i) {
          a.propose(i, end, a.prefix(i), EntityType.LOCATION, Analysis.RULE + 2, null);
        }
      } else if (!a.isDefinite(i)) {
        int j = i + 1;
        int end = afterHeadEnd(a, j);
        if (end >= j) {
          a.propose(j, end, a.prefix(j), EntityType.LOCATION, Analysis.RULE + 2, null);
        }
      }
    }
  }

  private static int headClasses(Analysis a, int i) {
    if (!a.isDefinite(i)) {
      return a.classes(i);
    }
    int bare = a.bareClasses(i);
    return (bare & Lexicon.ORG_HEAD_DEFINITE) != 0 ? bare : 0;
  }

  /** Name after a geographic head, head included: complement words, then adjectives. */
  private static int insideEnd(Analysis a, int i) {
    boolean definiteHead = a.isDefinite(i);
    int end = i;
    for (int k = i + 1; k < a.size() && k <= i + MAX_INSIDE; k++) {
      if (!a.tokens.isWord(k) || a.boundaryBefore(k) || a.prefix(k) > 0
          || a.calendarAt(k) != null) {
        break;
      }
      boolean head = a.is(k, Lexicon.LOC_HEAD);
      if (a.is(k, NOT_PLACE) && !head && !(a.isDefinite(k) && a.is(k, Lexicon.NATIONALITY))) {
        break;
      }
      if (definiteHead && !a.isDefinite(k)) {
        break;
      }
      if (!a.isDefinite(k) && k > i + 1 && a.isDefinite(k - 1)) {
        // After an article-word only adjectives with the article follow.
        break;
      }
      if (!head) {
        end = k;
      }
    }
    return end;
  }

  /** The name after an administrative head: one word, or two unknown words without article. */
  private static int afterHeadEnd(Analysis a, int j) {
    if (a.is(j, NOT_PLACE) || a.prefix(j) > 0 || a.calendarAt(j) != null || isAdjective(a, j)) {
      return -1;
    }
    int k = j + 1;
    // A second word: unknown or a name (كفر عزام، سيدي بوزيد), never a word of another class.
    if (!a.isDefinite(j) && a.tokens.isWord(k) && !a.boundaryBefore(k)
        && (a.classes(k) & ~(Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME)) == 0
        && a.prefix(k) == 0 && !a.isDefinite(k) && !isAdjective(a, k) && !startsLikeAClitic(a, k)
        && !a.stemStartsGazetteer(k) && a.classes(j) == 0) {
      return k;
    }
    return j;
  }

  /** لتفقد، وسط، يزور: a second word opening with ل، و or a verb prefix is not part of the name. */
  private static boolean startsLikeAClitic(Analysis a, int k) {
    char c = a.tokens.charAt(k, 0);
    return c == Clitics.LAM || c == Clitics.WAW || c == FoldedText.YEH || c == '\u0646';
  }

  /** An indefinite nisba adjective (صناعية، عسكري) describes the head, it does not name it. */
  private static boolean isAdjective(Analysis a, int j) {
    if (a.isDefinite(j)) {
      return false;
    }
    int n = a.stemLength(j);
    char last = a.stemCharAt(j, n - 1);
    return (last == FoldedText.YEH && n >= 4)
        || (n >= 4 && last == FoldedText.HEH && a.stemCharAt(j, n - 2) == FoldedText.YEH);
  }
}
