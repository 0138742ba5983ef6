package org.fahras.api;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automaton;
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

  /**
   * The analysis kinds the host writes as index fields of their own. The base field ({@code
   * body}, stored and highlighted) always holds the terms of {@code indexAnalyzer(STEMMED)}; every
   * other kind in this set gets a copy {@code body + kind.suffix()}. A kind in {@link #fields()}
   * but not in this set is <em>served by the base field</em>: its query text is analysed with
   * {@link #queryAnalyzer(AnalysisField)} as usual, and {@link #termQuery} and {@link
   * #patternQuery} must then return queries on the base field (the host never writes nor reads
   * {@code body + kind.suffix()} for it). This lets a provider fold several kinds into one
   * inversion per word, e.g. terms that carry both the stem and the surface form.
   *
   * <p>The default, {@link #fields()}, writes one field per kind, as before 1.3.0.
   *
   * @since 1.3.0
   */
  default Set<AnalysisField> indexedFields() {
    return fields();
  }

  /**
   * The query for a pattern typed by the user (wildcard, prefix, fuzzy term or regular
   * expression) in one analysis kind: {@code pattern} is an automaton over the kind's
   * normalised query terms (built by the host from the typed pattern after {@code
   * Analyzer.normalize}); the provider returns a query that matches the index terms whose
   * words match it, or {@code null} (the default) for an {@code AutomatonQuery} with {@code
   * pattern} on {@code baseField + field.suffix()}. Required for kinds served by the base field
   * ({@link #indexedFields()}). Called from any thread, per query.
   *
   * @param field one of {@link #fields()}
   * @param baseField the base index field, e.g. {@code body}
   * @param pattern a deterministic automaton over the normalised terms (UTF-16 code points)
   * @since 1.3.0
   */
  default Query patternQuery(AnalysisField field, String baseField, Automaton pattern) {
    return null;
  }

  /**
   * The word an index term of one kind stands for, as the user would type it (for "did you
   * mean" suggestions): the term itself by default; a provider whose terms carry more than the
   * word (a stem and a surface form) returns the readable part.
   *
   * @param field one of {@link #fields()}
   * @param indexTerm a term found in the index field that holds {@code field}
   * @since 1.3.0
   */
  default String displayTerm(AnalysisField field, String indexTerm) {
    return indexTerm;
  }

  /**
   * An analyzer whose tokens have exactly the positions and offsets of {@code
   * indexAnalyzer(field)}'s tokens — not necessarily their terms — at a fraction of its cost: for
   * instance the index chain's tokenizer and whichever of its filters change positions or offsets.
   * {@code null} (the default) when this provider offers none.
   *
   * <p>When the provider gives one for {@link AnalysisField#STEMMED}, the host writes the base
   * text fields of a new index with positions but without offsets in their postings (offsets cost
   * about a tenth of the indexing time), and finds where a hit's words are, for its snippets, by
   * running this analyzer over the hit's stored text and reading the offsets of the positions the
   * query matched. An index that already holds offsets keeps them. The positions must agree
   * exactly: a token the index chain drops still counts (its position increment carried to the
   * next token, as Lucene's filters do), and tokens the chain adds at the same position (increment
   * 0) must have the offsets of the token they follow.
   *
   * @param field one of {@link #fields()}
   * @since 1.7.0
   */
  default Analyzer offsetsAnalyzer(AnalysisField field) {
    return null;
  }
}
