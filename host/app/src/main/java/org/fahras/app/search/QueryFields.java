package org.fahras.app.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.fahras.api.AnalysisField;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.FieldValues;
import org.fahras.app.index.IndexFields;
import org.fahras.app.search.RangeValues.Kind;

/**
 * The fields of the query language and how each turns a value into a Lucene query.
 *
 * <ul>
 *   <li>{@code title}, {@code author}, {@code body}: every analysis kind of that text field,
 *       each weighted by its kind's boost; bare words go to all three, titles weighted {@value
 *       #TITLE_BOOST}×.
 *   <li>{@code path} (alias {@code folder}): a value with a {@code /} or {@code \} is a path: an
 *       absolute one matches that file and everything below it, a relative one any path
 *       containing it; patterns ({@code path:/home/x/*}) match the whole path. Any other value is
 *       a folder or file-name component or a word in one ({@code path:legal}, {@code
 *       path:lease}), case- and hamza-insensitive.
 *   <li>{@code type}: a media type ({@code application/pdf}), its main type ({@code text}) or its
 *       subtype ({@code pdf}); {@code ext}: extension, leading dot optional; {@code lang}:
 *       language tag or language ({@code ar} matches {@code ar-SA}). All case-insensitive.
 *   <li>{@code date} and {@code modified} (the document's date, falling back to the file's
 *       mtime), {@code year} (the same), {@code created} (the document's creation date), {@code
 *       mtime} (the file's): dates, comparisons and ranges, see {@link RangeValues}; {@code size}:
 *       bytes.
 *   <li>{@code person}, {@code location}, {@code organization}, {@code date_mentioned}, {@code
 *       time}, {@code money}, {@code percent}: an entity the document mentions, in the normalised
 *       form the facets show ({@code person:"محمد بن سلمان"}).
 * </ul>
 */
final class QueryFields {

  /** Title matches count more than body matches. */
  static final float TITLE_BOOST = 3f;

  /** The fields a filter may name, in the order the help lists them. */
  static final List<String> FILTER_FIELDS =
      List.of(
          "type", "ext", "year", "folder", "lang", "path", "date", "modified", "created", "mtime", "size", "title",
          "author", "person", "location", "organization", "date_mentioned", "year_mentioned", "time", "money",
          "percent");

  /** How one field of the query language makes queries. */
  interface Handler {
    /** The field name as the user types it. */
    String name();

    /** Whether values are analysed text (then {@link #textFields()} applies). */
    default boolean isText() {
      return false;
    }

    /** The internal text fields and their weights. */
    default Map<String, Float> textFields() {
      return Map.of();
    }

    /** The query for one value (a word, a quoted value, a comparison like {@code >=2023}). */
    Query term(String value, boolean quoted) throws QueryValueException;

    /** The query for a pattern with {@code *}/{@code ?}, or a prefix (trailing {@code *}). */
    Query pattern(String pattern, boolean prefix) throws QueryValueException;

    /** The query for {@code [from TO to]}; a null end is open. */
    Query range(String from, String to, boolean fromInclusive, boolean toInclusive)
        throws QueryValueException;
  }

  /**
   * An internal analysed field: its base ({@code body}) and its analysis kind.
   *
   * @param base the base field
   * @param kind the analysis kind; the field's name is {@code base + kind.suffix()}
   */
  record Analysed(String base, AnalysisField kind) {}

  private final Map<String, Float> defaultFields = new LinkedHashMap<>();
  private final Map<String, Handler> handlers = new HashMap<>();
  private final Map<String, Analysed> analysed = new HashMap<>();

  /** The fields of a query in {@link SearchMode#NORMAL} mode. */
  QueryFields(IndexAnalysis analysis) {
    this(analysis, SearchMode.NORMAL);
  }

