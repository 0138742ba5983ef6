package org.fahras.app.search;

import org.fahras.api.AnalysisField;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;

/** Which stored field holds the text of an analysed field, for highlighting. */
final class HighlightFields {

  private HighlightFields() {}

  /** The stored field whose text an analysed field indexes: {@code body_exact} → {@code body}. */
  static String storedSource(String field) {
    for (String base : IndexFields.ANALYZED_BASES) {
      for (AnalysisField f : AnalysisField.values()) {
        if (!f.suffix().isEmpty() && field.equals(base + f.suffix())) {
          return base;
        }
      }
    }
    return field;
  }

  /** {@link #storedSource} of each field. */
  static String[] storedSources(String[] fields) {
    String[] out = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = storedSource(fields[i]);
    }
    return out;
  }

  /**
   * The field to highlight for a search mode: the body copy of the mode's widest field, or the
   * body itself when that kind is served by the base field.
   */
  static String bodyField(SearchMode mode, IndexAnalysis analysis) {
    return analysis.indexField(IndexFields.BODY, mode.highlightField());
  }
}
