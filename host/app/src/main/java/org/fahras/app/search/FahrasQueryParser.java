package org.fahras.app.search;

import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.fahras.app.analysis.IndexAnalysis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.fahras.app.search.QueryFields.Handler;

/**
 * Lucene's classic query parser with Fahras' fields: bare words and {@code title:}/{@code
 * author:}/{@code body:} go to every analysis kind of their text fields (weighted); {@code path:},
 * {@code type:}, {@code ext:}, {@code lang:} to keyword fields; {@code date:}, {@code modified:},
 * {@code created:}, {@code mtime:}, {@code year:} and {@code size:} to numeric ranges.
 *
 * <p>Wildcard, prefix and fuzzy terms on text fields go through the field analyzer's {@code
 * normalize()} (Lucene's {@code QueryParserBase} does it), so they are folded like indexed text
 * but not stemmed. The parser remembers which queries are metadata restrictions and which
 * boolean levels the user joined with explicit {@code AND}/{@code OR}, for {@link QueryBuilder}.
 * Not thread-safe: one per query.
 */
final class FahrasQueryParser extends MultiFieldQueryParser {

  /** Makes a query for one internal field. */
  @FunctionalInterface
  private interface PerField {
    Query make(String field) throws ParseException;
  }

  private final QueryFields fields;
  private final Set<Query> metadata = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<List<BooleanClause>> explicitLevels = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Query> explicitQueries = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Query> levels = Collections.newSetFromMap(new IdentityHashMap<>());

  private final IndexAnalysis analysis;

  FahrasQueryParser(QueryFields fields, Analyzer analyzer, IndexAnalysis analysis) {
    super(fields.defaultFields().keySet().toArray(String[]::new), analyzer, fields.defaultFields());
    this.fields = fields;
    this.analysis = analysis;
    setDefaultOperator(OR_OPERATOR);
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(true);
  }

  /** Whether the query restricts metadata only (fields, dates, sizes), possibly combined. */
  boolean isMetadataOnly(Query q) {
    if (metadata.contains(q)) {
      return true;
    }
    if (q instanceof BoostQuery b) {
      return isMetadataOnly(b.getQuery());
    }
    if (q instanceof BooleanQuery b && !b.clauses().isEmpty()) {
      return b.clauses().stream().allMatch(c -> isMetadataOnly(c.getQuery()));
    }
    return false;
  }

  /**
   * Whether the query is a level of the user's query (clauses they typed side by side or in
   * parentheses), not one term spread over several fields.
   */
  boolean isLevel(Query q) {
    return levels.contains(q);
  }

  /** Whether the user joined this boolean level's clauses with AND or OR. */
  boolean hasExplicitOperator(Query q) {
    return explicitQueries.contains(q);
  }