  /**
   * The fields of a query in one search mode: bare words and {@code title:}/{@code author:}/{@code
   * body:} go to the mode's fields that the index has; an internal field named explicitly ({@code
   * body_exact:}) is searched whatever the mode.
   */
  QueryFields(IndexAnalysis analysis, SearchMode mode) {
    Map<String, Map<String, Float>> byBase = new HashMap<>();
    for (AnalysisField f : AnalysisField.values()) {
      if (!analysis.fields().contains(f)) {
        continue;
      }
      for (String base : IndexFields.ANALYZED_BASES) {
        String name = base + f.suffix();
        analysed.put(name, new Analysed(base, f));
        handlers.put(name, new Text(name, Map.of(name, 1f)));
        if (!mode.fields().contains(f)) {
          continue;
        }
        float weight = f.defaultBoost();
        byBase.computeIfAbsent(base, b -> new LinkedHashMap<>()).put(name, weight);
        defaultFields.put(name, base.equals(IndexFields.TITLE) ? weight * TITLE_BOOST : weight);
      }
    }
    byBase.forEach((base, fields) -> handlers.put(base, new Text(base, Map.copyOf(fields))));
    Path path = new Path();
    handlers.put("path", path);
    handlers.put("folder", path);
    handlers.put("type", new Keyword("type", IndexFields.TYPE_KEY, FieldValues::mediaType));
    handlers.put("ext", new Keyword("ext", IndexFields.EXTENSION, QueryFields::extension));
    handlers.put("lang", new Keyword("lang", IndexFields.LANGUAGE_KEY, FieldValues::language));
    for (String name : List.of("date", "modified", "year")) {
      handlers.put(name, new Numeric(name, IndexFields.DATE, Kind.DATE));
    }
    handlers.put("created", new Numeric("created", IndexFields.CREATED, Kind.DATE));
    handlers.put("mtime", new Numeric("mtime", IndexFields.MTIME, Kind.DATE));
    handlers.put("size", new Numeric("size", IndexFields.SIZE, Kind.SIZE));
    for (String dim : IndexFields.ENTITY_DIMS) {
      handlers.put(dim, new Keyword(dim, IndexFields.ENTITY_PREFIX + dim, String::strip));
    }
  }

  /** The base and kind of an internal analysed field, or null for any other field. */
  Analysed analysed(String field) {
    return field == null ? null : analysed.get(field);
  }

  /** Bare words' fields: the mode's analysed fields with their weights. */
  Map<String, Float> defaultFields() {
    return defaultFields;
  }

  /** The handler of a field (case-insensitive), or null for a bare word or an unknown field. */
  Handler handler(String field) {
    return field == null ? null : handlers.get(field.toLowerCase(Locale.ROOT));
  }

  private static String extension(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    while (v.startsWith(".")) {
      v = v.substring(1);
    }
    return v;
  }

  /** Analysed text: the parser itself analyses the value for each of the fields. */
  private record Text(String name, Map<String, Float> fields) implements Handler {
    @Override
    public boolean isText() {
      return true;
    }

    @Override
    public Map<String, Float> textFields() {
      return fields;
    }

    @Override
    public Query term(String value, boolean quoted) {
      throw new UnsupportedOperationException("analysed by the parser");
    }

    @Override
    public Query pattern(String pattern, boolean prefix) {
      throw new UnsupportedOperationException("analysed by the parser");
    }

    @Override
    public Query range(String from, String to, boolean fromInclusive, boolean toInclusive) {
      throw new UnsupportedOperationException("analysed by the parser");
    }
  }

  /** A keyword field whose values are normalised the same way at index and query time. */
  private record Keyword(String name, String field, UnaryOperator<String> normalise) implements Handler {
    @Override
    public Query term(String value, boolean quoted) {
      return new TermQuery(new Term(field, normalise.apply(value)));
    }

    @Override
    public Query pattern(String pattern, boolean prefix) {
      String p = normalise.apply(pattern);
      return prefix ? new PrefixQuery(new Term(field, p)) : new WildcardQuery(new Term(field, p));
    }

    @Override
    public Query range(String from, String to, boolean fromInclusive, boolean toInclusive) {
      return TermRangeQuery.newStringRange(
          field, open(from) ? null : normalise.apply(from), open(to) ? null : normalise.apply(to), fromInclusive, toInclusive);
    }
  }

