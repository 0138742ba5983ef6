package org.fahras.plugins.arabic;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.pf4j.Extension;

/**
 * The Arabic {@link AnalyzerProvider}: {@link ArabicSearchAnalyzer} for the {@link
 * AnalysisField#STEMMED} and {@link AnalysisField#EXACT} fields.
 *
 * <p>Both analyzers are created with the provider and shared by index and query side; Lucene
 * analyzers keep one token stream per thread, so they may be used from many threads at once.
 */
@Extension
public final class ArabicAnalyzerProvider implements AnalyzerProvider {

  /** The provider's identifier, recorded in the index. */
  public static final String ID = "arabic";

  /**
   * The analysis version recorded in the index. Bump it whenever a change to the chain, a rule,
   * or a word list alters the terms of existing text, so the host knows to re-index.
   */
  public static final String ANALYSIS_VERSION = "2";

  private final Map<AnalysisField, Analyzer> analyzers = new EnumMap<>(AnalysisField.class);

  public ArabicAnalyzerProvider() {
    analyzers.put(AnalysisField.STEMMED, ArabicSearchAnalyzer.stemmed());
    analyzers.put(AnalysisField.EXACT, ArabicSearchAnalyzer.exact());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String analysisVersion() {
    return ANALYSIS_VERSION;
  }

  @Override
  public Set<AnalysisField> fields() {
    return Set.copyOf(analyzers.keySet());
  }

  @Override
  public Analyzer indexAnalyzer(AnalysisField field) {
    Analyzer analyzer = analyzers.get(field);
    if (analyzer == null) {
      throw new IllegalArgumentException(
          "The Arabic analysis plugin has no analyzer for the "
              + field
              + " field; it supports "
              + analyzers.keySet());
    }
    return analyzer;
  }
}
