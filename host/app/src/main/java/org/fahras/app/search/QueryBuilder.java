package org.fahras.app.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.fahras.api.AnalysisField;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;

/**
 * Turns the user's query text into a Lucene query over every analysed field of the index.
 *
 * <p>Lucene's classic syntax applies (AND/OR/NOT, +/-, "phrases", wildcards, fields). A bare
 * word is searched in body, title and author, in each analysis kind, weighted by the kind's
 * boost (exact form above stem) and by the field (title above body). Text the parser cannot
 * read (an unbalanced quote, a stray colon) is searched again as plain words rather than
 * rejected.
 */
final class QueryBuilder {

  /** Title matches count more than body matches. */
  static final float TITLE_BOOST = 3f;

  private final IndexAnalysis analysis;
  private final String[] fields;
  private final Map<String, Float> boosts = new HashMap<>();

  QueryBuilder(IndexAnalysis analysis) {
    this.analysis = analysis;
    List<String> names = new ArrayList<>();
    for (AnalysisField f : AnalysisField.values()) {
      if (!analysis.fields().contains(f)) {
        continue;
      }
      add(names, IndexFields.BODY + f.suffix(), f.defaultBoost());
      add(names, IndexFields.TITLE + f.suffix(), f.defaultBoost() * TITLE_BOOST);
      add(names, IndexFields.AUTHOR + f.suffix(), f.defaultBoost());
    }
    this.fields = names.toArray(String[]::new);
  }

  private void add(List<String> names, String field, float boost) {
    names.add(field);
    boosts.put(field, boost);
  }

  /** The query for the user's text, restricted to document records. */
  Query build(String text) throws InvalidQueryException {
    Query parsed;
    try {
      parsed = parser().parse(text);
    } catch (ParseException first) {
      try {
        parsed = parser().parse(QueryParser.escape(text));
      } catch (ParseException second) {
        throw new InvalidQueryException("cannot understand the query: " + first.getMessage(), first);
      }
    }
    return new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)), BooleanClause.Occur.FILTER)
        .build();
  }

  private QueryParser parser() {
    // QueryParser is not thread-safe: one per query.
    MultiFieldQueryParser p = new MultiFieldQueryParser(fields, analysis.queryAnalyzer(), boosts);
    p.setDefaultOperator(QueryParser.Operator.OR);
    p.setSplitOnWhitespace(true);
    return p;
  }
}
