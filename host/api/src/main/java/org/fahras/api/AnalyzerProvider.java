package org.fahras.api;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
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

  /**
   * The analyzer for query text in one field when the user asked for spelling variants of
   * transliterated names (for example ج / غ / ك for a Latin "g"): it emits the variants of a
   * word as synonyms at the word's position. {@code null} (the default) when this provider
   * offers no variants for the field; the host then uses {@link #queryAnalyzer}. Never used
   * unless the user switched variants on for a search.
   *
   * @param field one of {@link #fields()}
   * @since 1.2.0
   */
  default Analyzer nameVariantQueryAnalyzer(AnalysisField field) {
    return null;
  }

  /**
   * The query for one analysed query token in one field, when a plain term query is not the
   * right match: for {@link AnalysisField#VOCALISED}, a token with diacritics must match every
   * compatible vocalisation in the index (marks absent on either side are not required). {@code
   * null} (the default) means a {@code TermQuery} on {@code baseField + field.suffix()}.
   *
   * <p>The host combines the returned queries like term queries; inside phrases it needs span
   * positions, so return a {@code TermQuery}, a {@code MultiTermQuery} (an {@code
   * AutomatonQuery}, for instance) or a {@code SpanQuery}. Called from any thread, per query.
   *
   * @param field one of {@link #fields()}
   * @param baseField the base index field, e.g. {@code body}; the field's own name is {@code
   *     baseField + field.suffix()}, and the other fields' names are built the same way
   * @param token one token produced by {@link #queryAnalyzer(AnalysisField)} for this field
   * @since 1.2.0
   */
  default Query termQuery(AnalysisField field, String baseField, String token) {
    return null;
  }
}
