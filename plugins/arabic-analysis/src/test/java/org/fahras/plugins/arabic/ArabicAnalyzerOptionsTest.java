package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.fahras.api.AnalysisField;
import org.fahras.api.Configurable;
import org.fahras.api.PluginOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The provider's options: one switch per rule, labels, and the analysis version they give. */
class ArabicAnalyzerOptionsTest {

  private final ArabicAnalyzerProvider provider = new ArabicAnalyzerProvider();

  private static String exact(ArabicAnalyzerProvider p, String text) {
    return String.join(" ", AnalyzedTerms.of(p.indexAnalyzer(AnalysisField.EXACT), text));
  }

  @Test
  void offersOneBooleanSwitchPerRuleAllOnByDefault() {
    List<PluginOption> rules = provider.options().subList(0, ArabicRule.values().length);
    for (PluginOption o : rules) {
      assertThat(o.type()).isEqualTo(PluginOption.Type.BOOLEAN);
      assertThat(o.defaultValue()).isEqualTo("true");
    }
    assertThat(rules).extracting(PluginOption::key).contains("hamza", "tehMarbuta");
  }

  @Test
  void theVocalisedFieldIsOnByDefaultAndCanBeSwitchedOff() {
    assertThat(provider.options())
        .filteredOn(o -> o.key().equals("vocalisedField"))
        .singleElement()
        .extracting(PluginOption::defaultValue)
        .isEqualTo("true");
    assertThat(provider.fields()).contains(AnalysisField.VOCALISED);
    provider.configure(Map.of("vocalisedField", "false"));
    assertThat(provider.fields()).doesNotContain(AnalysisField.VOCALISED);
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-off:vocalisedField");
    provider.configure(Map.of());
    assertThat(provider.fields()).contains(AnalysisField.VOCALISED);
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION);
  }

  @Test
  void everyOptionHasAnEnglishAndAnArabicLabel() {
    String base = ArabicAnalyzerProvider.class.getPackageName() + "." + Configurable.MESSAGES;
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en = ResourceBundle.getBundle(base, Locale.ROOT, noFallback);
    ResourceBundle ar = ResourceBundle.getBundle(base, Locale.forLanguageTag("ar"), noFallback);
    assertThat(ar.getLocale().getLanguage()).isEqualTo("ar");
    for (PluginOption o : provider.options()) {
      assertThat(en.getString(o.labelKey())).isNotBlank();
      assertThat(ar.getString(o.labelKey())).isNotEqualTo(en.getString(o.labelKey()));
    }
  }

  @Test
  void defaultsKeepAnalysisVersionTwo() {
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION);
    provider.configure(Map.of("hamza", "true", "digits", "true"));
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION);
    provider.configure(Map.of());
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION);
  }

  @ParameterizedTest
  @EnumSource(ArabicRule.class)
  void switchingARuleOffGivesItsOwnAnalysisVersion(ArabicRule rule) {
    provider.configure(Map.of(rule.key(), "false"));
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-off:" + rule.code());
  }

  @Test
  void everyConfigurationHasADistinctVersion() {
    Set<String> versions = new HashSet<>();
    versions.add(provider.analysisVersion());
    for (ArabicRule rule : ArabicRule.values()) {
      provider.configure(Map.of(rule.key(), "false"));
      versions.add(provider.analysisVersion());
    }
    provider.configure(Map.of("hamza", "false", "tehMarbuta", "false"));
    versions.add(provider.analysisVersion());
    assertThat(versions).hasSize(ArabicRule.values().length + 2);
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-off:hamza,tehMarbuta");
  }

  @Test
  void configureRebuildsTheAnalyzers() {
    assertThat(exact(provider, "مسؤول")).isEqualTo(exact(provider, "مسئول"));
    provider.configure(Map.of("hamza", "false"));
    assertThat(exact(provider, "مسؤول")).isNotEqualTo(exact(provider, "مسئول"));
    provider.configure(Map.of());
    assertThat(exact(provider, "مسؤول")).isEqualTo(exact(provider, "مسئول"));
  }

  @Test
  void unknownKeysAreIgnored() {
    provider.configure(Map.of("colour", "blue"));
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION);
  }

  @Test
  void anInvalidValueIsRefusedAndTheConfigurationKept() {
    provider.configure(Map.of("hamza", "false"));
    assertThatThrownBy(() -> provider.configure(Map.of("tatweel", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tatweel");
    assertThat(provider.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-off:hamza");
  }

  @Test
  void stopWordsFollowTheRules() {
    // With ى kept, على is still a stop word, and علي (a name) is not one.
    provider.configure(Map.of("alefMaksura", "false"));
    assertThat(exact(provider, "على")).isEmpty();
    assertThat(exact(provider, "علي")).isEqualTo("علي");
  }
}
