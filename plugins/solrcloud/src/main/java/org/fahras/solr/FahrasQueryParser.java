package org.fahras.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;

/**
 * The text part of Fahras' <em>normal</em> search mode, as the desktop's query builder makes it,
 * over the analysed fields {@code body}, {@code title} and {@code author}: the same query in Solr
 * (through {@link FahrasQParserPlugin}) and on a local Lucene index.
 *
 * <p>Lucene's classic syntax; bare words go to the STEMMED and EXACT kinds of each text field,
 * weighted by the kinds' boosts (EXACT ×2) and titles ×3. Each analysed token becomes the
 * provider's own query ({@link AnalyzerProvider#termQuery}: in the compact layout, the forms of a
 * stem or the surfaces of a word, on the base field); words at one position become a
 * disjunction of those; phrases become span queries; wildcard, prefix, fuzzy terms and regular
 * expressions go through {@link AnalyzerProvider#patternQuery}.
 *
 * <p>{@link #parseNormal} shapes a plain list of words as the desktop does: the
 * <em>strict</em> query requires two thirds of the words (rounded up), the <em>relaxed</em> one
 * any word; a query with explicit operators or required words is taken as typed. Not
 * thread-safe: one per query.
 */
public final class FahrasQueryParser extends MultiFieldQueryParser {

  /** The analysed text fields, as the desktop's schema names them. */
  public static final List<String> TEXT_FIELDS = List.of("body", "title", "author");

  /** Title matches count more than body matches (the desktop's {@code TITLE_BOOST}). */
  public static final float TITLE_BOOST = 3f;

  static final int MOST_NUMERATOR = 2;
  static final int MOST_DENOMINATOR = 3;

  /** How the text is to be matched: the two queries of the desktop's normal mode. */
  public enum Shape {
    /** Two thirds of the words of a plain list of words (the query first tried). */
    STRICT,
    /** Any word (tried when the strict query finds nothing). */
    RELAXED
  }

  /** The strict query (null when the text is not a plain list of two or more words) and the relaxed one. */
  public record Prepared(Query strict, Query relaxed) {
    /** The query of one shape; the relaxed one when there is no strict one. */
    public Query get(Shape shape) {
      return shape == Shape.STRICT && strict != null ? strict : relaxed;
    }
  }

  /**
   * The desktop's search modes ({@code SearchMode} in the host): which analysis kinds bare words
   * search, and which kind's matches are highlighted.
   */
  public enum Mode {
    /** The word in any of its forms; the exact form ranks higher (STEMMED and EXACT). */
    NORMAL(AnalysisField.STEMMED, AnalysisField.STEMMED, AnalysisField.EXACT),
    /** This word as written, spelling differences aside (EXACT). */
    EXACT(AnalysisField.EXACT, AnalysisField.EXACT),
    /** Like exact, tashkeel typed in the query agreeing with the document's (VOCALISED). */
    VOCALISED(AnalysisField.VOCALISED, AnalysisField.VOCALISED),
    /** Every word of the same root; exact forms first, then stems, then the root (ROOT, STEMMED, EXACT). */
    ROOT(AnalysisField.ROOT, AnalysisField.ROOT, AnalysisField.STEMMED, AnalysisField.EXACT);

    private final AnalysisField highlight;
    private final Set<AnalysisField> kinds;

    Mode(AnalysisField highlight, AnalysisField first, AnalysisField... rest) {
      this.highlight = highlight;
      this.kinds = java.util.EnumSet.of(first, rest);
    }

    /** The kinds this mode searches. */
    public Set<AnalysisField> kinds() {
      return kinds;
    }

    /** The kind whose matches are marked (the widest of the mode's), also the kind the mode needs. */
    public AnalysisField highlightKind() {
      return highlight;
    }

    /**
     * The mode of a name, case-insensitive ({@code vocalized} too).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Mode parse(String name) {
      String n = name == null ? "normal" : name.strip().toLowerCase(java.util.Locale.ROOT);
      if (n.equals("vocalized")) {
        return VOCALISED;
      }
      for (Mode m : values()) {
        if (m.name().toLowerCase(java.util.Locale.ROOT).equals(n)) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown search mode '" + name + "': use normal, exact, vocalised or root");
    }
  }

  /** Per query field: base field and analysis kind. */
  private record Analysed(String base, AnalysisField kind) {}