  /** Dates or sizes in a long point field. */
  private record Numeric(String name, String field, Kind kind) implements Handler {
    @Override
    public Query term(String value, boolean quoted) throws QueryValueException {
      long[] b = RangeValues.comparison(kind, name, value);
      return LongPoint.newRangeQuery(field, b[0], b[1]);
    }

    @Override
    public Query pattern(String pattern, boolean prefix) throws QueryValueException {
      if (pattern.isEmpty() || pattern.equals("*")) {
        return LongPoint.newRangeQuery(field, Long.MIN_VALUE, Long.MAX_VALUE);
      }
      throw new QueryValueException(name + ": takes a value or a range, not a pattern");
    }

    @Override
    public Query range(String from, String to, boolean fromInclusive, boolean toInclusive)
        throws QueryValueException {
      long[] b = RangeValues.range(kind, name, from, to, fromInclusive, toInclusive);
      return LongPoint.newRangeQuery(field, b[0], b[1]);
    }
  }

  private static boolean open(String end) {
    return end == null || end.equals("*");
  }

  /** {@code path:}: a path or path pattern on the whole path, or a component or word. */
  private static final class Path implements Handler {
    @Override
    public String name() {
      return "path";
    }

    @Override
    public Query term(String value, boolean quoted) {
      String v = value.strip();
      if (!isPath(v)) {
        String term = FieldValues.keyword(v);
        List<String> words = FieldValues.words(v);
        Query whole = new TermQuery(new Term(IndexFields.PATH_TERM, term));
        if (words.size() <= 1) {
          return words.isEmpty() || words.get(0).equals(term)
              ? whole
              : anyOf(whole, new TermQuery(new Term(IndexFields.PATH_TERM, words.get(0))));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(w -> all.add(new TermQuery(new Term(IndexFields.PATH_TERM, w)), Occur.MUST));
        return anyOf(whole, all.build());
      }
      String sep = v.indexOf('/') < 0 ? "\\" : "/";
      while (v.length() > 1 && (v.endsWith("/") || v.endsWith("\\"))) {
        v = v.substring(0, v.length() - 1);
      }
      boolean absolute = v.startsWith("/") || v.startsWith("\\") || v.matches("^[A-Za-z]:.*");
      Automaton any = Automata.makeAnyString();
      Automaton below = Automata.makeString(v.endsWith(sep) ? v : v + sep);
      Automaton entries = Automata.makeString(v + "!/");
      Automaton a;
      if (absolute) {
        a = union(Automata.makeString(v), concat(below, any), concat(entries, any));
      } else {
        Automaton name = concat(any, Automata.makeString(sep + v));
        a = union(name, concat(name, Automata.makeString(sep), any), concat(name, Automata.makeString("!/"), any));
      }
      return new AutomatonQuery(new Term(IndexFields.PATH, v), Operations.determinize(a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    @Override
    public Query pattern(String pattern, boolean prefix) {
      if (isPath(pattern)) {
        return prefix
            ? new PrefixQuery(new Term(IndexFields.PATH, pattern))
            : new WildcardQuery(new Term(IndexFields.PATH, pattern));
      }
      Term t = new Term(IndexFields.PATH_TERM, FieldValues.keyword(pattern));
      return prefix ? new PrefixQuery(t) : new WildcardQuery(t);
    }

    @Override
    public Query range(String from, String to, boolean fromInclusive, boolean toInclusive)
        throws QueryValueException {
      throw new QueryValueException("path: takes a folder, a file name or a pattern, not a range");
    }

    private static boolean isPath(String v) {
      return v.indexOf('/') >= 0 || v.indexOf('\\') >= 0;
    }

    private static Query anyOf(Query a, Query b) {
      return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }

    private static Automaton concat(Automaton... parts) {
      return Operations.concatenate(List.of(parts));
    }

    private static Automaton union(Automaton... parts) {
      return Operations.union(List.of(parts));
    }
  }
}
