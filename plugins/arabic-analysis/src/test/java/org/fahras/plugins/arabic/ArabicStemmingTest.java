package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Light stemming on the STEMMED analyzer: Lucene's rules plus the extra proclitic clusters. */
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
    check("بالمدينة", "مدين");
    check("كالعادة", "عاد");
    check("فالعلم", "علم");
  }

  public void testCombinationsLuceneMissesAreStripped() throws IOException {
    check("وبالتالي", "تال");
    check("وللطلاب", "طلاب");
    check("وكالعادة", "عاد");
    check("فبالعلم", "علم");
    check("فللطلاب", "طلاب");
  }

  public void testPrepositionBeforeVerbalNounIsStripped() throws IOException {
    check("باستخدام", "استخدام");
    check("وباستخدام", "استخدام");
    check("لاستكمال", "استكمال");
    check("فباستخدام", "استخدام");
    check("بإعادة", "اعاد");
    check("إعادة", "اعاد");
  }

  public void testSuffixesAreStripped() throws IOException {
    check("كتابها", "كتاب");
    check("معلمان", "معلم");
    check("معلمات", "معلم");
    check("معلمون", "معلم");
    check("معلمين", "معلم");
    check("عربيه", "عرب");
    check("عربية", "عرب");
    check("كتابه", "كتاب");
    check("مدرسة", "مدرس");
    check("عربي", "عرب");
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
    check("فاطمة", "فاطم"); // Lucene strips the teh marbuta, nothing more
    check("باسل", "باسل");
  }

  public void testInflectionsOfAWordStartingWithKafAlefMeet() throws IOException {
    check("كاتب كاتبة كاتبات الكاتبة", "كاتب", "كاتب", "كاتب", "كاتب");
  }

  public void testLatinWordsArePorterStemmed() throws IOException {
    check("Google's running", "googl", "run");
  }

  public void testDigitsAreNotStemmed() throws IOException {
    check("٢٠٢٣", "2023");
  }

  private void check(String input, String... expected) throws IOException {
    assertAnalyzesTo(stemmed, input, expected);
  }
}
