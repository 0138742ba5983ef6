package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings that a search must treat as one word, and words it must keep apart. */
class StemmedTermPairsTest {

  private static Analyzer stemmed;

  @BeforeAll
  static void createAnalyzer() {
    stemmed = ArabicSearchAnalyzer.stemmed();
  }

  @AfterAll
  static void closeAnalyzer() {
    stemmed.close();
  }

  @ParameterizedTest(name = "{0} = {1} ({2})")
  @CsvSource({
    "كوريا, كُورِيَا, tashkeel",
    "الإقليمي, الاقليمي, hamza below alef",
    "أحمد, احمد, hamza above alef",
    "القرآن, القران, madda",
    "ٱلرحمن, الرحمن, alef wasla",
    "مسؤول, مسئول, hamza on waw or yeh",
    "شؤون, شئون, hamza on waw or yeh",
    "الكورية, الكوريه, teh marbuta",
    "المستوى, المستوي, alef maksura",
    "وروسيا, روسيا, conjunction",
    "باستخدام, استخدام, preposition before verbal noun",
    "وبالتالي, التالي, conjunction + preposition + article",
    "فبالعلم, العلم, conjunction + preposition + article",
    "وللطلاب, الطلاب, conjunction + lam + article",
    "مُدَرِّسٌ, مدرس, shadda and tanween",
    "الـــكتاب, الكتاب, tatweel",
    "کتاب, كتاب, Persian keheh",
    "عربی, عربي, Farsi yeh",
    "ﺍﻟﻌﺮﺑﻴﺔ, العربية, presentation forms",
    "ﻻﻋﺐ, لاعب, lam-alef ligature",
    "٢٠٢٣, 2023, Arabic-Indic digits",
    "۲۰۲۳, 2023, Persian digits",
    "بيونغ‌يانغ, بيونغيانغ, zero-width non-joiner",
    "المعلمون, معلمين, plural suffixes",
  })
  void spellingVariantsMeet(String one, String other, String rule) {
    assertThat(AnalyzedTerms.meet(stemmed, one, other))
        .as(rule + ": " + AnalyzedTerms.of(stemmed, one) + " / " + AnalyzedTerms.of(stemmed, other))
        .isTrue();
  }

  @ParameterizedTest(name = "{0} ≠ {1} ({2})")
  @CsvSource({
    "سؤال, سأل, question (noun) vs asked (verb): hamza seat kept apart from hamza on alef",
    "سلام, سلم, peace vs ladder: a long vowel inside the word is not stemmed away",
    "علم, عالم, knowledge vs world",
    "عربي, غربي, Arabic vs western: dotted letters are never merged",
    "بحث, حث, research vs urge: a short word keeps its first letter",
    "فلسطين, لسطين, a name keeps its first letter: no preposition before a non-alef",
    "كامل, امل, complete vs hope: a short stem keeps its kaf",
    "جمال, جمل, beauty vs camel",
    "ضوء, ضو, light: a standalone hamza is a letter, not a mark",
  })
  void differentWordsStayApart(String one, String other, String why) {
    assertThat(AnalyzedTerms.of(stemmed, one)).isNotEmpty();
    assertThat(AnalyzedTerms.meet(stemmed, one, other))
        .as(why + ": " + AnalyzedTerms.of(stemmed, one) + " / " + AnalyzedTerms.of(stemmed, other))
        .isFalse();
  }
}
