package org.fahras.plugins.arabic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.search.TermQuery;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.Configurable;
import org.fahras.api.PluginOption;
import org.pf4j.Extension;

/**
 * The Arabic {@link AnalyzerProvider}: {@link ArabicSearchAnalyzer} for the {@link
 * AnalysisField#STEMMED}, {@link AnalysisField#EXACT} and (when switched on) {@link
 * AnalysisField#ROOT} fields, {@link ArabicVocalisedAnalyzer} for {@link AnalysisField#VOCALISED}
 * (unless switched off); name-variant query analyzers for STEMMED and EXACT; an automaton query
 * for vocalised tokens ({@link #termQuery}).
 *
 * <p>The analyzers are created with the configuration and shared by index and query side; Lucene
 * analyzers keep one token stream per thread, so they may be used from many threads at once.
 *
 * <p>{@link Configurable}: one boolean option per {@link ArabicRule}, all on by default, {@value
 * #VOCALISED_OPTION} (on by default) for the VOCALISED field and {@value #ROOT_OPTION} (off by
 * default) for the ROOT field. {@link #configure} builds the analyzers again; {@link
 * #analysisVersion()} is {@link #ANALYSIS_VERSION} with the defaults, names the rules and fields
 * that are off otherwise ({@code 5-off:hamza,vocalisedField}) and adds {@code -on:rootField} when
 * the ROOT field is on, so an index is rebuilt when, and only when, the options changed its terms.
 */
@Extension
public final class ArabicAnalyzerProvider implements AnalyzerProvider, Configurable {

  /** The provider's identifier, recorded in the index. */
  public static final String ID = "arabic";

  /**
   * The analysis version recorded in the index. Bump it whenever a change to the chain, a rule,
   * or a word list alters the terms of existing text, so the host knows to re-index.
   */
  public static final String ANALYSIS_VERSION = "7";

  /**
   * The option that writes the STEMMED, EXACT and VOCALISED kinds as three index fields instead
   * of one field of composite terms ({@link ArabicCompositeAnalyzer}); off by default: the
   * compact layout indexes about twice as fast and takes less room.
   */
  public static final String SEPARATE_FIELDS_OPTION = "separateFields";

  /** The option that turns the VOCALISED field off (on by default). */
  public static final String VOCALISED_OPTION = "vocalisedField";

  /** The option that turns the ROOT field on (off by default). */
  public static final String ROOT_OPTION = "rootField";

  private static final List<PluginOption> OPTIONS = options(ArabicRule.values());

  /** The analyzers and the version of the current configuration, replaced as a whole. */
  private volatile Configuration current = new Configuration(ArabicRule.all(), true, false, false);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String analysisVersion() {
    return current.version;
  }

  @Override
  public Set<AnalysisField> fields() {
    return Set.copyOf(current.analyzers.keySet());
  }

  /**
   * STEMMED (whose index field holds the composite terms) and ROOT when it is on; every kind in
   * the layout of separate fields.
   */
  @Override
  public Set<AnalysisField> indexedFields() {
    return current.indexed;
  }

  /**
   * For STEMMED: the tokenizer and script split of the index chain, which give its positions and
   * offsets (the filters after them keep positions, or add tokens at the same position with the
   * same offsets); {@code null} for the other fields.
   */
  @Override
  public Analyzer offsetsAnalyzer(AnalysisField field) {
    return field == AnalysisField.STEMMED ? current.offsets : null;
  }

  @Override
  public Analyzer queryAnalyzer(AnalysisField field) {
    Analyzer a = current.queryAnalyzers.get(field);
    return a != null ? a : indexAnalyzer(field);
  }

