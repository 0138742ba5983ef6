package org.fahras.app.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;

/**
 * Turns a {@link SearchRequest} into the Lucene queries to run.
 *
 * <p>The text is parsed by {@link FahrasQueryParser}. Then, at the top level of a query typed
 * without explicit {@code AND}/{@code OR}:
 *
 * <ul>
 *   <li>a metadata restriction ({@code ext:pdf}, {@code date:>=2023}) is required, not optional:
 *       {@code كوريا ext:pdf} means PDFs about Korea;
 *   <li>of two or more words, most must match ({@value #MOST_NUMERATOR}/{@value
 *       #MOST_DENOMINATOR}, rounded up): the <em>strict</em> query. A sentence typed as a question
 *       (its question words and particles are stop words) finds the documents about all of it.
 *       When nothing matches it, the <em>relaxed</em> query, any word, is run instead.
 *   <li>a query of exclusions only ({@code -روسيا}) excludes from all documents.
 * </ul>
 *
 * <p>Every query is restricted to document records and to the request's filters. Text the parser
 * cannot read (an unbalanced quote) is searched again as plain words; a value a field cannot
 * read ({@code size:>big}) is an error that says what the field takes.
 */
public final class QueryBuilder {

  static final int MOST_NUMERATOR = 2;
  static final int MOST_DENOMINATOR = 3;

  /**
   * An unquoted value of {@code path:}, {@code folder:} or {@code type:}: its slashes are escaped
   * before parsing, since the classic syntax reads {@code /…/} as a regular expression.
   */
  private static final Pattern SLASHED_VALUE =
      Pattern.compile("(?i)(^|[\\s(+\\-!])((?:path|folder|type):)([^\\s\"()\\[\\]{}]+)");

  /**
   * The queries for a request.
   *
   * @param strict the query requiring most of the words, or null when the query is not a plain
   *     list of words
   * @param relaxed the query as typed (any word)
   */
  public record Prepared(Query strict, Query relaxed) {}

  private final IndexAnalysis analysis;
  private final Map<SearchMode, QueryFields> fields = new EnumMap<>(SearchMode.class);

  /**
   * A builder for an index analysed by {@code analysis}: the local index, or a SolrCloud
   * collection whose fields the same analysis fills (the solrcloud plugin builds its queries
   * inside Solr with this class, so both answer the query language alike).
   */
  public QueryBuilder(IndexAnalysis analysis) {
    this.analysis = analysis;
    for (SearchMode m : SearchMode.values()) {
      fields.put(m, new QueryFields(analysis, m));
    }
  }

  /** Whether the index's analysis has the field a search mode needs. */
  public boolean supports(SearchMode mode) {
    return analysis.fields().contains(mode.requiredField());
  }

  /** The query for plain text, restricted to document records (the relaxed form). */
  Query build(String text) throws InvalidQueryException {
    return build(SearchRequest.of(text)).relaxed();
  }

