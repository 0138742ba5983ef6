package org.fahras.plugins.arabic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

/**
 * The compact index layout: one term per word that carries both its stem and its surface form,
 * {@code stem} U+001F {@code surface} ({@code كتاب␟الكِتَابُ}), so that one inversion serves the
 * STEMMED, EXACT and VOCALISED kinds of matching (three index fields before analysis version 6).
 *
 * <ul>
 *   <li>STEMMED: every term under the prefix {@code stem␟}, scored as one word ({@link
 *       SynonymQuery}: the frequencies of all forms added up, as a stemmed field would count).
 *   <li>EXACT: the terms under {@code stem␟} whose surface is the word with any diacritics; the
 *       stem is the word's own first stem, which the index wrote for every occurrence of it.
 *   <li>VOCALISED: the same, the surface compatible with the query's diacritics ({@link
 *       ArabicVocalisedQuery}).
 * </ul>
 *
 * <p>A word with a second stem ({@code جامعات}: {@code جامعه} and {@code جامع}) also gets {@code
 * جامع␟}, without surface, at the same position. Patterns (wildcards, fuzzy terms) on stems stay
 * prefix-bound; on surfaces they scan the term dictionary, as a leading wildcard does.
 */
final class ArabicCompositeAnalyzer {

  /** Between the stem and the surface form of a composite term. */
  static final char SEPARATOR = '\u001F';

  /** How the documentation names the separator. */
  static final String SEPARATOR_NAME = "U+001F";

  private static final char FIRST_MARK = ArabicVocalisation.FATHATAN;
  private static final char LAST_MARK = ArabicVocalisation.SUKUN;

  /** Scores all matched forms of a word as one term ({@link SynonymQuery}). */
  static final MultiTermQuery.RewriteMethod AS_ONE_WORD = new AsOneWord();

  private ArabicCompositeAnalyzer() {}

  /** All forms of a stem, the query token of the STEMMED chain. */
  static Query stemQuery(String field, String stem) {
    return new WordFormsQuery(field, stem + SEPARATOR, null, AS_ONE_WORD);
  }

  /**
   * The forms of one word: {@code token} is a composite term of a query chain; {@code
   * vocalised} says whether the query's diacritics must agree with the document's.
   *
   * @return the query, or null when the token is not composite
   */
  static Query surfaceQuery(String field, String token, boolean vocalised) {
    int sep = token.indexOf(SEPARATOR);
    if (sep < 0 || sep == token.length() - 1) {
      return null;
    }
    String surface = token.substring(sep + 1);
    if (!vocalised || withoutMarks(surface).equals(surface)) {
      // No diacritics to agree with: the surface's letters, read from the terms under the stem.
      return new WordFormsQuery(field, token.substring(0, sep + 1), withoutMarks(surface), AS_ONE_WORD);
    }
    Automaton a =
        Operations.concatenate(
            Automata.makeString(token.substring(0, sep + 1)), ArabicVocalisedQuery.automaton(surface));
    return new AutomatonQuery(new Term(field, token), a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, false, AS_ONE_WORD);
  }

  /**
   * A pattern typed by the user: over stems for STEMMED ({@code pattern␟…}), else over surface
   * forms, diacritics in the document ignored ({@code …␟pattern}).
   */
  static Query patternQuery(String field, boolean stems, Automaton pattern) {
    Automaton a;
    if (stems) {
      a = Operations.concatenate(List.of(pattern, Automata.makeChar(SEPARATOR), Automata.makeAnyString()));
    } else {
      Automaton anyStem =
          Operations.repeat(
              Operations.union(
                  Automata.makeCharRange(0, SEPARATOR - 1),
                  Automata.makeCharRange(SEPARATOR + 1, Character.MAX_CODE_POINT)));
      a = Operations.concatenate(List.of(anyStem, Automata.makeChar(SEPARATOR), ignoringMarks(pattern)));
    }
    a = Operations.determinize(a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    return new AutomatonQuery(new Term(field, "pattern"), a);
  }

  /** The word a composite index term stands for: its surface without diacritics, else its stem. */
  static String displayTerm(String indexTerm) {
    int sep = indexTerm.indexOf(SEPARATOR);
    if (sep < 0) {
      return indexTerm;
    }
    String surface = withoutMarks(indexTerm.substring(sep + 1));
    return surface.isEmpty() ? indexTerm.substring(0, sep) : surface;
  }

  static String withoutMarks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < FIRST_MARK || c > LAST_MARK) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code a} with any diacritics allowed anywhere: a loop on every state. */
  static Automaton ignoringMarks(Automaton a) {
    Automaton.Builder b = new Automaton.Builder();
    int n = a.getNumStates();
    for (int s = 0; s < n; s++) {
      b.createState();
    }
    Transition t = new Transition();
    for (int s = 0; s < n; s++) {
      b.setAccept(s, a.isAccept(s));
      int count = a.initTransition(s, t);
      for (int i = 0; i < count; i++) {
        a.getNextTransition(t);
        b.addTransition(s, t.dest, t.min, t.max);
      }
      b.addTransition(s, s, FIRST_MARK, LAST_MARK);
    }
    return Operations.determinize(b.finish(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
  }

  /**
   * Rewrites a multi-term query into one {@link SynonymQuery} of the terms it matches in the
   * whole index: a document's frequencies of all the forms add up, as if they were one term. Past
   * {@link IndexSearcher#getMaxClauseCount()} forms, the most frequent are kept.
   */
  private static final class AsOneWord extends MultiTermQuery.RewriteMethod {
    @Override
    public Query rewrite(IndexReader reader, MultiTermQuery query) throws IOException {
      Map<BytesRef, Integer> docFreqs = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(query.getField());
        if (terms == null) {
          continue;
        }
        TermsEnum te = getTermsEnum(query, terms, new AttributeSource());
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          docFreqs.merge(BytesRef.deepCopyOf(term), te.docFreq(), Integer::sum);
        }
      }
      if (docFreqs.isEmpty()) {
        return new MatchNoDocsQuery("no form of the word in the index");
      }
      List<Map.Entry<BytesRef, Integer>> forms = new ArrayList<>(docFreqs.entrySet());
      int max = IndexSearcher.getMaxClauseCount();
      if (forms.size() > max) {
        forms.sort(Map.Entry.<BytesRef, Integer>comparingByValue().reversed());
        forms = forms.subList(0, max);
      }
      SynonymQuery.Builder b = new SynonymQuery.Builder(query.getField());
      for (Map.Entry<BytesRef, Integer> f : forms) {
        b.addTerm(new Term(query.getField(), f.getKey()));
      }
      return b.build();
    }
  }
}