  @Override
  public Analyzer indexAnalyzer(AnalysisField field) {
    Map<AnalysisField, Analyzer> analyzers = current.analyzers;
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

  /**
   * The query analyzer of STEMMED or EXACT followed, for each word, by its spelling variants as a
   * transliterated name ({@link ArabicNameVariants}: ج/غ/ك/ق, ف/ڤ, ب/پ, تش/ش, س/ص, ت/ط, د/ض,
   * ز/ذ, a long vowel written or not, ا/ة at the end; at most 16 spellings per word) at the same
   * position; {@code null} for the other fields.
   */
  @Override
  public Analyzer nameVariantQueryAnalyzer(AnalysisField field) {
    return current.nameVariants.get(field);
  }

  /**
   * A {@link TermQuery} for the STEMMED, EXACT and ROOT fields (by returning {@code null}); for
   * VOCALISED, an {@link ArabicVocalisedQuery}: an {@code AutomatonQuery} over the vocalised
   * terms that matches every vocalisation compatible with the token's, a token without marks
   * matching every vocalisation of its letters.
   */
  @Override
  public Query termQuery(AnalysisField field, String baseField, String token) {
    if (token.isEmpty() || field == AnalysisField.ROOT) {
      return null;
    }
    if (current.compact) {
      return field == AnalysisField.STEMMED
          ? ArabicCompositeAnalyzer.stemQuery(baseField, token)
          : ArabicCompositeAnalyzer.surfaceQuery(baseField, token, field == AnalysisField.VOCALISED);
    }
    if (field != AnalysisField.VOCALISED) {
      return null;
    }
    return ArabicVocalisedQuery.of(baseField + field.suffix(), token);
  }

  /**
   * In the compact layout, patterns on stems (STEMMED) or on surface forms (EXACT, VOCALISED,
   * diacritics in documents ignored), on the base field; the host's default otherwise.
   */
  @Override
  public Query patternQuery(AnalysisField field, String baseField, Automaton pattern) {
    if (!current.compact || field == AnalysisField.ROOT) {
      return null;
    }
    return ArabicCompositeAnalyzer.patternQuery(baseField, field == AnalysisField.STEMMED, pattern);
  }

  @Override
  public String displayTerm(AnalysisField field, String indexTerm) {
    return current.compact && field != AnalysisField.ROOT
        ? ArabicCompositeAnalyzer.displayTerm(indexTerm)
        : indexTerm;
  }

  @Override
  public List<PluginOption> options() {
    return OPTIONS;
  }

  @Override
  public void configure(Map<String, String> values) {
    Set<ArabicRule> rules = EnumSet.noneOf(ArabicRule.class);
    for (ArabicRule rule : ArabicRule.values()) {
      String value = values.getOrDefault(rule.key(), "true");
      if (!value.equals("true") && !value.equals("false")) {
        throw new IllegalArgumentException(
            "Arabic analysis option " + rule.key() + " must be true or false, not '" + value + "'");
      }
      if (value.equals("true")) {
        rules.add(rule);
      }
    }
    boolean vocalised = bool(values, VOCALISED_OPTION, true);
    boolean root = bool(values, ROOT_OPTION, false);
    boolean separate = bool(values, SEPARATE_FIELDS_OPTION, false);
    if (!rules.equals(current.rules)
        || vocalised != current.vocalised
        || root != current.root
        || separate == current.compact) {
      current = new Configuration(rules, vocalised, root, separate);
    }
  }

  private static boolean bool(Map<String, String> values, String key, boolean defaultValue) {
    String value = values.getOrDefault(key, Boolean.toString(defaultValue));
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(
          "Arabic analysis option " + key + " must be true or false, not '" + value + "'");
    }
    return value.equals("true");
  }

  private static List<PluginOption> options(ArabicRule[] rules) {
    List<PluginOption> options = new ArrayList<>();
    for (ArabicRule rule : rules) {
      options.add(PluginOption.bool(rule.key(), true, rule.labelKey()));
    }
    options.add(PluginOption.bool(VOCALISED_OPTION, true, "option." + VOCALISED_OPTION));
    options.add(PluginOption.bool(ROOT_OPTION, false, "option." + ROOT_OPTION));
    options.add(PluginOption.bool(SEPARATE_FIELDS_OPTION, false, "option." + SEPARATE_FIELDS_OPTION));
    return List.copyOf(options);
  }

  /** The analysis version of a set of rules: the base version, plus the rules that are off. */
  static String versionOf(Set<ArabicRule> rules) {
    return versionOf(rules, true, false, false);
  }

