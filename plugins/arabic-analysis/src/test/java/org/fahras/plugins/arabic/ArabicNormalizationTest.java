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

  /** One case: the text, its terms, and their offsets in the text as written. */
  private record Case(String text, String[] terms, int[] starts, int[] ends) {}

  private static Case word(String text, String term) {
    return new Case(text, new String[] {term}, new int[] {0}, new int[] {text.length()});
  }

  private void checkAll(Case... cases) throws IOException {
    for (Case c : cases) {
      try {
        assertAnalyzesTo(exact, c.text(), c.terms(), c.starts(), c.ends());
      } catch (AssertionError e) {
        throw new AssertionError(escape(c.text()) + ": " + e.getMessage(), e);
      }
    }
  }

  public void testUrduTehMarbutaGoalAndHehGoalWithHamzaFold() throws IOException {
    checkAll(
        word("مدرسۃ", "مدرسه"), // U+06C3 TEH MARBUTA GOAL, as ة
        word("مدرسۂ", "مدرسه"), // U+06C2 HEH GOAL WITH HAMZA ABOVE, as ه
        word("مدرسة", "مدرسه"),
        word("مدرسہ", "مدرسه"), // U+06C1 HEH GOAL
        word("مدرسـۃ", "مدرسه"), // with a tatweel
        word("حکومۃ", "حكومه"), // with keheh
        new Case("دفترۂ ریاست", new String[] {"دفتره", "رياست"}, new int[] {0, 6}, new int[] {5, 11}));
  }

  public void testKurdishAndUyghurWawAndYehLettersAreKept() throws IOException {
    // Letters of their own in those languages, not keyboard variants of و and ي.
    checkAll(
        word("کۆ", "كۆ"), // U+06C6 OE
        word("ئۇ", "ءۇ"), // U+06C7 U
        word("ۋەتەن", "ۋهتهن"), // U+06CB VE, ە folded
        word("بێ", "بێ"), // U+06CE YEH WITH SMALL V
        word("بۑ", "بۑ")); // U+06D1 YEH WITH THREE DOTS BELOW
  }

  public void testOldYehHamzaSpellingMeetsYehHamza() throws IOException {
    checkAll(
        word("شاطىء", "شاطء"), // ى + ء, the old spelling of ئ
        word("شاطئ", "شاطء"),
        word("مبادىء", "مبادء"),
        word("مبادئ", "مبادء"),
        word("الشاطىء", "الشاطء"),
        word("شاطِىءٌ", "شاطء"), // with tashkeel
        word("شاطىـء", "شاطء"), // a tatweel between them
        word("ناشىءة", "ناشءه"), // inside the word
        word("قارئ", "قارء"),
        // A dotted ي before ء is written so: left alone here (the stemmer reads a final يء as ئ).
        word("شيء", "شيء"),
        word("بريء", "بريء"),
        // ى elsewhere is still ي.
        word("مستوى", "مستوي"),
        new Case("شاطىء البحر", new String[] {"شاطء", "البحر"}, new int[] {0, 6}, new int[] {5, 11}));
  }

  public void testInvisibleCharactersInsideAWordDoNotSplitIt() throws IOException {
    char[] invisible = {
      '\u200B', // zero-width space
      '\u200C', // zero-width non-joiner
      '\u200D', // zero-width joiner
      '\u200E', // left-to-right mark
      '\u200F', // right-to-left mark
      '\u061C', // Arabic letter mark
      '\u2060', // word joiner
      '\uFEFF', // byte-order mark (zero-width no-break space)
      '\u202B', // right-to-left embedding
      '\u2067', // right-to-left isolate
    };
    for (char c : invisible) {
      String x = String.valueOf(c);
      checkAll(
          word("بيت" + x + "كوين", "بيتكوين"),
          word("بيت" + x + x + "كوين", "بيتكوين"),
          word("bit" + x + "coin", "bitcoin"),
          new Case(
              "سعر ال" + x + "بيت" + x + "كوين",
              new String[] {"سعر", "البيتكوين"},
              new int[] {0, 4},
              new int[] {3, 15}),
          // At a script change the word is still split there; the invisible character is in the
          // first part's offsets, as a ZWNJ was before.
          new Case(
              "Google" + x + "جوجل",
              new String[] {"google", "جوجل"},
              new int[] {0, 7},
              new int[] {7, 11}));
    }
    // Before a word it is left out of the offsets; after a word it is in them (as an RLM there
    // always was: the word rules keep a format character with the word before it).
    checkAll(
        new Case(
            "\u200Bكتاب \u200Bجديد\u200B",
            new String[] {"كتاب", "جديد"},
            new int[] {1, 7},
            new int[] {5, 12}));
  }

  public void testArabicDecimalAndThousandsSeparatorsBetweenDigits() throws IOException {
    checkAll(
        word("٢٫٥", "2.5"), // U+066B ARABIC DECIMAL SEPARATOR
        word("2.5", "2.5"),
        word("۲٫۵", "2.5"), // Eastern Arabic-Indic digits
        word("١٢٬٥٠٠", "12,500"), // U+066C ARABIC THOUSANDS SEPARATOR
        word("12,500", "12,500"),
        word("١٬٢٣٤٫٥", "1,234.5"),
        word("3٫14", "3.14"),
        new Case(
            "نسبة ٢٫٥ بالمئة", new String[] {"نسبه", "2.5", "بالمءه"}, new int[] {0, 5, 9},
            new int[] {4, 8, 15}));
  }

  private void check(String input, String... expected) throws IOException {
    assertAnalyzesTo(exact, input, expected);
  }
}
