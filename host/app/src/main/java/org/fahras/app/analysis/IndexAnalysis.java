package org.fahras.app.analysis;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.entities.EntityExtraction;
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
  private final Set<AnalysisField> indexedFields;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Analyzer variantQueryAnalyzer;
  private final AnalyzerProvider provider;
  private final boolean fallback;
  private final EntityExtraction entities;
  /** The provider's offsets analyzer for the base text fields, or null. */
  private final Analyzer offsetsAnalyzer;

  private IndexAnalysis(
      String signature,
      Set<AnalysisField> fields,
      Set<AnalysisField> indexedFields,
      Map<AnalysisField, Analyzer> index,
      Map<AnalysisField, Analyzer> query,
      Map<AnalysisField, Analyzer> variants,
      AnalyzerProvider provider) {
    this.signature = signature;
    this.fields = Set.copyOf(fields);
    this.indexedFields = Set.copyOf(indexedFields);
    this.indexAnalyzer = wrap(index);
    this.queryAnalyzer = wrap(query);
    this.variantQueryAnalyzer = variants.isEmpty() ? null : wrap(withDefaults(variants, query));
    this.provider = provider;
    this.fallback = provider == null;
    this.entities = EntityExtraction.NONE;
    this.offsetsAnalyzer = provider == null ? null : provider.offsetsAnalyzer(AnalysisField.STEMMED);
  }

  private IndexAnalysis(IndexAnalysis base, EntityExtraction entities) {
    this.signature = base.signature;
    this.fields = base.fields;
    this.indexedFields = base.indexedFields;
    this.indexAnalyzer = base.indexAnalyzer;
    this.queryAnalyzer = base.queryAnalyzer;
    this.variantQueryAnalyzer = base.variantQueryAnalyzer;
    this.provider = base.provider;
    this.fallback = base.fallback;
    this.entities = entities;
    this.offsetsAnalyzer = base.offsetsAnalyzer;
  }

  /**
   * This analysis with entity recognition at index time: the entities become filter fields and
   * facets, and the recognisers are part of the {@link #signature()}.
   */
  public IndexAnalysis withEntities(EntityExtraction extraction) {
    return new IndexAnalysis(this, extraction == null ? EntityExtraction.NONE : extraction);
  }

  /** The entity recognition applied at index time ({@link EntityExtraction#NONE} when none). */
  public EntityExtraction entities() {
    return entities;
  }

  private static Map<AnalysisField, Analyzer> withDefaults(
      Map<AnalysisField, Analyzer> some, Map<AnalysisField, Analyzer> all) {
    Map<AnalysisField, Analyzer> m = new EnumMap<>(all);
    m.putAll(some);
    return m;
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
    Map<AnalysisField, Analyzer> variants = new EnumMap<>(AnalysisField.class);
    Set<AnalysisField> indexed = EnumSet.copyOf(p.indexedFields());
    indexed.retainAll(fields);
    indexed.add(AnalysisField.STEMMED);
    for (AnalysisField f : fields) {
      if (indexed.contains(f)) {
        index.put(f, p.indexAnalyzer(f));
      }
      query.put(f, p.queryAnalyzer(f));
      Analyzer v = p.nameVariantQueryAnalyzer(f);
      if (v != null) {
        variants.put(f, v);
      }
    }
    return new IndexAnalysis(p.id() + ":" + p.analysisVersion(), fields, indexed, index, query, variants, p);
  }

  /**
   * The analyzer that gives the positions and offsets of the base text fields' tokens ({@link
   * AnalyzerProvider#offsetsAnalyzer}), or null when the provider offers none: then those fields
   * keep offsets in their postings.
   */
  public Analyzer offsetsAnalyzer() {
    return offsetsAnalyzer;
  }

  /** Lucene's StandardAnalyzer for the stemmed field only. */
  public static IndexAnalysis fallback() {
    Analyzer standard = new StandardAnalyzer();
    Map<AnalysisField, Analyzer> m = new EnumMap<>(AnalysisField.class);
    m.put(AnalysisField.STEMMED, standard);
    return new IndexAnalysis(
        "standard:1", EnumSet.of(AnalysisField.STEMMED), EnumSet.of(AnalysisField.STEMMED), m, m, Map.of(), null);
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

  /**
   * Provider id and analysis version, e.g. {@code arabic:3}, followed by the entity recognisers
   * and their versions when there are any ({@code arabic:3+arabic-entities:1}).
   */
  public String signature() {
    return entities.isEmpty() ? signature : signature + "+" + entities.signature();
  }

  /** The analysed field kinds in this index. */
  public Set<AnalysisField> fields() {
    return fields;
  }

  /**
   * The analysed field kinds written as index fields of their own: {@link AnalysisField#STEMMED}
   * (the base field) and the copies. The other kinds of {@link #fields()} are served by the base
   * field ({@link AnalyzerProvider#indexedFields()}).
   */
  public Set<AnalysisField> indexedFields() {
    return indexedFields;
  }

  /**
   * The index field that holds a kind's terms for a base field: {@code body_exact} for an
   * indexed EXACT kind, {@code body} for one served by the base field.
   */
  public String indexField(String base, AnalysisField kind) {
    return indexedFields.contains(kind) ? base + kind.suffix() : base;
  }

  /**
   * The provider's query for a pattern (wildcard, prefix, fuzzy, regular expression) in one kind,
   * or null for the host's own automaton query on the kind's field.
   */
  public Query patternQuery(AnalysisField kind, String base, Automaton pattern) {
    return provider == null ? null : provider.patternQuery(kind, base, pattern);
  }

  /** The readable word of an index term of one kind ({@link AnalyzerProvider#displayTerm}). */
  public String displayTerm(AnalysisField kind, String indexTerm) {
    return provider == null ? indexTerm : provider.displayTerm(kind, indexTerm);
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

  /**
   * Per-field analyzer for query text; with {@code nameVariants}, the provider's analyzers that
   * add spelling variants of transliterated names where it has them.
   */
  public Analyzer queryAnalyzer(boolean nameVariants) {
    return nameVariants && variantQueryAnalyzer != null ? variantQueryAnalyzer : queryAnalyzer;
  }

  /** Whether the provider offers spelling variants of names for at least one field. */
  public boolean hasNameVariants() {
    return variantQueryAnalyzer != null;
  }

  /**
   * The provider's own query for one analysed query token ({@link
   * AnalyzerProvider#termQuery}), or null when a term query is right.
   *
   * @param field the analysis kind of the internal field
   * @param base the base field, e.g. {@code body}
   * @param token the analysed token
   */
  public Query termQuery(AnalysisField field, String base, String token) {
    return provider == null ? null : provider.termQuery(field, base, token);
  }
}
