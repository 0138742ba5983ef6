package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Normalisation rules of the chain, checked on the EXACT analyzer (no stemming in the way). */
public class ArabicNormalizationTest extends BaseTokenStreamTestCase {

  private Analyzer exact;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    exact = ArabicSearchAnalyzer.exact();
  }

  @Override
  public void tearDown() throws Exception {
    exact.close();
    super.tearDown();
  }

  public void testHamzaOnAlefFoldsToBareAlef() throws IOException {
    check("أحمد", "احمد");
    check("إسلام", "اسلام");
    check("آمن", "امن");
    check("ٱستغفر", "استغفر");
  }

  public void testDecomposedHamzaIsComposedBeforeMarksAreRemoved() throws IOException {
    check("\u0627\u0654حمد", "احمد"); // alef + combining hamza above = أحمد
    check("مس\u0648\u0654ول", "مسءول"); // waw + combining hamza above = مسؤول
  }

  public void testHamzaOnWawAndYehFoldsToStandaloneHamza() throws IOException {
    check("مسؤول", "مسءول");
    check("مسئول", "مسءول");
    check("شؤون", "شءون");
    check("شئون", "شءون");
    check("سؤال", "سءال");
    check("ضوء", "ضوء");
  }

  public void testTashkeelIsRemoved() throws IOException {
    check("كَتَبَ", "كتب"); // fatha
    check("كُتُبٌ", "كتب"); // damma, dammatan
    check("مُدَرِّسٍ", "مدرس"); // shadda, kasratan
    check("شُكْرًا", "شكرا"); // sukun, fathatan
  }

  public void testTatweelIsRemoved() throws IOException {
    check("الـــكتاب", "الكتاب");
    check("جـميـل", "جميل");
  }

  public void testTokenOfTatweelAloneIsDropped() throws IOException {
    check("ـــ");
  }

  public void testTehMarbutaFoldsToHeh() throws IOException {
    check("مدرسة", "مدرسه");
  }

  public void testAlefMaksuraFoldsToYeh() throws IOException {
    check("مستوى", "مستوي");
  }

  public void testPersianAndUrduLettersFoldToArabic() throws IOException {
    check("یوم", "يوم"); // Farsi yeh
    check("ېوم", "يوم"); // Pashto e
    check("ۍوم", "يوم"); // yeh with tail
    check("کتاب", "كتاب"); // keheh
    check("مدرسە", "مدرسه"); // ae
    check("خانۀ", "خانه"); // heh with yeh above
    check("ھندی", "هندي"); // heh doachashmee, Farsi yeh
    check("نے", "ني"); // yeh barree
  }

  public void testPresentationFormsFoldToBaseLetters() throws IOException {
    check("ﺍﻟﻌﺮﺑﻴﺔ", "العربيه");
    check("ﺃﺣﻤﺪ", "احمد");
    check("ﷲ", "الله");
  }

  public void testLamAlefLigatureFoldsToLamAndAlef() throws IOException {
    check("ﻻﻋﺐ", "لاعب");
    check("اﻟﺴﻼم", "السلام");
    check("ﻷن ﻹسلام", "لان", "لاسلام");
  }

  public void testIsolatedFormsOfHarakatAreRemoved() throws IOException {
    check("كتاب\uFE70", "كتاب"); // fathatan isolated form: NFKC would give a space
    check("مدرس\uFC60", "مدرس"); // shadda with fatha isolated form
  }

  public void testMultiWordLigatureStaysOneTerm() throws IOException {
    check("محمد ﷺ", "محمد", "ﷺ");
  }

  public void testArabicIndicDigitsFoldToAscii() throws IOException {
    check("٢٠٢٣", "2023");
    check("۲۰۲۳", "2023");
    check("٢٠٢٣م", "2023م");
  }

  public void testZeroWidthCharactersAreRemoved() throws IOException {
    check("بيونغ\u200Cيانغ", "بيونغيانغ"); // zero-width non-joiner
    check("كتاب\u200D", "كتاب"); // zero-width joiner
    check("\uFEFFكتاب", "كتاب"); // byte-order mark
  }

  public void testBidiControlsAreRemoved() throws IOException {
    check("\u200Fمرحبا\u200F", "مرحبا"); // right-to-left mark
    check("\u061Cمرحبا", "مرحبا"); // Arabic letter mark
    check("\u202Bمرحبا\u202C", "مرحبا"); // embedding and pop
    check("\u2067مرحبا\u2069", "مرحبا"); // isolate and pop
  }

  public void testDaggerAlefIsRemoved() throws IOException {
    check("ٱلرَّحْمَٰنِ", "الرحمن");
    check("إِلَٰهٌ", "اله");
    // Where the Quranic rasm writes a dagger alef for a full alef, the term differs from the
    // modern spelling (الكتاب); removing it matches the far commoner هٰذا, ذٰلك, الرحمٰن.
    check("ٱلْكِتَٰبُ", "الكتب");
  }

  public void testQuranicMarksAreRemoved() throws IOException {
    check("ٱلرَّحِيمِ ۝١", "الرحيم", "1"); // end of ayah attached to its number
    check("رَيْبَ ۛ هُدًى", "ريب", "هدي"); // a pause mark standing alone yields no token
    check("ءَامَنُوا۟", "ءامنوا"); // small high rounded zero U+06DF
    check("يَٰٓأَيُّهَا", "يايها"); // dagger alef and maddah above
    check("رَسُولِهِۦ", "رسوله"); // small yeh U+06E6
    check("كِتَٰبَهُۥ", "كتبه"); // small waw U+06E5
  }

  public void testHonorificSignsAreRemoved() throws IOException {
    check("محمد\u0610", "محمد");
  }

  public void testLatinIsCaseFolded() throws IOException {
    check("Fahras SEARCH", "fahras", "search");
  }

  public void testScriptChangeSplitsToken() throws IOException {
    check("Googleجوجل", "google", "جوجل");
  }

  public void testEmptyInputGivesNoTokens() throws IOException {
    check("");
    check("   ");
  }

  private void check(String input, String... expected) throws IOException {
    assertAnalyzesTo(exact, input, expected);
  }
}
