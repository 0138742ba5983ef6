package org.fahras.plugins.arabic;


import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Light stemming on the STEMMED analyzer: {@link ArabicLightStemmer}, proclitic clusters. */
public class ArabicStemmingTest extends BaseTokenStreamTestCase {

  private Analyzer stemmed;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    stemmed = ArabicSearchAnalyzer.stemmed();
  }

  @Override
  public void tearDown() throws Exception {
    stemmed.close();
    super.tearDown();
  }

  public void testSingleProcliticsAreStripped() throws IOException {
    check("الكتاب", "كتاب");
    check("وكتاب", "كتاب");
    check("للطلاب", "طلاب");
  }

  public void testProcliticsBeforeTheArticleAreStripped() throws IOException {
    check("والكتاب", "كتاب");
    check("بالمدينة", "مدينه");
    check("كالعادة", "عاده");
    check("فالعلم", "علم");
  }

  public void testCombinationsLuceneMissesAreStripped() throws IOException {
    checkFirst("وبالتالي", "تالي");
    check("وللطلاب", "طلاب");
    check("وكالعادة", "عاده");
    check("فبالعلم", "علم");
    check("فللطلاب", "طلاب");
  }

  public void testPrepositionBeforeVerbalNounIsStripped() throws IOException {
    check("باستخدام", "استخدام");
    check("وباستخدام", "استخدام");
    check("لاستكمال", "استكمال");
    check("فباستخدام", "استخدام");
    check("بإعادة", "اعاده");
    check("إعادة", "اعاده");
  }

  public void testSuffixesAreStripped() throws IOException {
    check("كتابها", "كتاب");
    check("معلمان", "معلم");
    assertAnalyzesTo(stemmed, "معلمات", new String[] {"معلمه", "معلم"}, new int[] {1, 0});
    check("معلمون", "معلم");
    check("معلمين", "معلم");
    check("عربيه", "عربي");
    check("عربية", "عربي");
    // A written ه may be the pronoun or a ة typed as ه: both stems, at one position.
    assertAnalyzesTo(stemmed, "كتابه", new String[] {"كتابه", "كتاب"}, new int[] {1, 0});
    check("مدرسة", "مدرسه");
    assertAnalyzesTo(stemmed, "عربي", new String[] {"عربي", "عرب"}, new int[] {1, 0});
  }

  public void testShortWordsKeepTheirFirstLetter() throws IOException {
    check("بحث", "بحث");
    check("باب", "باب");
    check("وجد", "وجد");
    check("فكر", "فكر");
    check("كامل", "كامل");
    check("لاعب", "لاعب");
  }

  public void testNamesKeepTheirFirstLetter() throws IOException {
    check("بغداد", "بغداد");
    check("بيروت", "بيروت");
    check("فاطمة", "فاطمه"); // a four-letter stem keeps its teh marbuta
    check("باسل", "باسل");
  }

  public void testInflectionsOfAWordStartingWithKafAlefMeet() throws IOException {
    // The ات plural stands for both singulars, at one position.
    assertAnalyzesTo(
        stemmed,
        "كاتب كاتبة كاتبات الكاتبة",
        new String[] {"كاتب", "كاتبه", "كاتبه", "كاتب", "كاتبه"},
        new int[] {1, 1, 1, 0, 1});
  }

  public void testLatinWordsArePorterStemmed() throws IOException {
    check("Google's running", "googl", "run");
  }

  public void testDigitsAreNotStemmed() throws IOException {
    check("٢٠٢٣", "2023");
  }

  public void testOffsetsAreThoseOfTheSurfaceWords() throws IOException {
    assertAnalyzesTo(
        stemmed,
        "وبالتالي حكومتنا وزير مدينتها",
        new String[] {"تالي", "تال", "حكومه", "وزير", "مدينه"},
        new int[] {0, 0, 9, 17, 22},
        new int[] {8, 8, 16, 21, 29});
  }

  private void check(String input, String... expected) throws IOException {
    assertAnalyzesTo(stemmed, input, expected);
  }

  /** Checks the first term at each position, leaving out any second stem. */
  private void checkFirst(String input, String... expected) throws IOException {
    org.assertj.core.api.Assertions.assertThat(AnalyzedTerms.firstAtEachPosition(stemmed, input))
        .containsExactly(expected);
  }
}