  /** The strict and relaxed queries for a request. */
  public Prepared build(SearchRequest request) throws InvalidQueryException {
    if (!supports(request.mode())) {
      throw new InvalidQueryException(unsupported(request.mode()), null);
    }
    FahrasQueryParser parser = parser(request);
    Query parsed = parse(parser, request.query());
    BooleanQuery.Builder filters = new BooleanQuery.Builder();
    filters.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)), Occur.FILTER);
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      filters.add(filter(parser, f.getKey(), f.getValue()), Occur.FILTER);
    }
    BooleanQuery restrictions = filters.build();
    if (!(parsed instanceof BooleanQuery top)
        || !parser.isLevel(parsed)
        || parser.hasExplicitOperator(parsed)) {
      return new Prepared(null, restrict(matchAllIfOnlyExclusions(parsed), restrictions));
    }
    BooleanQuery.Builder shaped = new BooleanQuery.Builder();
    int words = 0;
    boolean required = false;
    for (BooleanClause c : top.clauses()) {
      if (c.getOccur() == Occur.SHOULD && parser.isMetadataOnly(c.getQuery())) {
        shaped.add(c.getQuery(), Occur.FILTER);
        continue;
      }
      shaped.add(c);
      words += c.getOccur() == Occur.SHOULD ? 1 : 0;
      required |= c.getOccur() == Occur.MUST && !parser.isMetadataOnly(c.getQuery());
    }
    if (words == 0 || required) {
      return new Prepared(null, restrict(matchAllIfOnlyExclusions(shaped.build()), restrictions));
    }
    // With FILTER clauses present, Lucene would make the words optional: at least one must match.
    Query relaxed = restrict(shaped.setMinimumNumberShouldMatch(1).build(), restrictions);
    if (words < 2) {
      return new Prepared(null, relaxed);
    }
    int most = (words * MOST_NUMERATOR + MOST_DENOMINATOR - 1) / MOST_DENOMINATOR;
    Query strict = restrict(shaped.setMinimumNumberShouldMatch(most).build(), restrictions);
    return new Prepared(strict, relaxed);
  }

  private Query parse(FahrasQueryParser parser, String text) throws InvalidQueryException {
    String escaped = escapeSlashes(text);
    try {
      return parser.parse(escaped);
    } catch (ParseException first) {
      if (first.getCause() instanceof QueryValueException e) {
        // a value the field cannot read: retrying as words would hide the mistake
        throw new InvalidQueryException(e.getMessage(), e);
      }
      try {
        return parser.fresh().parse(QueryParser.escape(text));
      } catch (ParseException second) {
        throw new InvalidQueryException("cannot understand the query: " + first.getMessage(), first);
      }
    }
  }

  /**
   * The filter for one field's values: any of them; for an entity field ({@code person}, {@code
   * location} …) all of them, since "documents that mention X and Y" is what picking two people
   * or places means.
   */
  private static Query filter(FahrasQueryParser parser, String field, List<String> values)
      throws InvalidQueryException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Occur occur = IndexFields.ENTITY_DIMS.contains(field) ? Occur.MUST : Occur.SHOULD;
    try {
      for (String v : values) {
        Query q = parser.filter(field, v);
        if (q != null) {
          any.add(q, occur);
        }
      }
    } catch (ParseException e) {
      throw new InvalidQueryException(e.getMessage(), e);
    }
    return any.build();
  }

  private static Query matchAllIfOnlyExclusions(Query q) {
    if (q instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT || c.getOccur() == Occur.FILTER)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return q;
  }

  private static Query restrict(Query q, BooleanQuery restrictions) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
    restrictions.clauses().forEach(b::add);
    return b.build();
  }

  /** Escapes the slashes of unquoted {@code path:}, {@code folder:} and {@code type:} values. */
  static String escapeSlashes(String text) {
    Matcher m = SLASHED_VALUE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = m.group(3).replaceAll("(?<!\\\\)/", "\\\\/");
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2) + value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A new parser for normal-mode queries: the classic parser is not thread-safe. */
  FahrasQueryParser parser() {
    return parser(SearchRequest.of(""));
  }

  /** A new parser for a request's mode and name variants. */
  FahrasQueryParser parser(SearchRequest request) {
    return new FahrasQueryParser(
        fields.get(request.mode()), analysis.queryAnalyzer(request.nameVariants()), analysis);
  }

  /** Why a search mode cannot run on this index. */
  static String unsupported(SearchMode mode) {
    return switch (mode) {
      case ROOT -> "root search needs the root field: switch on \"Root field\" in the Arabic analysis"
          + " settings (fahras settings), then re-index";
      case VOCALISED -> "vocalised search needs the vocalised field: switch on \"Vocalised field\" in"
          + " the Arabic analysis settings (fahras settings), then re-index";
      default -> mode.id() + " search needs the Arabic analysis plugin";
    };
  }
}
