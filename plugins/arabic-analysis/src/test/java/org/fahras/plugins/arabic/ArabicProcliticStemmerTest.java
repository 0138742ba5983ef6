package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proclitic rules on their own, applied to stems as Lucene's stemmer leaves them. */
class ArabicProcliticStemmerTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // clusters ending in the article
    "فبالعلم, علم",
    "فكالعاد, عاد",
    "فللطلاب, طلاب",
    "بالتال, تال",
    "كالعاد, عاد",
    "فالعلم, علم",
    "للطلاب, طلاب",
    // prepositions before an alef
    "باستخدام, استخدام",
    "لاستكمال, استكمال",
    "كاعتبار, اعتبار",
    "فباستخدام, استخدام",
    "فلانتظار, انتظار",
    "فكامثال, امثال",
    "باعاد, اعاد",
  })
  void stripsCluster(String stem, String expected) {
    assertThat(stem(stem)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} kept")
  @CsvSource({
    "بالغ", // article cluster would leave one letter
    "كالم", // article cluster would leave one letter
    "للعب", // lam-lam would leave two letters
    "كامل", // preposition would leave three letters
    "باحث",
    "لاعب",
    "بحث", // no alef after the preposition
    "بيروت",
    "فلسطين",
    "فبراير",
    "ليبيا",
    "فاطم", // a lone feh is never a preposition here
    "استخدام",
  })
  void keepsWord(String stem) {
    assertThat(stem(stem)).isEqualTo(stem);
  }

  private static String stem(String input) {
    char[] buffer = input.toCharArray();
    return new String(buffer, 0, ArabicProcliticStemmer.stem(buffer, buffer.length));
  }
}