  private final AnalyzerProvider provider;
  private final Mode mode;
  private final boolean nameVariants;
  private final Map<String, Analysed> analysed;
  private final Map<String, Float> defaultFields;
  private final Set<List<BooleanClause>> explicitLevels = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Query> explicitQueries = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Query> levels = Collections.newSetFromMap(new IdentityHashMap<>());

  /** A parser for normal mode with the provider's STEMMED and EXACT kinds. */
  public FahrasQueryParser(AnalyzerProvider provider) {
    this(provider, Mode.NORMAL, false);
  }

  /**
   * A parser for one search mode, with or without the provider's name variants (the desktop's
   * {@code QueryFields(analysis, mode)} and {@code IndexAnalysis.queryAnalyzer(nameVariants)}).
   */
  public FahrasQueryParser(AnalyzerProvider provider, Mode mode, boolean nameVariants) {
    this(provider, mode, nameVariants, modeFields(provider, mode));
  }

  private FahrasQueryParser(AnalyzerProvider provider, Mode mode, boolean nameVariants, Map<String, Float> weights) {
    super(weights.keySet().toArray(String[]::new), perField(provider, nameVariants), weights);
    this.provider = provider;
    this.mode = mode;
    this.nameVariants = nameVariants;
    this.analysed = analysed(provider);
    this.defaultFields = weights;
    setDefaultOperator(OR_OPERATOR);
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(true);
  }

  /**
   * Query field names and weights of normal mode: {@code body} (STEMMED, 1), {@code body_exact}
   * (EXACT, 2), the same for {@code title} (×3) and {@code author}. The {@code _exact} names are
   * the query's own: in the compact layout the provider's queries for them go to the base field.
   */
  static Map<String, Float> normalFields(AnalyzerProvider provider) {
    return modeFields(provider, Mode.NORMAL);
  }

  /**
   * Query field names and weights of a mode: each kind of the mode the provider has, for each
   * text field, weighted by the kind's boost, titles ×3 (the desktop's {@code QueryFields}).
   */
  static Map<String, Float> modeFields(AnalyzerProvider provider, Mode mode) {
    Map<String, Float> weights = new LinkedHashMap<>();
    for (AnalysisField kind : AnalysisField.values()) {
      if (!provider.fields().contains(kind) || !mode.kinds().contains(kind)) {
        continue;
      }
      for (String base : TEXT_FIELDS) {
        float w = kind.defaultBoost();
        weights.put(base + kind.suffix(), base.equals("title") ? w * TITLE_BOOST : w);
      }
    }
    return weights;
  }

  private static Map<String, Analysed> analysed(AnalyzerProvider provider) {
    Map<String, Analysed> m = new LinkedHashMap<>();
    for (AnalysisField kind : AnalysisField.values()) {
      if (provider.fields().contains(kind)) {
        for (String base : TEXT_FIELDS) {
          m.put(base + kind.suffix(), new Analysed(base, kind));
        }
      }
    }
    return m;
  }