  /** The query for {@code field:value} with the value taken literally (for filters). */
  Query filter(String field, String value) throws ParseException {
    Handler h = fields.handler(field);
    if (h == null) {
      throw new QueryValueException(
          "unknown filter field '" + field + "'; use one of " + String.join(", ", QueryFields.FILTER_FIELDS));
    }
    return getFieldQuery(field, value, true);
  }

  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    if (conj != 0) { // CONJ_AND or CONJ_OR
      explicitLevels.add(clauses);
    }
    super.addClause(clauses, conj, mods, q);
  }

  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query q = super.getBooleanQuery(clauses);
    if (q != null) {
      levels.add(q);
    }
    if (q != null && explicitLevels.contains(clauses)) {
      explicitQueries.add(q);
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    Handler h = fields.handler(field);
    if (h == null) {
      // A bare word; or "note:word" with no such field, where the user meant words, not a field.
      String words = field == null ? text : field + " " + text;
      return text(fields.defaultFields(), f -> super.getFieldQuery(f, words, quoted));
    }
    if (h.isText()) {
      return text(h.textFields(), f -> super.getFieldQuery(f, text, quoted));
    }
    return remember(h.term(text, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    Handler h = fields.handler(field);
    if (h == null || h.isText()) {
      Map<String, Float> targets = h == null ? fields.defaultFields() : h.textFields();
      // Lucene applies the slop afterwards to phrase queries only; span phrases need it now.
      int phraseSlop = getPhraseSlop();
      setPhraseSlop(slop);
      try {
        return text(targets, f -> super.getFieldQuery(f, text, slop));
      } finally {
        setPhraseSlop(phraseSlop);
      }
    }
    return remember(h.term(text, true));
  }

  @Override
  protected Query getWildcardQuery(String field, String term) throws ParseException {
    if ("*".equals(term) && (field == null || "*".equals(field))) {
      return new MatchAllDocsQuery();
    }
    Handler h = fields.handler(field);
    if (h == null || h.isText()) {
      return text(targets(h), f -> pattern(f, super.getWildcardQuery(f, term)));
    }
    return remember(h.pattern(term, false));
  }

  @Override
  protected Query getPrefixQuery(String field, String term) throws ParseException {
    Handler h = fields.handler(field);
    if (h == null || h.isText()) {
      return text(targets(h), f -> pattern(f, super.getPrefixQuery(f, term)));
    }
    return remember(h.pattern(term, true));
  }

  @Override
  protected Query getFuzzyQuery(String field, String term, float minSimilarity) throws ParseException {
    Handler h = fields.handler(field);
    if (h == null || h.isText()) {
      return text(targets(h), f -> pattern(f, super.getFuzzyQuery(f, term, minSimilarity)));
    }
    throw new QueryValueException(h.name() + ": does not take fuzzy terms (~)");
  }

  @Override
  protected Query getRegexpQuery(String field, String term) throws ParseException {
    Handler h = fields.handler(field);
    if (h == null || h.isText()) {
      return text(targets(h), f -> pattern(f, super.getRegexpQuery(f, term)));
    }
    throw new QueryValueException(h.name() + ": does not take regular expressions");
  }

  @Override
  protected Query getRangeQuery(String field, String from, String to, boolean fromIncl, boolean toIncl)
      throws ParseException {
    Handler h = fields.handler(field);
    if (h == null || h.isText()) {
      return text(targets(h), f -> super.getRangeQuery(f, from, to, fromIncl, toIncl));
    }
    return remember(h.range(from, to, fromIncl, toIncl));
  }

  /** The text fields a term goes to: the handler's, or the default ones (bare or unknown field). */
  private Map<String, Float> targets(Handler h) {
    return h != null ? h.textFields() : fields.defaultFields();
  }

  /** One query per internal field, weighted, any of them matching. */
  private static Query text(Map<String, Float> targets, PerField perField) throws ParseException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Query single = null;
    int n = 0;
    for (Map.Entry<String, Float> t : targets.entrySet()) {
      Query q = perField.make(t.getKey());
      if (q == null) {
        continue; // a stop word, or nothing left after analysis
      }
      Query weighted = t.getValue() == 1f ? q : new BoostQuery(q, t.getValue());
      any.add(weighted, Occur.SHOULD);
      single = weighted;
      n++;
    }
    return n == 0 ? null : n == 1 ? single : any.build();
  }

  /**
   * A term of an analysed field: the analysis provider's own query when it has one for the field
   * (a vocalised token matching every compatible vocalisation), else a term query.
   */
  @Override
  protected Query newTermQuery(Term term, float boost) {
    Query own = providerQuery(term);
    if (own == null) {
      return super.newTermQuery(term, boost);
    }
    return boost == 1f ? own : new BoostQuery(own, boost);
  }

  /**
   * A phrase: Lucene's phrase query, or, when the provider has its own queries for the field's
   * terms, the same phrase as span queries (each position any of the provider's matches).
   */
  @Override
  protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
    QueryFields.Analysed a = fields.analysed(field);
    if (a == null || analysis == null) {
      return super.analyzePhrase(field, stream, slop);
    }
    List<Query> parts = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    TermToBytesRefAttribute termAtt = stream.getAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute posIncr = stream.addAttribute(PositionIncrementAttribute.class);
    stream.reset();
    int position = -1;
    boolean own = false;
    while (stream.incrementToken()) {
      position += posIncr.getPositionIncrement();
      Term t = new Term(field, BytesRef.deepCopyOf(termAtt.getBytesRef()));
      Query q = providerQuery(t);
      own |= q != null;
      parts.add(q != null ? q : new TermQuery(t));
      positions.add(position);
    }
    stream.end();
    if (!own) {
      MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(slop);
      for (int i = 0; i < parts.size(); ) {
        int j = i;
        List<Term> same = new ArrayList<>();
        while (j < parts.size() && positions.get(j).equals(positions.get(i))) {
          same.add(((TermQuery) parts.get(j)).getTerm());
          j++;
        }
        b.add(same.toArray(Term[]::new), positions.get(i));
        i = j;
      }
      return b.build();
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    // One span per position: the words a token stands for at the same position (a second stem,
    // a name variant) are alternatives.
    List<SpanQuery> spans = new ArrayList<>();
    List<Integer> spanPositions = new ArrayList<>();
    for (int i = 0; i < parts.size(); ) {
      int j = i;
      List<SpanQuery> same = new ArrayList<>();
      while (j < parts.size() && positions.get(j).equals(positions.get(i))) {
        SpanQuery sq = span(parts.get(j));
        if (sq == null) {
          // A provider query without positions (against the API's advice): all words, any order.
          BooleanQuery.Builder all = new BooleanQuery.Builder();
          parts.forEach(p -> all.add(p, Occur.MUST));
          return all.build();
        }
        same.add(sq);
        j++;
      }
      spans.add(same.size() == 1 ? same.get(0) : new SpanOrQuery(same.toArray(SpanQuery[]::new)));
      spanPositions.add(positions.get(i));
      i = j;
    }
    if (spans.size() == 1) {
      return spans.get(0);
    }
    int gaps =
        spanPositions.get(spanPositions.size() - 1) - spanPositions.get(0) - (spanPositions.size() - 1);
    return new SpanNearQuery(spans.toArray(SpanQuery[]::new), slop + gaps, true);
  }

  /**
   * Words at one position (a second stem, spelling variants): Lucene's synonym query, or, when
   * the provider has its own queries for the field's terms, the best-matching of those.
   */
  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    List<Query> own = new ArrayList<>();
    for (TermAndBoost t : terms) {
      Query q = providerQuery(new Term(field, t.term));
      if (q == null) {
        return super.newSynonymQuery(field, terms);
      }
      own.add(t.boost == 1f ? q : new BoostQuery(q, t.boost));
    }
    return new DisjunctionMaxQuery(own, 0f);
  }

  /**
   * A pattern (wildcard, prefix, fuzzy term, regular expression) on an analysed field, as the
   * analysis provider matches it ({@code AnalyzerProvider.patternQuery}); Lucene's query when the
   * provider leaves it to the host.
   */
  private Query pattern(String field, Query lucene) throws ParseException {
    QueryFields.Analysed a = fields.analysed(field);
    if (a == null || analysis == null || lucene == null) {
      return lucene;
    }
    if (lucene instanceof BoostQuery b) {
      // The multi-field parser's own weight for the field.
      return new BoostQuery(pattern(field, b.getQuery()), b.getBoost());
    }
    Automaton pattern = automatonOf(lucene);
    if (pattern == null) {
      return lucene;
    }
    Query own = analysis.patternQuery(a.kind(), a.base(), pattern);
    if (own != null) {
      return own;
    }
    String indexField = analysis.indexField(a.base(), a.kind());
    return indexField.equals(field) ? lucene : new AutomatonQuery(new Term(indexField, field), pattern);
  }

  /** The automaton over code points of a pattern query, or null for another kind of query. */
  private static Automaton automatonOf(Query q) {
    if (q instanceof PrefixQuery p) {
      return Operations.concatenate(Automata.makeString(p.getPrefix().text()), Automata.makeAnyString());
    }
    if (q instanceof FuzzyQuery f) {
      String text = f.getTerm().text();
      int prefix = Math.min(f.getPrefixLength(), text.codePointCount(0, text.length()));
      int cut = text.offsetByCodePoints(0, prefix);
      Automaton lev = new LevenshteinAutomata(text.substring(cut), f.getTranspositions()).toAutomaton(f.getMaxEdits());
      return Operations.determinize(
          Operations.concatenate(Automata.makeString(text.substring(0, cut)), lev),
          Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }
    if (q instanceof WildcardQuery || q instanceof RegexpQuery) {
      return ((AutomatonQuery) q).getAutomaton();
    }
    return null;
  }

  /** The query as a span query, or null when it has no positions to offer. */
  private static SpanQuery span(Query q) {
    if (q instanceof SpanQuery s) {
      return s;
    }
    if (q instanceof TermQuery t) {
      return new SpanTermQuery(t.getTerm());
    }
    if (q instanceof MultiTermQuery m) {
      return new SpanMultiTermQueryWrapper<>(m);
    }
    return null;
  }

  /** A new parser like this one, with nothing remembered. */
  FahrasQueryParser fresh() {
    return new FahrasQueryParser(fields, getAnalyzer(), analysis);
  }

  private Query providerQuery(Term term) {
    QueryFields.Analysed a = fields.analysed(term.field());
    if (a == null || analysis == null) {
      return null;
    }
    return analysis.termQuery(a.kind(), a.base(), term.text());
  }

  private Query remember(Query q) {
    metadata.add(q);
    return q;
  }

}
