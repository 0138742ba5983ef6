package org.fahras.plugins.arabic;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

/** Properties of the whole chain: offsets, empty input, query-term normalisation, robustness. */
public class ArabicSearchAnalyzerTest extends BaseTokenStreamTestCase {

  public void testOffsetsCoverSurfaceWordWithTashkeel() throws IOException {
    String text = "وَالكِتَابُ جَمِيلٌ";
    try (Analyzer stemmed = ArabicSearchAnalyzer.stemmed()) {
      assertAnalyzesTo(
          stemmed, text, new String[] {"كتاب", "جميل"}, new int[] {0, 12}, new int[] {11, 19});
    }
    assertEquals("وَالكِتَابُ", text.substring(0, 11));
    assertEquals("جَمِيلٌ", text.substring(12, 19));
  }

  public void testOffsetsCoverSurfaceWordWithTatweelAndQuranicMarks() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      assertAnalyzesTo(
          exact,
          "الـــكتاب ٱلرَّحْمَٰنِ",
          new String[] {"الكتاب", "الرحمن"},
          new int[] {0, 10},
          new int[] {9, 22});
    }
  }

  public void testOffsetsOfPresentationFormsPointAtTheLigatures() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      assertAnalyzesTo(
          exact,
          "ﻻﻋﺐ ﺍﻟﻌﺮﺑﻴﺔ",
          new String[] {"لاعب", "العربيه"},
          new int[] {0, 4},
          new int[] {3, 11});
    }
  }

  public void testEndOfAyahSignIsLeftOutOfTheVerseNumber() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      assertAnalyzesTo(
          exact,
          "ٱلرَّحِيمِ ۝١٢",
          new String[] {"الرحيم", "12"},
          new int[] {0, 12},
          new int[] {10, 14},
          new int[] {1, 1});
    }
  }

  public void testColonBetweenWordsSplitsThem() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      assertAnalyzesTo(
          exact,
          "قال:نعم dc:title",
          new String[] {"قال", "نعم", "dc", "title"},
          new int[] {0, 4, 8, 11},
          new int[] {3, 7, 10, 16});
    }
  }

  public void testScriptChangeSplitsTokenWithOffsets() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      assertAnalyzesTo(
          exact,
          "Googleجوجل جوجلGoogle",
          new String[] {"google", "جوجل", "جوجل", "google"},
          new int[] {0, 6, 11, 15},
          new int[] {6, 10, 15, 21},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testDigitsJoinTheScriptRunTheyAreIn() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      // As ICUTokenizer: digits belong to the run before them.
      assertAnalyzesTo(exact, "عام 2023م", new String[] {"عام", "2023م"});
      assertAnalyzesTo(exact, "Windows 10م", new String[] {"windows", "10", "م"});
    }
  }

  public void testEmptyInputGivesNoTokens() throws IOException {
    try (Analyzer stemmed = ArabicSearchAnalyzer.stemmed();
        Analyzer exact = ArabicSearchAnalyzer.exact()) {
      assertAnalyzesTo(stemmed, "", new String[0]);
      assertAnalyzesTo(exact, "", new String[0]);
    }
  }

  public void testNormalizeFoldsQueryTermsWithoutStemming() {
    try (Analyzer stemmed = ArabicSearchAnalyzer.stemmed()) {
      // What the query parsers call for wildcard, prefix and fuzzy terms.
      assertEquals(new BytesRef("الاقليمي"), stemmed.normalize("body", "الإِقْلِيمِيّ"));
      assertEquals(new BytesRef("مسءول"), stemmed.normalize("body", "مسؤول"));
      assertEquals(new BytesRef("2023"), stemmed.normalize("body", "٢٠٢٣"));
    }
  }

  public void testRandomStringsStemmed() throws IOException {
    try (Analyzer stemmed = ArabicSearchAnalyzer.stemmed()) {
      checkRandomData(random(), stemmed, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), stemmed, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testRandomStringsExact() throws IOException {
    try (Analyzer exact = ArabicSearchAnalyzer.exact()) {
      checkRandomData(random(), exact, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), exact, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testRandomStringsWithEveryRuleOff() throws IOException {
    Set<ArabicRule> none = EnumSet.noneOf(ArabicRule.class);
    try (Analyzer stemmed = ArabicSearchAnalyzer.stemmed(none);
        Analyzer exact = ArabicSearchAnalyzer.exact(none)) {
      checkRandomData(random(), stemmed, 100 * RANDOM_MULTIPLIER);
      checkRandomData(random(), exact, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomStringsWithCompatibilityOnAndInvisibleOff() throws IOException {
    Set<ArabicRule> rules = EnumSet.complementOf(EnumSet.of(ArabicRule.INVISIBLE));
    try (Analyzer exact = ArabicSearchAnalyzer.exact(rules)) {
      checkRandomData(random(), exact, 100 * RANDOM_MULTIPLIER);
    }
  }
}
