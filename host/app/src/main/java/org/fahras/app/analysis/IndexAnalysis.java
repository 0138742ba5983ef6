package org.fahras.app.analysis;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.index.IndexFields;

/**
 * The analyzers of one index: which {@link AnalysisField}s exist and how each of the text fields
 * ({@code body}, {@code title}, …) is analysed at index and at query time.
 *
 * <p>Built from the highest-ranked {@link AnalyzerProvider}, or from Lucene's {@code
 * StandardAnalyzer} when no provider is installed. {@link #signature()} names the analysis so an
 * index built with another one can be detected.
 */
public final class IndexAnalysis {

  private final String signature;
  private final Set<AnalysisField> fields;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final boolean fallback;

  private IndexAnalysis(
      String signature,
      Set<AnalysisField> fields,
      Map<AnalysisField, Analyzer> index,
      Map<AnalysisField, Analyzer> query,
      boolean fallback) {
    this.signature = signature;
    this.fields = Set.copyOf(fields);
    this.indexAnalyzer = wrap(index);
    this.queryAnalyzer = wrap(query);
    this.fallback = fallback;
  }

  /**
   * Analysis from the first provider of the list, or the fallback when the list is empty. Build
   * it after the providers are configured ({@code PluginHost.configureExtensions}): the
   * signature takes the provider's {@code analysisVersion()} as it is now.
   */
  public static IndexAnalysis from(List<AnalyzerProvider> providers) {
    if (providers.isEmpty()) {
      return fallback();
    }
    AnalyzerProvider p = providers.get(0);
    Set<AnalysisField> fields = EnumSet.copyOf(p.fields());
    if (!fields.contains(AnalysisField.STEMMED)) {
      throw new IllegalStateException(
          "analyzer provider '" + p.id() + "' does not supply the required STEMMED field");
    }
    Map<AnalysisField, Analyzer> index = new EnumMap<>(AnalysisField.class);
    Map<AnalysisField, Analyzer> query = new EnumMap<>(AnalysisField.class);
    for (AnalysisField f : fields) {
      index.put(f, p.indexAnalyzer(f));
      query.put(f, p.queryAnalyzer(f));
    }
    return new IndexAnalysis(p.id() + ":" + p.analysisVersion(), fields, index, query, false);
  }

  /** Lucene's StandardAnalyzer for the stemmed field only. */
  public static IndexAnalysis fallback() {
    Analyzer standard = new StandardAnalyzer();
    Map<AnalysisField, Analyzer> m = new EnumMap<>(AnalysisField.class);
    m.put(AnalysisField.STEMMED, standard);
    return new IndexAnalysis("standard:1", EnumSet.of(AnalysisField.STEMMED), m, m, true);
  }

  private static Analyzer wrap(Map<AnalysisField, Analyzer> byField) {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Map.Entry<AnalysisField, Analyzer> e : byField.entrySet()) {
      for (String base : IndexFields.ANALYZED_BASES) {
        perField.put(base + e.getKey().suffix(), e.getValue());
      }
    }
    return new PerFieldAnalyzer(byField.get(AnalysisField.STEMMED), perField);
  }

  /** Provider id and analysis version, e.g. {@code arabic:3}. */
  public String signature() {
    return signature;
  }

  /** The analysed field kinds in this index. */
  public Set<AnalysisField> fields() {
    return fields;
  }

  /** True when no analyzer provider was installed. */
  public boolean isFallback() {
    return fallback;
  }

  /** Per-field analyzer for {@code IndexWriter} and the highlighter. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** Per-field analyzer for query text. */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }
}
