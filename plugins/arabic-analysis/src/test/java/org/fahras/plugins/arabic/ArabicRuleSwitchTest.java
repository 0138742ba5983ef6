package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link ArabicRule} switched off: its own pair of spellings no longer meets, and every other
 * rule's pair still does.
 */
class ArabicRuleSwitchTest {

  /** Two spellings that the rule makes equal; compared in the exact field unless stemmed. */
  record Case(ArabicRule rule, String a, String b, boolean stemmed) {
    @Override
    public String toString() {
      return rule + ": " + a + " = " + b;
    }
  }

  static final List<Case> CASES =
      List.of(
          new Case(ArabicRule.TASHKEEL, "كَتَبَ", "كتب", false),
          new Case(ArabicRule.TATWEEL, "كتـــاب", "كتاب", false),
          new Case(ArabicRule.ALEF, "أحمد", "احمد", false),
          new Case(ArabicRule.ALEF, "ٱلكتاب", "الكتاب", false),
          new Case(ArabicRule.HAMZA, "مسؤول", "مسئول", false),
          new Case(ArabicRule.HAMZA, "شاطىء", "شاطئ", false),
          new Case(ArabicRule.TEH_MARBUTA, "الكورية", "الكوريه", false),
          new Case(ArabicRule.ALEF_MAKSURA, "مستشفى", "مستشفي", false),
          new Case(ArabicRule.PERSIAN, "کتاب", "كتاب", false),
          new Case(ArabicRule.PERSIAN, "مدرسۃ", "مدرسة", false),
          new Case(ArabicRule.PERSIAN, "مدرسۃ", "مدرسة", true),
          new Case(ArabicRule.PERSIAN, "مدرسۂ", "مدرسه", false),
          new Case(ArabicRule.DIGITS, "٢٠٢٣", "2023", false),
          new Case(ArabicRule.DIGITS, "۲۰۲۳", "2023", false),
          new Case(ArabicRule.DIGITS, "٢٫٥", "2.5", false),
          new Case(ArabicRule.DIGITS, "١٢٬٥٠٠", "12,500", false),
          new Case(ArabicRule.COMPATIBILITY, "ﺍﻟﻌﺮﺑﻴﺔ", "العربية", false),
          new Case(ArabicRule.INVISIBLE, "ال\u200cكتاب", "الكتاب", false),
          new Case(ArabicRule.INVISIBLE, "بيت\u200bكوين", "بيتكوين", false),
          new Case(ArabicRule.INVISIBLE, "بيت\u200bكوين", "بيتكوين", true),
          new Case(ArabicRule.PROCLITICS, "وبالتالي", "التالي", true));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyRuleMakesItsPairMeetByDefault(Case c) {
    assertThat(meet(c, ArabicRule.all())).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ArabicRule.class)
  void switchingARuleOffChangesExactlyItsOwnPairs(ArabicRule off) {
    Set<ArabicRule> rules = EnumSet.complementOf(EnumSet.of(off));
    for (Case c : CASES) {
      assertThat(meet(c, rules)).as(c + " with " + off + " off").isEqualTo(c.rule() != off);
    }
  }

  @ParameterizedTest
  @EnumSource(ArabicRule.class)
  void everyRuleHasACase(ArabicRule rule) {
    assertThat(CASES).anyMatch(c -> c.rule() == rule);
  }

  private static boolean meet(Case c, Set<ArabicRule> rules) {
    try (Analyzer analyzer =
        c.stemmed() ? ArabicSearchAnalyzer.stemmed(rules) : ArabicSearchAnalyzer.exact(rules)) {
      List<String> a = AnalyzedTerms.of(analyzer, c.a());
      assertThat(a).as("terms of " + c.a()).isNotEmpty();
      return a.equals(AnalyzedTerms.of(analyzer, c.b()));
    }
  }
}
