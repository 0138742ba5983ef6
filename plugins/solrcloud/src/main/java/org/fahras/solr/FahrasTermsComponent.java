package org.fahras.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;

/**
 * Completion for Fahras: words of the index beginning with what the user typed, as the desktop's
 * {@code SearchService.termsStartingWith} finds them, around Solr's (distributed) terms component.
 *
 * <p>Two instances, by the init argument {@code stage}: {@code prefix} (a first component) turns
 * {@value #PREFIX}{@code =TEXT} into the terms component's parameters, the prefix normalised by the
 * {@code body} field's analysis ({@code Analyzer.normalize}: folded like indexed text, not
 * stemmed), the first {@value #CANDIDATES} terms in index order; {@code display} (a last component)
 * maps each term to the word it stands for ({@link AnalyzerProvider#displayTerm}: in the compact
 * layout the surface form of {@code stem U+001F surface}), adds up the document frequencies of
 * terms that are the same word, and answers {@value #RESPONSE}: the words, most frequent first, at
 * most {@value #MAX}{@code =N} (default 10).
 */
public final class FahrasTermsComponent extends SearchComponent {

  /** The request parameter: the text typed. */
  public static final String PREFIX = "fahras.terms.prefix";

  /** The request parameter: the most words to return. */
  public static final String MAX = "fahras.terms.max";

  /** The response key: the words, most frequent first. */
  public static final String RESPONSE = "fahras.terms";

  /** Terms read after the prefix, as the desktop reads them. */
  static final int CANDIDATES = 500;

  private boolean prefixStage;

  @Override
  public void init(NamedList<?> args) {
    super.init(args);
    Object stage = args == null ? null : args.get("stage");
    prefixStage = "prefix".equals(stage);
    if (!prefixStage && !"display".equals(stage)) {
      throw new IllegalArgumentException("FahrasTermsComponent needs stage=prefix or stage=display, not " + stage);
    }
  }

  @Override
  public void prepare(ResponseBuilder rb) throws IOException {
    SolrParams params = rb.req.getParams();
    String typed = params.get(PREFIX);
    if (!prefixStage || typed == null) {
      return;
    }
    AnalyzerProvider provider = FahrasQParserPlugin.provider(rb.req);
    BytesRef normalized = provider.indexAnalyzer(AnalysisField.STEMMED).normalize("body", typed.strip());
    ModifiableSolrParams p = new ModifiableSolrParams(params);
    p.remove(PREFIX);
    p.set("terms", true);
    p.set("terms.fl", "body");
    p.set("terms.prefix", normalized.utf8ToString());
    p.set("terms.sort", "index");
    p.set("terms.limit", CANDIDATES);
    p.set("terms.mincount", 1);
    p.set(MAX, params.getInt(MAX, 10));
    rb.req.setParams(p);
  }

  @Override
  public void process(ResponseBuilder rb) throws IOException {
    // Runs where the terms were read: alone, or on each shard (whose extra key the coordinator
    // ignores); the coordinator of a distributed request maps in finishStage.
    if (!prefixStage) {
      display(rb);
    }
  }

  @Override
  public void finishStage(ResponseBuilder rb) {
    if (!prefixStage && rb.getStage() == ResponseBuilder.STAGE_EXECUTE_QUERY) {
      display(rb);
    }
  }

  private void display(ResponseBuilder rb) {
    if (rb.req.getParams().get(MAX) == null) {
      return; // not a completion request
    }
    Object terms = rb.rsp.getValues().get("terms");
    Map<String, Long> words = new LinkedHashMap<>();
    if (terms instanceof NamedList<?> byField && byField.get("body") instanceof NamedList<?> body) {
      AnalyzerProvider provider = FahrasQParserPlugin.provider(rb.req);
      for (int i = 0; i < body.size(); i++) {
        Object n = body.getVal(i);
        long freq = n instanceof Number num ? num.longValue() : 0;
        if (n instanceof NamedList<?> stats && stats.get("df") instanceof Number df) {
          freq = df.longValue();
        }
        words.merge(provider.displayTerm(AnalysisField.STEMMED, body.getName(i)), freq, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(words.entrySet());
    ranked.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
    int max = rb.req.getParams().getInt(MAX, 10);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : ranked) {
      if (out.size() >= max) {
        break;
      }
      if (!e.getKey().isEmpty()) {
        out.add(e.getKey());
      }
    }
    rb.rsp.add(RESPONSE, out);
  }

  @Override
  public String getDescription() {
    return "Fahras completion: index words beginning with a prefix";
  }
}
