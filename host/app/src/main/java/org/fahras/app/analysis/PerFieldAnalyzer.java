package org.fahras.app.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** An analyzer that picks a delegate by field name, with a default for other fields. */
final class PerFieldAnalyzer extends DelegatingAnalyzerWrapper {

  private final Analyzer defaultAnalyzer;
  private final Map<String, Analyzer> byField;

  PerFieldAnalyzer(Analyzer defaultAnalyzer, Map<String, Analyzer> byField) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.defaultAnalyzer = defaultAnalyzer;
    this.byField = Map.copyOf(byField);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return byField.getOrDefault(fieldName, defaultAnalyzer);
  }

  @Override
  public String toString() {
    return "PerFieldAnalyzer(" + byField.keySet() + ", default=" + defaultAnalyzer + ")";
  }
}
