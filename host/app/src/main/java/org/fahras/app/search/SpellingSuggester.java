package org.fahras.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

  SpellingSuggester(IndexReader reader, IndexAnalysis analysis) {
    this.reader = reader;
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