  /**
   * The analysis version of a configuration: the base version, plus the rules and fields that
   * are off ({@code 5-off:hamza,vocalisedField}), plus {@code -on:rootField} when the ROOT field
   * is on.
   */
  static String versionOf(Set<ArabicRule> rules, boolean vocalised, boolean root, boolean separate) {
    StringJoiner off = new StringJoiner(",", ANALYSIS_VERSION + "-off:", "");
    off.setEmptyValue(ANALYSIS_VERSION);
    for (ArabicRule rule : ArabicRule.values()) {
      if (!rules.contains(rule)) {
        off.add(rule.code());
      }
    }
    if (!vocalised) {
      off.add(VOCALISED_OPTION);
    }
    StringJoiner on = new StringJoiner(",", "-on:", "");
    on.setEmptyValue("");
    if (root) {
      on.add(ROOT_OPTION);
    }
    if (separate) {
      on.add(SEPARATE_FIELDS_OPTION);
    }
    // Not "+": the host joins the entity recognisers' versions to the signature with it.
    return off + on.toString();
  }

  /** The rules that are on, with their analyzers and version. */
  private static final class Configuration {
    final Set<ArabicRule> rules;
    final boolean vocalised;
    final boolean root;
    final Map<AnalysisField, Analyzer> analyzers = new EnumMap<>(AnalysisField.class);
    final Map<AnalysisField, Analyzer> nameVariants = new EnumMap<>(AnalysisField.class);
    /** Query analyzers that differ from the index analyzers (the compact layout's). */
    final Map<AnalysisField, Analyzer> queryAnalyzers = new EnumMap<>(AnalysisField.class);
    final Set<AnalysisField> indexed;
    final boolean compact;
    final String version;
    /** The positions and offsets of the STEMMED index chain's tokens, for highlighting. */
    final Analyzer offsets;

    Configuration(Set<ArabicRule> rules, boolean vocalised, boolean root, boolean separate) {
      this.rules = EnumSet.copyOf(rules.isEmpty() ? EnumSet.noneOf(ArabicRule.class) : rules);
      this.vocalised = vocalised;
      this.root = root;
      this.compact = !separate;
      ArabicSearchAnalyzer stemmed = ArabicSearchAnalyzer.stemmed(rules);
      offsets = stemmed.positionsAndOffsets();
      ArabicSearchAnalyzer exact = ArabicSearchAnalyzer.exact(rules);
      ArabicVocalisedAnalyzer vocalisedAnalyzer = ArabicVocalisedAnalyzer.create(rules);
      analyzers.put(AnalysisField.STEMMED, stemmed);
      analyzers.put(AnalysisField.EXACT, exact);
      nameVariants.put(AnalysisField.STEMMED, stemmed.withNameVariants());
      nameVariants.put(AnalysisField.EXACT, exact.withNameVariants());
      if (vocalised) {
        analyzers.put(AnalysisField.VOCALISED, vocalisedAnalyzer);
      }
      if (root) {
        analyzers.put(AnalysisField.ROOT, ArabicSearchAnalyzer.root(rules));
      }
      Set<AnalysisField> idx = EnumSet.copyOf(analyzers.keySet());
      if (compact) {
        // One field of composite terms: the stemmed chain's words joined to their surfaces.
        queryAnalyzers.put(AnalysisField.STEMMED, stemmed);
        analyzers.put(
            AnalysisField.STEMMED,
            stemmed.composite(ArabicSearchAnalyzer.Composite.INDEX, vocalisedAnalyzer));
        ArabicSearchAnalyzer exactQuery =
            stemmed.composite(ArabicSearchAnalyzer.Composite.EXACT_QUERY, vocalisedAnalyzer);
        queryAnalyzers.put(AnalysisField.EXACT, exactQuery);
        nameVariants.put(AnalysisField.EXACT, exactQuery.withNameVariants());
        if (vocalised) {
          queryAnalyzers.put(
              AnalysisField.VOCALISED,
              stemmed.composite(ArabicSearchAnalyzer.Composite.VOCALISED_QUERY, vocalisedAnalyzer));
        }
        idx.remove(AnalysisField.EXACT);
        idx.remove(AnalysisField.VOCALISED);
      }
      indexed = Set.copyOf(idx);
      version = versionOf(rules, vocalised, root, separate);
    }
  }
}
