package org.fahras.plugins.arabic;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/** The provider the host sees: identity, fields, and analyzers fit for concurrent use. */
class ArabicAnalyzerProviderTest {

  private static final String TEXT =
      "وَالكِتَابُ جَمِيلٌ، ذهب إلى المدينة باستخدام ﺍﻟﻌﺮﺑﻴﺔ في ٢٠٢٣ مسؤول Google's";

  private final ArabicAnalyzerProvider provider = new ArabicAnalyzerProvider();

  {
    // The layout of separate fields, one analyzer per field (the compact layout:
    // ArabicCompactLayoutTest).
    provider.configure(Map.of(ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION, "true"));
  }

  @Test
  void isAnExtensionWithIdArabic() {
    assertThat(ArabicAnalyzerProvider.class.isAnnotationPresent(Extension.class)).isTrue();
    assertThat(provider.id()).isEqualTo("arabic");
    assertThat(new ArabicAnalyzerProvider().analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION);
    assertThat(provider.analysisVersion())
        .isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-on:" + ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION);
  }

  @Test
  void offersStemmedExactAndVocalisedByDefault() {
    assertThat(provider.fields())
        .containsExactlyInAnyOrder(
            AnalysisField.STEMMED, AnalysisField.EXACT, AnalysisField.VOCALISED);
  }

  @Test
  void stemmedAndExactAnalyzersDiffer() {
    assertThat(AnalyzedTerms.of(provider.indexAnalyzer(AnalysisField.STEMMED), "والكتاب"))
        .containsExactly("كتاب");
    assertThat(AnalyzedTerms.of(provider.indexAnalyzer(AnalysisField.EXACT), "والكتاب"))
        .containsExactly("والكتاب");
  }

  @Test
  void queryAnalyzerIsTheIndexAnalyzer() {
    for (AnalysisField field : provider.fields()) {
      assertThat(provider.queryAnalyzer(field)).isSameAs(provider.indexAnalyzer(field));
    }
  }

  @Test
  void unsupportedFieldIsRejectedWithItsName() {
    assertThatThrownBy(() -> provider.indexAnalyzer(AnalysisField.ROOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ROOT");
  }

  @Test
  void analyzersGiveTheSameTermsFromManyThreads() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (AnalysisField field : provider.fields()) {
        Analyzer analyzer = provider.indexAnalyzer(field);
        List<String> expected = AnalyzedTerms.of(analyzer, TEXT);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          tasks.add(() -> sameTermsRepeatedly(analyzer, expected));
        }
        for (Future<Boolean> result : pool.invokeAll(tasks)) {
          assertThat(result.get()).as(field.name()).isTrue();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean sameTermsRepeatedly(Analyzer analyzer, List<String> expected) {
    for (int i = 0; i < 500; i++) {
      if (!AnalyzedTerms.of(analyzer, TEXT).equals(expected)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void analyzersHandleMixedArabicLatinAndDigits() {
    assertThat(AnalyzedTerms.of(provider.indexAnalyzer(AnalysisField.EXACT), TEXT))
        .contains("والكتاب", "المدينه", "العربيه", "2023");
    assertThat(AnalyzedTerms.of(provider.indexAnalyzer(AnalysisField.STEMMED), TEXT))
        .contains("كتاب", "مدينه", "عربي", "2023");
  }
}
