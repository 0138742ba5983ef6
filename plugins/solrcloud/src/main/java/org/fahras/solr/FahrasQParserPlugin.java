package org.fahras.solr;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.analysis.TokenizerChain;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.schema.FieldType;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.QueryBuilder;
import org.fahras.app.search.SearchMode;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SortOrder;

/**
 * {@code defType=fahras&fahras.shape=strict|relaxed&fahras.mode=normal|exact|vocalised|root&fahras.variants=true|false&q=text}
 * (or {@code {!fahras shape=… mode=… variants=…}text} where local parameters are read): Fahras'
 * query language in Solr, built by the desktop's own {@link QueryBuilder} — the same class, so
 * every operator, field ({@code title:}, {@code ext:pdf}, {@code date:>=2023}, {@code size:>1MB},
 * {@code path:}, {@code person:} …), filter ({@code fahras.filter=FIELD=VALUE}, repeatable), search
 * mode, name variants and the strict/relaxed shaping are the desktop's. An unknown mode, a mode whose analysis kind the schema lacks, or a value a field
 * cannot read is a syntax error (HTTP 400).
 *
 * <p>The analysis is the one of the schema's {@code body} field ({@link
 * FahrasArabicTokenizerFactory}, so the options can never differ between index and query), seen
 * through the desktop's {@link IndexAnalysis}; the whole query is built in Solr, since the
 * provider's queries read the forms of a stem from each shard's term dictionary when rewritten.
 *
 * <p>{@code shape=strict} (the default) is the desktop's first query: two thirds of the words of
 * a plain list of words; {@code shape=relaxed}, any word, is what the desktop runs when the
 * strict query finds nothing. Register in {@code solrconfig.xml}:
 * {@code <queryParser name="fahras" class="org.fahras.solr.FahrasQParserPlugin"/>}.
 */
public final class FahrasQParserPlugin extends QParserPlugin {

  /** The name the configset registers the parser under. */
  public static final String NAME = "fahras";

  /** One query builder per analysis provider (per schema): it holds the per-mode field tables. */
  private final Map<AnalyzerProvider, QueryBuilder> builders =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        String shape = param("shape");
        boolean strict;
        if (shape == null || shape.equalsIgnoreCase("strict")) {
          strict = true;
        } else if (shape.equalsIgnoreCase("relaxed")) {
          strict = false;
        } else {
          throw new SyntaxError("shape must be strict or relaxed, not " + shape);
        }
        SearchMode mode;
        try {
          mode = SearchMode.parse(param("mode") == null ? "normal" : param("mode"));
        } catch (IllegalArgumentException e) {
          throw new SyntaxError(e.getMessage());
        }
        boolean variants = Boolean.parseBoolean(param("variants"));
        if (qstr == null || qstr.isBlank()) {
          return new MatchNoDocsQuery("empty query");
        }
        SearchRequest request =
            new SearchRequest(qstr, filters(), SortOrder.RELEVANCE, false, 0, 10, false, mode, variants);
        try {
          QueryBuilder.Prepared p = builder(req).build(request);
          Query q = strict && p.strict() != null ? p.strict() : p.relaxed();
          return q == null ? new MatchNoDocsQuery("nothing to search after analysis") : q;
        } catch (InvalidQueryException e) {
          throw new SyntaxError(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
          // A pattern Lucene refuses (an unbalanced regular expression …): the request's fault.
          throw new SyntaxError("cannot understand the query: " + e.getMessage(), e);
        }
      }

      /**
       * The request's {@code fahras.filter=FIELD=VALUE} parameters, as the desktop's filters:
       * values of one field are alternatives (all required for an entity field), fields all
       * required, each value read as the field reads it ({@code date=>=2023}, {@code size=<1MB}).
       */
      private Map<String, List<String>> filters() throws SyntaxError {
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        String[] given = params == null ? null : params.getParams("fahras.filter");
        if (given != null) {
          for (String f : given) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
              throw new SyntaxError("fahras.filter takes FIELD=VALUE, not '" + f + "'");
            }
            filters.computeIfAbsent(f.substring(0, eq).strip(), k -> new java.util.ArrayList<>()).add(f.substring(eq + 1));
          }
        }
        return filters;
      }

      /** A local parameter ({@code {!fahras mode=root}}), else the request's {@code fahras.NAME}. */
      private String param(String name) {
        String v = localParams == null ? null : localParams.get(name);
        return v == null && params != null ? params.get("fahras." + name) : v;
      }
    };
  }

  private QueryBuilder builder(SolrQueryRequest req) {
    return builders.computeIfAbsent(provider(req), p -> new QueryBuilder(IndexAnalysis.from(List.of(p))));
  }

  /** The analysis provider of the schema's {@code body} field. */
  static AnalyzerProvider provider(SolrQueryRequest req) {
    FieldType type = req.getSchema().getFieldType("body");
    Analyzer a = type.getIndexAnalyzer();
    if (a instanceof TokenizerChain chain && chain.getTokenizerFactory() instanceof FahrasArabicTokenizerFactory f) {
      return f.provider();
    }
    throw new SolrException(
        SolrException.ErrorCode.BAD_REQUEST,
        "the {!fahras} parser needs a body field analysed by "
            + FahrasArabicTokenizerFactory.class.getName()
            + " (the Fahras configset)");
  }
}
