package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ROOT field: off by default; when on, words of one root meet, whatever their template. */
class ArabicRootFieldTest {

  private static final ArabicAnalyzerProvider PROVIDER = new ArabicAnalyzerProvider();
  private static Analyzer root;

  @BeforeAll
  static void switchOn() {
    PROVIDER.configure(Map.of("rootField", "true"));
    root = PROVIDER.indexAnalyzer(AnalysisField.ROOT);
  }

  @AfterAll
  static void close() {
    root.close();
  }

  @Test
  void isOffByDefaultAndItsOptionChangesTheVersion() {
    ArabicAnalyzerProvider fresh = new ArabicAnalyzerProvider();
    assertThat(fresh.fields()).doesNotContain(AnalysisField.ROOT);
    assertThat(fresh.options())
        .filteredOn(o -> o.key().equals("rootField"))
        .singleElement()
        .satisfies(o -> assertThat(o.defaultValue()).isEqualTo("false"));
    assertThat(PROVIDER.fields()).contains(AnalysisField.ROOT);
    assertThat(PROVIDER.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-on:rootField");
    fresh.configure(Map.of("rootField", "true", "vocalisedField", "false", "hamza", "false"));
    assertThat(fresh.analysisVersion()).isEqualTo(ArabicAnalyzerProvider.ANALYSIS_VERSION + "-off:hamza,vocalisedField-on:rootField");
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
    "شرب, شرب, three letters",
    "الشراب, شرب, فعال",
    "شارب, شرب, فاعل",
    "مشروب, شرب, مفعول",
    "مشروبات, شرب, مفعول + plural",
    "مشرب, شرب, مفعل",
    "مشارب, شرب, مفاعل",
    "أشربة, شرب, افعلة",
    "نزيل, نزل, فعيل",
    "منازل, نزل, مفاعل",
    "نزول, نزل, فعول",
    "تنزيل, نزل, تفعيل",
    "بالمنزل, نزل, clitic + مفعل",
    "استقبال, قبل, استفعال",
    "مستقبل, قبل, مستفعل",
    "استقبل, قبل, استفعل",
    "المقابلات, قبل, مفاعلة + plural",
    "تقابل, قبل, تفاعل",
    "اقتراح, قرح, افتعال",
    "مقترح, قرح, مفتعل",
    "انكسار, كسر, انفعال",
    "اصطدام, صدم, افتعال after ص",
    "مطاعم, طعم, مفاعل",
    "رسائل, رسل, فعائل",
    "عواصف, عصف, فواعل",
    "عصافير, عصفر, quadri-literal فعاليل is out of reach: no",
    "صار, صور, hollow: middle alef",
    "مكان, كون, hollow مفعل",
    "أمر, ءمر, initial hamza",
    "مأمور, ءمر, initial hamza after م",
    "سد, سدد, doubled",
    "زلزلة, زلزل, quadri-literal",
  })
  void reducesWordsToTheirRoots(String word, String expected, String template) {
    if (template.endsWith(": no")) {
      assertThat(AnalyzedTerms.of(root, word)).as(template).doesNotContain(expected);
    } else {
      assertThat(AnalyzedTerms.of(root, word)).as(template).containsExactly(expected);
    }
  }

  @Test
  void keepsLatinWordsAndPositions() {
    assertThat(AnalyzedTerms.of(root, "المكتبات في Google")).containsExactly("كتب", "googl");
  }
}
