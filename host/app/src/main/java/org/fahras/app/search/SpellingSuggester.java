package org.fahras.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.fahras.api.AnalysisField;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;

/**
 * "Did you mean": replaces each plain word of a query that occurs nowhere in the index by the
 * closest word that does (Lucene's {@link DirectSpellChecker}, at most two edits, over the
 * unstemmed {@code body_exact} field, or {@code body} when the analysis has no exact field).
 *
 * <p>Only bare words are checked: field values, phrases, patterns, fuzzy terms and operators are
 * kept as typed. A word counts as known when its exact or its stemmed form is in the index. The
 * suggestion is written in the index's normalised form (no tashkeel, hamza on alef dropped).
 */
final class SpellingSuggester {

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!");

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final String exactField;
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final IndexAnalysis analysis;
  private final IndexSearcher searcher;
  /** Whether the exact kind is served by the body field (a provider's composite terms). */
  private final boolean exactInBody;

  SpellingSuggester(IndexReader reader, IndexAnalysis analysis) {
    this.reader = reader;
    this.analysis = analysis;
    this.searcher = new IndexSearcher(reader);
    this.exactInBody =
        analysis.fields().contains(AnalysisField.EXACT)
            && !analysis.indexedFields().contains(AnalysisField.EXACT);
    this.analyzer = analysis.queryAnalyzer();
    this.exactField =
        analysis.fields().contains(AnalysisField.EXACT)
            ? IndexFields.BODY + AnalysisField.EXACT.suffix()
            : IndexFields.BODY;
    // Arabic words are short: a three-letter root word can be misspelt too.
    checker.setMinQueryLength(3);
  }

  /** The corrected query, or null when every word is known or has no close match. */
  String suggest(String query) throws IOException {
    String[] words = query.strip().split("\\s+");
    boolean changed = false;
    List<String> out = new ArrayList<>(words.length);
    for (String w : words) {
      String corrected = correct(w);
      changed |= corrected != null;
      out.add(corrected == null ? w : corrected);
    }
    return changed ? String.join(" ", out) : null;
  }

  private String correct(String word) throws IOException {
    String sign = word.startsWith("+") || word.startsWith("-") ? word.substring(0, 1) : "";
    String bare = word.substring(sign.length());
    if (bare.isEmpty() || OPERATORS.contains(bare) || bare.matches(".*[:*?~\"()\\[\\]{}^\\\\/].*")) {
      return null;
    }
    if (exactInBody) {
      return correctInBody(sign, bare);
    }
    List<String> exact = terms(exactField, bare);
    if (exact.size() != 1 || reader.docFreq(new Term(exactField, exact.get(0))) > 0) {
      return null; // a stop word, several tokens, or a known word
    }
    List<String> stemmed = terms(IndexFields.BODY, bare);
    if (stemmed.size() == 1 && reader.docFreq(new Term(IndexFields.BODY, stemmed.get(0))) > 0) {
      return null;
    }
    SuggestWord[] s =
        checker.suggestSimilar(new Term(exactField, exact.get(0)), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return s.length == 0 ? null : sign + s[0].string;
  }

  /**
   * The correction of a word when the body field holds the provider's own terms: the word is
   * known when the provider's exact or stemmed query finds it; else the closest word (at most two
   * edits, the first letter kept, as Lucene's spell checker) among the provider's readable forms
   * of the index terms, the most frequent first among equally close ones.
   */
  private String correctInBody(String sign, String bare) throws IOException {
    String exactName = IndexFields.BODY + AnalysisField.EXACT.suffix();
    List<String> exact = terms(exactName, bare);
    if (exact.size() != 1) {
      return null; // a stop word, or several tokens
    }
    Query known = analysis.termQuery(AnalysisField.EXACT, IndexFields.BODY, exact.get(0));
    if (known == null || searcher.count(known) > 0) {
      return null;
    }
    for (String stem : terms(IndexFields.BODY, bare)) {
      Query q = analysis.termQuery(AnalysisField.STEMMED, IndexFields.BODY, stem);
      if (q != null && searcher.count(q) > 0) {
        return null;
      }
    }
    String word = analysis.displayTerm(AnalysisField.EXACT, exact.get(0));
    if (word.codePointCount(0, word.length()) < checker.getMinQueryLength()) {
      return null;
    }
    int first = word.codePointAt(0);
    String rest = word.substring(Character.charCount(first));
    Automaton near =
        Operations.concatenate(
            Automata.makeChar(first), new LevenshteinAutomata(rest, true).toAutomaton(2));
    Query pattern =
        analysis.patternQuery(
            AnalysisField.EXACT, IndexFields.BODY, Operations.determinize(near, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    if (!(pattern instanceof MultiTermQuery mtq)) {
      return null;
    }
    Map<String, Integer> freq = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(mtq.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum te = mtq.getTermsEnum(terms);
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        freq.merge(analysis.displayTerm(AnalysisField.EXACT, t.utf8ToString()), te.docFreq(), Integer::sum);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestFreq = 0;
    for (Map.Entry<String, Integer> e : freq.entrySet()) {
      int d = distance(word, e.getKey());
      if (d == 0 || d > 2) {
        continue;
      }
      if (d < bestDistance || (d == bestDistance && e.getValue() > bestFreq)) {
        best = e.getKey();
        bestDistance = d;
        bestFreq = e.getValue();
      }
    }
    return best == null ? null : sign + best;
  }

  /** Edit distance (insertions, deletions, substitutions) between two words. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private List<String> terms(String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
