package org.fahras.solr;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
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

/**
 * {@code defType=fahras&fahras.shape=strict|relaxed&fahras.mode=normal|exact|vocalised|root&fahras.variants=true|false&q=text}
 * (or {@code {!fahras shape=… mode=… variants=…}text} where local parameters are read): Fahras'
 * search modes in Solr, the query the desktop builds for the same text ({@link
 * FahrasQueryParser}) over {@code body}, {@code title} and {@code author} (and their {@code
 * _root} copies in root mode), with the provider's spelling variants of names when {@code
 * variants=true}. An unknown mode, or a mode whose analysis kind the schema lacks, is a syntax
 * error (HTTP 400).
 *
 * <p>The analysis provider is the one of the schema's {@code body} field ({@link
 * FahrasArabicTokenizerFactory}, so the options can never differ between index and query), and
 * the whole query is built in Solr: the provider's queries need the index's term dictionary
 * (the forms of a stem are read from it when the query is rewritten on each shard).
 *
 * <p>{@code shape=strict} (the default) is the desktop's first query: two thirds of the words of
 * a plain list of words; {@code shape=relaxed}, any word, is what the desktop runs when the
 * strict query finds nothing. Register in {@code solrconfig.xml}:
 * {@code <queryParser name="fahras" class="org.fahras.solr.FahrasQParserPlugin"/>}.
 */
public final class FahrasQParserPlugin extends QParserPlugin {

  /** The name the configset registers the parser under. */
  public static final String NAME = "fahras";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        String shape = param("shape");
        FahrasQueryParser.Mode mode;
        try {
          mode = FahrasQueryParser.Mode.parse(param("mode"));
        } catch (IllegalArgumentException e) {
          throw new SyntaxError(e.getMessage());
        }
        boolean variants = Boolean.parseBoolean(param("variants"));
        FahrasQueryParser.Shape s;
        try {
          s = shape == null ? FahrasQueryParser.Shape.STRICT : FahrasQueryParser.Shape.valueOf(shape.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new SyntaxError("shape must be strict or relaxed, not " + shape);
        }
        if (qstr == null || qstr.isBlank()) {
          return new MatchNoDocsQuery("empty query");
        }
        try {
          Query q = FahrasQueryParser.parse(provider(req), qstr, mode, variants).get(s);
          return q == null ? new MatchNoDocsQuery("nothing to search after analysis") : q;
        } catch (ParseException e) {
          throw new SyntaxError(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
          // A pattern Lucene refuses (an unbalanced regular expression …): the request's fault.
          throw new SyntaxError("cannot understand the query: " + e.getMessage(), e);
        }
      }

      /** A local parameter ({@code {!fahras mode=root}}), else the request's {@code fahras.NAME}. */
      private String param(String name) {
        String v = localParams == null ? null : localParams.get(name);
        return v == null && params != null ? params.get("fahras." + name) : v;
      }
    };
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
