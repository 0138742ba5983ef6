package org.fahras.app.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Turns the multi-term parts of a query (a wildcard, fuzzy or prefix word) into the terms they
 * match, when every such part matches only a few terms.
 *
 * <p>Lucene runs a wildcard's automaton over the field's terms dictionary for the search, and the
 * highlighter runs it again for every hit of the page; on Fahras's body field, whose terms carry
 * the word's surface and are stored compressed, each run decompresses much of the dictionary
 * (a page for {@code قال*} took 32 ms on the 5,000-file benchmark index, 8 ms with its terms
 * looked up once). Only parts scored as one constant (Lucene's default rewrite) are expanded, into
 * a constant-score disjunction of the same terms, so the hits, their order and their scores do
 * not change; a part with a scoring rewrite of its own is kept. A snippet may show another of the
 * passages that match: the highlighter then weighs each term by its own rarity. A part matching more
 * than {@value #MAX_TERMS} terms ({@code ال*}) is left as it is, and then so is the whole query:
 * its hits would be scored term by term, which costs more than the automaton.
 */
final class FewTermsExpansion {

  /** The most terms a multi-term part may match to be expanded. */
  static final int MAX_TERMS = 64;

  private FewTermsExpansion() {}

  /** {@code query} with its multi-term parts expanded, or {@code query} itself. */
  static Query expand(Query query, IndexReader reader) throws IOException {
    return expand(query, reader, MAX_TERMS);
  }

  static Query expand(Query query, IndexReader reader, int maxTerms) throws IOException {
    List<MultiTermQuery> parts = new ArrayList<>();
    collect(query, parts);
    if (parts.isEmpty()) {
      return query;
    }
    // A counting pass first, which stops after maxTerms + 1 terms, so that a broad word (ال*)
    // costs a few terms here rather than a full rewrite thrown away.
    for (MultiTermQuery part : parts) {
      if (countUpTo(part, reader, maxTerms) > maxTerms) {
        return query;
      }
    }
    return rebuilt(query, reader);
  }

  /**
   * Adds the query's multi-term parts that are scored as one constant. Any query other than the
   * containers below is kept as it is: one holding a multi-term part inside keeps it unexpanded,
   * which loses nothing but the gain.
   */
  private static void collect(Query query, List<MultiTermQuery> parts) {
    if (query instanceof MultiTermQuery m) {
      if (isConstantScore(m)) {
        parts.add(m);
      }
    } else if (query instanceof BoostQuery b) {
      collect(b.getQuery(), parts);
    } else if (query instanceof ConstantScoreQuery c) {
      collect(c.getQuery(), parts);
    } else if (query instanceof DisjunctionMaxQuery d) {
      d.getDisjuncts().forEach(q -> collect(q, parts));
    } else if (query instanceof BooleanQuery b) {
      b.clauses().forEach(c -> collect(c.getQuery(), parts));
    }
  }

  /** The number of terms the part matches, counted per segment, up to just past {@code limit}. */
  private static int countUpTo(MultiTermQuery part, IndexReader reader, int limit) throws IOException {
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(part.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum te = part.getTermsEnum(terms);
      while (te.next() != null) {
        if (++n > limit) {
          return n;
        }
      }
    }
    return n;
  }

  /**
   * Whether the part is scored as one constant (Lucene's default): only then is the disjunction of
   * its terms scored alike. A part with a scoring rewrite of its own is kept.
   */
  private static boolean isConstantScore(MultiTermQuery m) {
    MultiTermQuery.RewriteMethod r = m.getRewriteMethod();
    return r == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE || r == MultiTermQuery.CONSTANT_SCORE_REWRITE;
  }

  private static Query rebuilt(Query query, IndexReader reader) throws IOException {
    if (query instanceof MultiTermQuery m && isConstantScore(m)) {
      // A constant-score disjunction of the terms, with their states: scored as Lucene's own
      // rewrite scores the part.
      return MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE.rewrite(reader, m);
    }
    if (query instanceof BoostQuery b) {
      return new BoostQuery(rebuilt(b.getQuery(), reader), b.getBoost());
    }
    if (query instanceof ConstantScoreQuery c) {
      return new ConstantScoreQuery(rebuilt(c.getQuery(), reader));
    }
    if (query instanceof DisjunctionMaxQuery d) {
      List<Query> parts = new ArrayList<>();
      for (Query q : d.getDisjuncts()) {
        parts.add(rebuilt(q, reader));
      }
      return new DisjunctionMaxQuery(parts, d.getTieBreakerMultiplier());
    }
    if (query instanceof BooleanQuery b) {
      BooleanQuery.Builder out =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(rebuilt(c.getQuery(), reader), c.getOccur());
      }
      return out.build();
    }
    return query;
  }
}
