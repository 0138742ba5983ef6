package org.fahras.plugins.arabic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A test helper that runs text through an analyzer and collects the terms. */
final class AnalyzedTerms {

  private AnalyzedTerms() {}

  /** Every term, in order. */
  static List<String> of(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    for (Set<String> position : positions(analyzer, text, false)) {
      terms.addAll(position);
    }
    return terms;
  }

  /** The first term at each position (a second stem at the same position left out). */
  static List<String> firstAtEachPosition(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    for (Set<String> position : positions(analyzer, text, true)) {
      terms.add(position.iterator().next());
    }
    return terms;
  }

  /**
   * Whether two texts analyse alike as a search sees them: the same number of positions, with a
   * term in common at each (a query for one finds the other).
   */
  static boolean meet(Analyzer analyzer, String one, String other) {
    List<Set<String>> a = positions(analyzer, one, false);
    List<Set<String>> b = positions(analyzer, other, false);
    if (a.isEmpty() || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (Collections.disjoint(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The terms at each position; in emission order when {@code ordered}, else sorted. */
  static List<Set<String>> positions(Analyzer analyzer, String text, boolean ordered) {
    List<Set<String>> positions = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(ordered ? new LinkedHashSet<>() : new TreeSet<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return positions;
  }
}
