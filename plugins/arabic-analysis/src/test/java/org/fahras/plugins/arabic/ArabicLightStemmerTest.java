package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@link ArabicLightStemmer}, through the STEMMED analyzer and on their own. */
class ArabicLightStemmerTest {

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
    "كتابهم, كتاب, pronoun هم",
    "كتابها, كتاب, pronoun ها",
    "كتابكما, كتاب, pronoun كما",
    "بيتنا, بيت, pronoun نا: a short stem keeps its ت",
    "حكومتنا, حكومة, ت before a pronoun is the ة",
    "مدينتها, مدينة, ت before a pronoun is the ة",
    "عاصمتها, عاصمة, ت before a pronoun is the ة",
    "سيارتي, سيارة, ت before ي is the ة",
    "رحلته, رحلة, ه after ت is a pronoun",
    "مقدمته, مقدمة, ه after ت is a pronoun",
    "المدرستين, المدرسة, ت before the dual is the ة",
    "أنواعه, أنواع, ه off a long stem",
    "مهندسة, مهندس, ة off a long stem",
    "معلمون, معلمين, plural suffixes",
    "كتابان, كتاب, dual",
    "معلوماتها, معلومات, pronoun then plural",
    "الخوارزميات, الخوارزمي, plural of a relative adjective",
    "العثمانيين, العثمانية, relative adjective: plural and feminine",
    "العربية, العربي, feminine relative adjective",
    "وبالتالي, التالي, conjunction + preposition + article",
    "والكتاب, كتاب, conjunction + article",
    "وروسيا, روسيا, conjunction before a long word",
  })
  void meet(String one, String other, String rule) {
    assertThat(AnalyzedTerms.meet(stemmed, one, other))
        .as(rule + ": " + AnalyzedTerms.of(stemmed, one) + " / " + AnalyzedTerms.of(stemmed, other))
        .isTrue();
  }

  @ParameterizedTest(name = "{0} ≠ {1} ({2})")
  @CsvSource({
    "وزير, زير, a lone و before three letters is part of the word",
    "سنة, سن, ة kept on a short stem",
    "جنة, جن, ة kept on a short stem",
    "مدة, مد, ة kept on a short stem",
    "مدرسة, مدرس, ة kept on a four-letter stem",
    "جامعة, جامع, ة kept on a four-letter stem",
    "مكتبة, مكتب, ة kept on a four-letter stem",
    "طائرة, طائر, ة kept on a four-letter stem",
    "سيارة, سيار, ة kept on a four-letter stem",
    "شبه, شب, ه kept on a short stem",
    "فقه, فق, ه kept on a short stem",
    "زيتون, زيت, ون needs four letters left",
    "سلمون, سلم, ون needs four letters left",
    "قانون, قان, ون needs four letters left",
    "حسين, حس, ين needs four letters left",
    "أمين, أم, ين needs four letters left",
    "يمين, يم, ين needs four letters left",
    "بستان, بست, ان needs four letters left",
    "إنسان, انس, ان needs four letters left",
    "حيوان, حيو, ان needs four letters left",
    "شمسية, شمس, relative adjective keeps its ي",
    "العربية, العرب, relative adjective keeps its ي",
    "نبات, نب, ات needs three letters left",
  })
  void stayApart(String one, String other, String why) {
    assertThat(AnalyzedTerms.of(stemmed, one)).isNotEmpty();
    assertThat(AnalyzedTerms.meet(stemmed, one, other))
        .as(why + ": " + AnalyzedTerms.of(stemmed, one) + " / " + AnalyzedTerms.of(stemmed, other))
        .isFalse();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // short words and names are kept
    "بيت, بيت",
    "سنه, سنه",
    "وزير, وزير",
    "وجد, وجد",
    "بغداد, بغداد",
    "بيروت, بيروت",
    "فاطمه, فاطمه",
    "عربي, عربي",
    "كرسي, كرسي",
    "نبات, نبات",
    "حسين, حسين",
    // prefixes and suffixes
    "الكتاب, كتاب",
    "وكتاب, كتاب",
    "وللطلاب, طلاب",
    "كتابهم, كتاب",
    "حكومتنا, حكومه",
    "مهندسه, مهندس",
    "انواعه, انواع",
    "مدينتها, مدينه",
    "سيارتي, سياره",
    "رحلته, رحله",
    "مدرستين, مدرسه",
    "معلمات, معلمه",
    "معلمون, معلم",
    "عربيه, عربي",
    "خوارزميات, خوارزم",
    "كاتبات, كاتبه",
    "باستخدام, استخدام",
  })
  void stems(String folded, String expected) {
    char[] buffer = folded.toCharArray();
    int len = new ArabicLightStemmer(true, true).stem(buffer, buffer.length);
    assertThat(new String(buffer, 0, len)).isEqualTo(expected);
  }

  /**
   * Letters that allow two readings give two stems at one position: an ات plural (of a noun in ة
   * or of a masculine noun), a relative adjective (of a noun with or without ة), a written final
   * ه (pronoun, or ة typed as ه), ت before a pronoun on a three-letter stem, a final ي on a
   * three-letter stem, a ل before a long word.
   */
  @ParameterizedTest(name = "{0} → {1} and {2}")
  @CsvSource({
    "نباتات, نباته, نبات",
    "جامعات, جامعه, جامع",
    "الحكومات, حكومه, حكوم",
    "حكوماتهم, حكومه, حكوم",
    "الكاءنات, كاءنه, كاءن",
    "الزراعيه, زراع, زراعه",
    "الحراري, حرار, حراره",
    "كتابه, كتابه, كتاب",
    "مدرسه, مدرسه, مدرس",
    "لغتهم, لغت, لغه",
    "بيتنا, بيت, بيه",
    "قلبي, قلبي, قلب",
    "كرسي, كرسي, كرس",
    "لبغداد, لبغداد, بغداد",
  })
  void ambiguousWordsHaveTwoStems(String folded, String first, String second) {
    char[] buffer = folded.toCharArray();
    ArabicLightStemmer stemmer = new ArabicLightStemmer(true, true);
    int len = stemmer.stem(buffer, buffer.length);
    assertThat(new String(buffer, 0, len)).isEqualTo(first);
    assertThat(new String(stemmer.alternative(), 0, stemmer.alternativeLength()))
        .isEqualTo(second);
  }

  @ParameterizedTest(name = "{0}: one stem")
  @CsvSource({"جامعة", "جامع", "مهندسات", "مصطلحات", "عربيات", "كتابهم", "نبات"})
  void otherWordsHaveOneStem(String folded) {
    char[] buffer = folded.toCharArray();
    ArabicLightStemmer stemmer = new ArabicLightStemmer(true, true);
    stemmer.stem(buffer, buffer.length);
    assertThat(stemmer.alternativeLength()).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
    "بمدينتهم, مدينه, a preposition goes before a noun with a pronoun",
    "لمدرستنا, مدرسه, a preposition goes before a noun with a pronoun",
    "لجنتهم, لجنه, but not from a short stem",
    "سنتين, سنه, dual of a short noun in ة",
    "مرتان, مره, dual of a short noun in ة",
    "حسين, حسين, ين off a short stem only after ت",
    "مباديء, مبادء, final يء is the regional ئ",
    "شيء, شء, final يء is the regional ئ",
    "كتابك, كتاب, pronoun ك",
    "سلوك, سلوك, ك after a long vowel is a root letter",
    "مشترك, مشترك, ك after ر is a root letter",
    "فلسطينيون, فلسطين, no ني pronoun on nouns",
    "وساءل, وساءل, و before C ا ء C is a root letter",
    "وكتاب, كتاب, conjunction before a four-letter word",
    "وزاره, وزاره, conjunction needs four letters besides a final ة",
    "وفتح, فتح, conjunction before three consonants",
    "وزير, وزير, a long vowel in the middle: the و is a root letter",
    "وسام, وسام, a long vowel in the middle: the و is a root letter",
    "وطني, وطني, a relative adjective of a root in و",
    "انتشارا, انتشار, accusative alef",
    "كيلومترا, كيلومتر, accusative alef",
    "عصا, عصا, a two-letter rest keeps its alef",
    "للغه, لغه, ل before اللغة",
    "للطب, طب, ل before الطب",
  })
  void moreRules(String folded, String expected, String rule) {
    char[] buffer = folded.toCharArray();
    int len = new ArabicLightStemmer(true, true).stem(buffer, buffer.length);
    assertThat(new String(buffer, 0, len)).as(rule).isEqualTo(expected);
  }

  @Test
  void restoresAnUnfoldedTehMarbutaWhenTheRuleIsOff() {
    char[] buffer = "مدينتها".toCharArray();
    int len = new ArabicLightStemmer(true, false).stem(buffer, buffer.length);
    assertThat(new String(buffer, 0, len)).isEqualTo("مدينة");
  }
}
