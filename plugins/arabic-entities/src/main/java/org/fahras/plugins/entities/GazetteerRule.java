package org.fahras.plugins.entities;

import org.fahras.api.EntityType;

/**
 * Proposes the known names: the longest gazetteer phrase (built-in, ICU's or the user's) starting
 * at each word, read with and without its clitics.
 *
 * <p>A one-word name that is also a common word, a stop word, a verb, an adjective or an
 * ambiguous first name (مالي is Mali and «financial», الزرقاء a city and «blue») is left to the
 * rules, which see its context; a one-word person name of that kind counts after a title. The
 * user's names are proposed whatever they look like.
 */
final class GazetteerRule {

  private static final int AMBIGUOUS =
      Lexicon.STOP | Lexicon.COMMON | Lexicon.VERB | Lexicon.AMBIGUOUS_NAME | Lexicon.ADJECTIVE;

  void find(Analysis a) {
    Tokens t = a.tokens;
    for (int i = 0; i < t.size(); i++) {
      int first = a.gazetteerId(i); // -1 for words that start no name, and for other tokens
      if (first < 0) {
        continue;
      }
      PhraseTrie.Match best = a.lexicon.lookup(first, t, i + 1);
      if (best == null) {
        continue;
      }
      int last = i + best.length() - 1;
      PhraseTrie.Entry e = best.entry();
      if (e.priority() == Lexicon.USER) {
        a.proposeUser(i, last, a.gazetteerPrefix(i), e.type(), e.canonical());
      } else if (best.length() > 1 || !a.is(i, AMBIGUOUS) || isPersonAfterName(a, i, e)) {
        int priority = Analysis.GAZETTEER + e.priority();
        a.propose(i, last, a.gazetteerPrefix(i), e.type(), priority, e.canonical());
      }
    }
  }

  /** A one-word person name that is also a common word counts only after a title. */
  private static boolean isPersonAfterName(Analysis a, int i, PhraseTrie.Entry e) {
    return EntityType.PERSON.equals(e.type()) && a.is(i - 1, Lexicon.TITLE);
  }
}
