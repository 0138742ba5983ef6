package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fahras.api.EntityRecognizer.EntitySpan;

/**
 * Precision, recall and F1 per entity type, counted two ways: exact (same start, end and type)
 * and overlap (same type, ranges overlapping; each gold entity matched at most once).
 */
final class Scores {

  /** Counts of one type. */
  static final class Counts {
    int gold;
    int predicted;
    int exact;
    int overlap;

    double precision(boolean lenient) {
      return predicted == 0 ? 0 : (double) (lenient ? overlap : exact) / predicted;
    }

    double recall(boolean lenient) {
      return gold == 0 ? 0 : (double) (lenient ? overlap : exact) / gold;
    }

    double f1(boolean lenient) {
      double p = precision(lenient);
      double r = recall(lenient);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Counts o) {
      gold += o.gold;
      predicted += o.predicted;
      exact += o.exact;
      overlap += o.overlap;
    }
  }

  final Map<String, Counts> byType = new LinkedHashMap<>();

  Scores(Collection<String> types) {
    for (String t : types) {
      byType.put(t, new Counts());
    }
  }

  /** Adds one document's gold and predicted entities (types outside the table are ignored). */
  void add(List<AnnotatedText.Gold> gold, List<EntitySpan> predicted) {
    List<AnnotatedText.Gold> unmatched = new ArrayList<>(gold);
    for (AnnotatedText.Gold g : gold) {
      Counts c = byType.get(g.type());
      if (c != null) {
        c.gold++;
      }
    }
    for (EntitySpan p : predicted) {
      Counts c = byType.get(p.type());
      if (c == null) {
        continue;
      }
      c.predicted++;
      AnnotatedText.Gold match = null;
      for (AnnotatedText.Gold g : unmatched) {
        if (g.type().equals(p.type()) && g.start() < p.end() && p.start() < g.end()) {
          if (match == null || (g.start() == p.start() && g.end() == p.end())) {
            match = g;
          }
        }
      }
      if (match != null) {
        unmatched.remove(match);
        c.overlap++;
        if (match.start() == p.start() && match.end() == p.end()) {
          c.exact++;
        }
      }
    }
  }

  /** The sum over {@code types}. */
  Counts total(Set<String> types) {
    Counts sum = new Counts();
    byType.forEach(
        (t, c) -> {
          if (types.contains(t)) {
            sum.add(c);
          }
        });
    return sum;
  }

  /** A Markdown table row: type, gold, predicted, exact P/R/F1, overlap P/R/F1. */
  static String row(String name, Counts c) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
        name,
        c.gold,
        c.predicted,
        c.precision(false),
        c.recall(false),
        c.f1(false),
        c.precision(true),
        c.recall(true),
        c.f1(true));
  }
}
