package org.fahras.api;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.pf4j.ExtensionPoint;

/**
 * Supplies the Lucene analyzers that turn document and query text into index terms.
 *
 * <p>The host asks once at start-up and keeps the analyzers for the whole run; analyzers must
 * be thread-safe in the usual Lucene sense (a reusable {@code TokenStream} per thread). Build
 * analysis chains from classes ({@code new SomeFilter(...)}), never by SPI name: Lucene's SPI
 * registry belongs to the host's class loader.
 *
 * <p>When several providers are installed, the host uses the one with the highest {@code
 * @Extension(ordinal = …)}; it falls back to Lucene's {@code StandardAnalyzer} when there is
 * none, and says so.
 */
public interface AnalyzerProvider extends ExtensionPoint {

  /**
   * A short stable identifier, e.g. {@code arabic}; recorded in the index so that a change of
   * provider can be detected.
   */
  String id();

  /**
   * A token that changes whenever this provider's analysis changes in a way that makes
   * existing indexes stale (a new rule, a changed setting).
   */
  default String analysisVersion() {
    return "1";
  }

  /** The fields this provider can analyse; always contains {@link AnalysisField#STEMMED}. */
  Set<AnalysisField> fields();

  /**
   * The analyzer used at index time for one field.
   *
   * @param field one of {@link #fields()}
   */
  Analyzer indexAnalyzer(AnalysisField field);

  /**
   * The analyzer used to analyse query text for one field; the index analyzer by default.
   *
   * @param field one of {@link #fields()}
   */
  default Analyzer queryAnalyzer(AnalysisField field) {
    return indexAnalyzer(field);
  }
}