  private static Analyzer perField(AnalyzerProvider provider, boolean nameVariants) {
    Map<String, Analysed> fields = analysed(provider);
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        Analysed a = fields.get(fieldName);
        AnalysisField kind = a == null ? AnalysisField.STEMMED : a.kind();
        Analyzer variants = nameVariants ? provider.nameVariantQueryAnalyzer(kind) : null;
        return variants != null ? variants : provider.queryAnalyzer(kind);
      }
    };
  }

  /**
   * The strict and relaxed queries of normal mode for text typed by a user. Text the syntax
   * cannot read (an unbalanced quote) is searched as plain words.
   *
   * @return the queries; the relaxed one is null when nothing of the text is left to search
   */
  public static Prepared parseNormal(AnalyzerProvider provider, String text) throws ParseException {
    return parse(provider, text, Mode.NORMAL, false);
  }

  /**
   * The strict and relaxed queries of a search mode for text typed by a user, shaped as the
   * desktop's {@code QueryBuilder} shapes them. Text the syntax cannot read (an unbalanced quote)
   * is searched as plain words.
   *
   * @throws ParseException when the provider lacks the kind the mode needs (the message says
   *     which setting), or the text cannot be read even as plain words
   */
  public static Prepared parse(AnalyzerProvider provider, String text, Mode mode, boolean nameVariants)
      throws ParseException {
    if (!provider.fields().contains(mode.highlightKind())) {
      throw new ParseException(
          switch (mode) {
            case ROOT -> "root search needs the root field: rootField=\"true\" on the configset's tokenizers";
            case VOCALISED -> "vocalised search needs the vocalised field: vocalisedField=\"true\" on the configset's tokenizers";
            default -> mode.name().toLowerCase(java.util.Locale.ROOT) + " search is not offered by this analysis";
          });
    }
    FahrasQueryParser parser = new FahrasQueryParser(provider, mode, nameVariants);
    Query parsed;
    try {
      parsed = parser.parse(text);
    } catch (ParseException first) {
      parser = new FahrasQueryParser(provider, mode, nameVariants);
      parsed = parser.parse(QueryParser.escape(text));
    }
    return parser.shape(parsed);
  }

  private Prepared shape(Query parsed) {
    if (parsed == null) {
      return new Prepared(null, null);
    }
    if (!(parsed instanceof BooleanQuery top) || !levels.contains(parsed) || explicitQueries.contains(parsed)) {
      return new Prepared(null, matchAllIfOnlyExclusions(parsed));
    }
    int words = 0;
    boolean required = false;
    for (BooleanClause c : top.clauses()) {
      words += c.getOccur() == Occur.SHOULD ? 1 : 0;
      required |= c.getOccur() == Occur.MUST;
    }
    if (words == 0 || required) {
      return new Prepared(null, matchAllIfOnlyExclusions(parsed));
    }
    BooleanQuery.Builder shaped = new BooleanQuery.Builder();
    top.clauses().forEach(shaped::add);
    Query relaxed = shaped.setMinimumNumberShouldMatch(1).build();
    if (words < 2) {
      return new Prepared(null, relaxed);
    }
    int most = (words * MOST_NUMERATOR + MOST_DENOMINATOR - 1) / MOST_DENOMINATOR;
    return new Prepared(shaped.setMinimumNumberShouldMatch(most).build(), relaxed);
  }

  private static Query matchAllIfOnlyExclusions(Query q) {
    if (q instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return q;
  }

  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    if (conj != 0) {
      explicitLevels.add(clauses);
    }
    super.addClause(clauses, conj, mods, q);
  }

  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query q = super.getBooleanQuery(clauses);
    if (q != null) {
      levels.add(q);
      if (explicitLevels.contains(clauses)) {
        explicitQueries.add(q);
      }
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (field == null || targets(field) == defaultFields) {
      // A bare word; or "note:word" with no such field, where the user meant words, not a field.
      String words = field == null ? queryText : field + " " + queryText;
      return text(defaultFields, f -> super.getFieldQuery(f, words, quoted));
    }
    return text(targets(field), f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    // Lucene applies the slop afterwards to phrase queries only; span phrases need it now.
    int phraseSlop = getPhraseSlop();
    setPhraseSlop(slop);
    try {
      return text(targets(field), f -> super.getFieldQuery(f, queryText, slop));
    } finally {
      setPhraseSlop(phraseSlop);
    }
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(termStr) && (field == null || "*".equals(field))) {
      return new MatchAllDocsQuery();
    }
    return text(targets(field), f -> pattern(f, super.getWildcardQuery(f, termStr)));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return text(targets(field), f -> pattern(f, super.getPrefixQuery(f, termStr)));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return text(targets(field), f -> pattern(f, super.getFuzzyQuery(f, termStr, minSimilarity)));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return text(targets(field), f -> pattern(f, super.getRegexpQuery(f, termStr)));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    return text(targets(field), f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  /**
   * The query fields a field name of the query stands for: a text field's normal-mode kinds
   * ({@code body:} is {@code body} and {@code body_exact}); an internal name alone; the bare
   * words' fields for no field or an unknown one.
   */
  private Map<String, Float> targets(String field) {
    if (field == null) {
      return defaultFields;
    }
    if (TEXT_FIELDS.contains(field)) {
      return weights(field);
    }
    if (analysed.containsKey(field)) {
      return Map.of(field, 1f);
    }
    return defaultFields;
  }

  /** The mode's kinds of one text field with their weights ({@code body:…}). */
  private Map<String, Float> weights(String base) {
    Map<String, Float> m = new LinkedHashMap<>();
    for (AnalysisField kind : AnalysisField.values()) {
      if (provider.fields().contains(kind) && mode.kinds().contains(kind)) {
        m.put(base + kind.suffix(), kind.defaultBoost());
      }
    }
    return m;
  }

  @FunctionalInterface
  private interface PerField {
    Query make(String field) throws ParseException;
  }

  private static Query text(Map<String, Float> targets, PerField perField) throws ParseException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Query single = null;
    int n = 0;
    for (Map.Entry<String, Float> t : targets.entrySet()) {
      Query q = perField.make(t.getKey());
      if (q == null) {
        continue;
      }
      Query weighted = t.getValue() == 1f ? q : new BoostQuery(q, t.getValue());
      any.add(weighted, Occur.SHOULD);
      single = weighted;
      n++;
    }
    return n == 0 ? null : n == 1 ? single : any.build();
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    Query own = providerQuery(term);
    if (own == null) {
      return super.newTermQuery(new Term(indexField(term.field()), term.bytes()), boost);
    }
    return boost == 1f ? own : new BoostQuery(own, boost);
  }

  @Override
  protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
    Analysed a = analysed.get(field);
    if (a == null) {
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
      parts.add(q != null ? q : new TermQuery(new Term(indexField(field), t.bytes())));
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
    List<SpanQuery> spans = new ArrayList<>();
    List<Integer> spanPositions = new ArrayList<>();
    for (int i = 0; i < parts.size(); ) {
      int j = i;
      List<SpanQuery> same = new ArrayList<>();
      while (j < parts.size() && positions.get(j).equals(positions.get(i))) {
        SpanQuery sq = span(parts.get(j));
        if (sq == null) {
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
    int gaps = spanPositions.get(spanPositions.size() - 1) - spanPositions.get(0) - (spanPositions.size() - 1);
    return new SpanNearQuery(spans.toArray(SpanQuery[]::new), slop + gaps, true);
  }

  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    List<Query> own = new ArrayList<>();
    for (TermAndBoost t : terms) {
      Query q = providerQuery(new Term(field, t.term));
      if (q == null) {
        return super.newSynonymQuery(indexField(field), terms);
      }
      own.add(t.boost == 1f ? q : new BoostQuery(q, t.boost));
    }
    return new DisjunctionMaxQuery(own, 0f);
  }

  private Query pattern(String field, Query lucene) {
    Analysed a = analysed.get(field);
    if (a == null || lucene == null) {
      return lucene;
    }
    if (lucene instanceof BoostQuery b) {
      return new BoostQuery(pattern(field, b.getQuery()), b.getBoost());
    }
    Automaton pattern = automatonOf(lucene);
    if (pattern == null) {
      return lucene;
    }
    Query own = provider.patternQuery(a.kind(), a.base(), pattern);
    if (own != null) {
      return own;
    }
    return new AutomatonQuery(new Term(indexField(field), field), pattern);
  }

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

  /**
   * The index field of a query field: the base field for a kind the provider serves from it
   * (compact layout), else {@code base + suffix}.
   */
  private String indexField(String field) {
    Analysed a = analysed.get(field);
    if (a == null || a.kind() == AnalysisField.STEMMED || provider.indexedFields().contains(a.kind())) {
      return field;
    }
    return a.base();
  }

  private Query providerQuery(Term term) {
    Analysed a = analysed.get(term.field());
    if (a == null) {
      return null;
    }
    return provider.termQuery(a.kind(), a.base(), term.text());
  }
}
