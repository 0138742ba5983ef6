package org.fahras.examples.tashkeel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.api.AnalysisField;
import org.fahras.testkit.FahrasTestHost;
import org.junit.jupiter.api.Test;

/** The provider loaded into a real host: its analysis indexes and searches. */
class TashkeelFreeAnalyzerProviderTest {

  static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(t.toString());
      }
      ts.end();
    }
    return terms;
  }

  @Test
  void removesTashkeelAndTatweelAndLowerCases() throws IOException {
    Analyzer a = new TashkeelFreeAnalyzerProvider().indexAnalyzer(AnalysisField.STEMMED);

    assertThat(terms(a, "كَتَبَ الطالبُ الدرسَ بعنايـــة Fahras")).containsExactly("كتب", "الطالب", "الدرس", "بعناية", "fahras");
  }

  @Test
  void theHostUsesItToIndexAndSearch() {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      assertThat(fahras.analysis().isFallback()).isFalse();
      assertThat(fahras.analysis().signature()).startsWith("tashkeel-free:1");
      fahras.document("a.txt", "كَتَبَ الطالبُ الدرسَ");
      fahras.document("b.txt", "قرأ المعلم الكتاب");
      fahras.index();

      // With or without tashkeel on either side, the word is found and highlighted as written.
      assertThat(fahras.search("كتب").hits()).singleElement()
          .satisfies(h -> assertThat(h.snippets().get(0)).contains("<mark>كَتَبَ</mark>"));
      assertThat(fahras.search("الطَّالب").total()).isEqualTo(1);
      // No stemming: the article stays part of the word.
      assertThat(fahras.search("طالب").total()).isZero();
    }
  }
}
