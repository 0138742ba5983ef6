package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.List;
import org.fahras.api.EntityType;

/**
 * Consistency within a document: a name the rules found once (after a title, with a head word) is
 * found again wherever it recurs in the same text, with or without clitics, and a person's family
 * name alone (السيسي after عبد الفتاح السيسي) when it is no common word, first name or known place.
 * A repeated mention gets the canonical form of the full name, so facets group them.
 *
 * <p>Repeated mentions only fill gaps: they never replace a span found otherwise.
 */
final class DocumentNames {

  /** Word classes a family name alone must not have. */
  private static final int UNSAFE_ALONE =
      Lexicon.STOP
          | Lexicon.COMMON
          | Lexicon.VERB
          | Lexicon.TITLE
          | Lexicon.ROLE
          | Lexicon.CONNECTOR
          | Lexicon.FIRST_NAME
          | Lexicon.NATIONALITY
          | Lexicon.ORG_HEAD
          | Lexicon.LOC_HEAD;

  private static final int MIN_FAMILY_NAME = 3;

  /** The chosen candidates with the repeated mentions of their names added. */
  static List<Analysis.Candidate> echo(Analysis a, List<Analysis.Candidate> chosen) {
    chosen = withNormalizedForms(a, chosen);
    PhraseTrie names = namesOf(a, chosen);
    if (names.isEmpty()) {
      return chosen;
    }
    boolean[] taken = new boolean[a.size()];
    for (Analysis.Candidate c : chosen) {
      for (int t = c.first(); t <= c.last(); t++) {
        taken[t] = true;
      }
    }
    List<Analysis.Candidate> all = new ArrayList<>(chosen);
    String[] stems = new String[8];
    int[] prefixes = new int[8];
    Tokens t = a.tokens;
    for (int i = 0; i < t.size(); i++) {
      if (!t.isWord(i) || taken[i]) {
        continue;
      }
      int k;
      if (names.startsWith(a.stem(i))) {
        stems[0] = a.stem(i);
        prefixes[0] = a.prefix(i);
        k = 1;
      } else if (a.prefix(i) == 0 && startsWithClitic(t.form(i))) {
        k = Clitics.strip(t.form(i), stems, prefixes, a.lexicon.words);
      } else {
        continue;
      }
      Analysis.Candidate found = match(a, names, i, stems, prefixes, k, taken);
      if (found != null) {
        for (int j = found.first(); j <= found.last(); j++) {
          taken[j] = true;
        }
        all.add(found);
        i = found.last();
      }
    }
    return Analysis.byStart(all);
  }

  /** The longest remembered name at token {@code i} over free tokens only, or {@code null}. */
  private static Analysis.Candidate match(
      Analysis a, PhraseTrie names, int i, String[] stems, int[] prefixes, int k, boolean[] taken) {
    for (int r = 0; r < k; r++) {
      if (!names.startsWith(stems[r])) {
        continue;
      }
      PhraseTrie.Match m = names.longest(stems[r], a.tokens, i + 1);
      if (m == null) {
        continue;
      }
      int last = i + m.length() - 1;
      for (int j = i; j <= last; j++) {
        if (taken[j]) {
          return null;
        }
      }
      PhraseTrie.Entry e = m.entry();
      return new Analysis.Candidate(
          i, last, prefixes[r], e.type(), Analysis.ECHO, e.canonical(), Analysis.ECHO_TIER);
    }
    return null;
  }

  /** The candidates with their canonical forms computed once (they are read twice). */
  private static List<Analysis.Candidate> withNormalizedForms(
      Analysis a, List<Analysis.Candidate> chosen) {
    List<Analysis.Candidate> out = new ArrayList<>(chosen.size());
    for (Analysis.Candidate c : chosen) {
      out.add(
          c.normalized() != null
              ? c
              : new Analysis.Candidate(
                  c.first(), c.last(), c.skip(), c.type(), c.priority(), a.clean(c), c.tier()));
    }
    return out;
  }

  /**
   * The names to look for again: each name a rule found (gazetteer names are found everywhere
   * anyway) and each person's family name alone.
   */
  private static PhraseTrie namesOf(Analysis a, List<Analysis.Candidate> chosen) {
    PhraseTrie names = new PhraseTrie();
    for (Analysis.Candidate c : chosen) {
      String type = c.type();
      boolean person = EntityType.PERSON.equals(type);
      if (!(person
              || EntityType.LOCATION.equals(type)
              || EntityType.ORGANIZATION.equals(type))
          || c.priority() == Analysis.USER) {
        continue;
      }
      // A one-word place or organisation is looked for again only when it is an unknown word
      // without the article: «منطقة الصراع» must not make every «الصراع» a place.
      boolean oneCommonWord =
          !person && c.first() == c.last()
              && (a.isDefinite(c.first()) || a.classes(c.first()) != 0);
      boolean byRule = c.priority() < Analysis.GAZETTEER && !oneCommonWord;
      int last = c.last();
      boolean familyName = person && last > c.first() && isSafeAlone(a, last);
      if (!byRule && !familyName) {
        continue;
      }
      String normalized = c.normalized();
      if (byRule) {
        List<String> words = new ArrayList<>(c.last() - c.first() + 1);
        for (int k = c.first(); k <= last; k++) {
          words.add(k == c.first() && a.tokens.isWord(k) ? a.stem(k) : a.tokens.form(k));
        }
        names.add(words, new PhraseTrie.Entry(type, normalized, 1));
      }
      if (familyName) {
        names.add(List.of(a.stem(last)), new PhraseTrie.Entry(type, normalized, 0));
      }
    }
    return names;
  }

  private static boolean startsWithClitic(String word) {
    char c = word.charAt(0);
    return c == Clitics.WAW || c == Clitics.FEH || c == Clitics.BEH || c == Clitics.LAM
        || c == Clitics.KAF;
  }

  private static boolean isSafeAlone(Analysis a, int last) {
    String s = a.stem(last);
    if (!a.tokens.isWord(last) || a.tokens.is(last - 1, '-') || s.length() < MIN_FAMILY_NAME) {
      return false;
    }
    if (a.is(last, UNSAFE_ALONE) || a.lexicon.isGazetteerStart(s)) {
      return false;
    }
    return !a.bareIs(last, Lexicon.FIRST_NAME | Lexicon.COMMON);
  }
}
