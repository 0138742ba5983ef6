package org.fahras.plugins.arabic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.Configurable;
import org.fahras.api.PluginOption;
import org.pf4j.Extension;

/**
 * The Arabic {@link AnalyzerProvider}: {@link ArabicSearchAnalyzer} for the {@link
 * AnalysisField#STEMMED} and {@link AnalysisField#EXACT} fields.
 *
 * <p>Both analyzers are created with the provider and shared by index and query side; Lucene
 * analyzers keep one token stream per thread, so they may be used from many threads at once.
 *
 * <p>{@link Configurable}: one boolean option per {@link ArabicRule}, all on by default. {@link
 * #configure} builds the analyzers again; {@link #analysisVersion()} is {@link #ANALYSIS_VERSION}
 * with the defaults and names the rules that are off otherwise ({@code 2-off:hamza,tehMarbuta}),
 * so an index is rebuilt when, and only when, the options changed its terms.
 */
@Extension
public final class ArabicAnalyzerProvider implements AnalyzerProvider, Configurable {

  /** The provider's identifier, recorded in the index. */
  public static final String ID = "arabic";

  /**
   * The analysis version recorded in the index. Bump it whenever a change to the chain, a rule,
   * or a word list alters the terms of existing text, so the host knows to re-index.
   */
  public static final String ANALYSIS_VERSION = "2";

  private static final List<PluginOption> OPTIONS = options(ArabicRule.values());

  /** The analyzers and the version of the current configuration, replaced as a whole. */
  private volatile Configuration current = new Configuration(ArabicRule.all());

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
    if (!rules.equals(current.rules)) {
      current = new Configuration(rules);
    }
  }

  private static List<PluginOption> options(ArabicRule[] rules) {
    List<PluginOption> options = new ArrayList<>();
    for (ArabicRule rule : rules) {
      options.add(PluginOption.bool(rule.key(), true, rule.labelKey()));
    }
    return List.copyOf(options);
  }

  /** The analysis version of a set of rules: the base version, plus the rules that are off. */
  static String versionOf(Set<ArabicRule> rules) {
    StringJoiner off = new StringJoiner(",", ANALYSIS_VERSION + "-off:", "");
    off.setEmptyValue(ANALYSIS_VERSION);
    for (ArabicRule rule : ArabicRule.values()) {
      if (!rules.contains(rule)) {
        off.add(rule.code());
      }
    }
    return off.toString();
  }

  /** The rules that are on, with their analyzers and version. */
  private static final class Configuration {
    final Set<ArabicRule> rules;
    final Map<AnalysisField, Analyzer> analyzers = new EnumMap<>(AnalysisField.class);
    final String version;

    Configuration(Set<ArabicRule> rules) {
      this.rules = EnumSet.copyOf(rules.isEmpty() ? EnumSet.noneOf(ArabicRule.class) : rules);
      analyzers.put(AnalysisField.STEMMED, ArabicSearchAnalyzer.stemmed(rules));
      analyzers.put(AnalysisField.EXACT, ArabicSearchAnalyzer.exact(rules));
      version = versionOf(rules);
    }
  }
}
