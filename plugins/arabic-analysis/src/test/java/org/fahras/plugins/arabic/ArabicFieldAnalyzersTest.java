package org.fahras.plugins.arabic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.fahras.api.AnalysisField;

/**
 * The VOCALISED and ROOT fields and the name-variant query analyzers in Lucene's style: term
 * tables, offsets on the surface word, empty input, positions shared with EXACT, and robustness on
 * random text (Lucene's random strings, and Arabic-heavy strings with marks, tatweel, bidi
 * controls and surrogates).
 */
public class ArabicFieldAnalyzersTest extends BaseTokenStreamTestCase {

  /** A provider of its own per test, with ROOT on, so that no stream is shared between tests. */
  private ArabicAnalyzerProvider provider;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    provider = new ArabicAnalyzerProvider();
    provider.configure(Map.of("rootField", "true"));
  }

  private Analyzer field(AnalysisField f) {
    return provider.indexAnalyzer(f);
  }

  public void testVocalisedKeepsHarakatInCanonicalOrder() throws IOException {
    Analyzer v = field(AnalysisField.VOCALISED);
    // shadda written after or before the kasra: one canonical term, shadda first
    String canonical = "م\u064Fد\u064Er\u0651\u0650س".replace('r', 'ر');
    assertAnalyzesTo(
        v, "مُدَرِّس م\u064Fد\u064Eر\u0650\u0651س", new String[] {canonical, canonical});
    assertAnalyzesTo(v, "كِتَابٌ", new String[] {"كِتَابٌ"});
    assertAnalyzesTo(v, "كُتُبْ", new String[] {"كُتُبْ"});
    // a repeated mark is written once
    assertAnalyzesTo(v, "كَََتب", new String[] {"كَتب"});
  }

  public void testVocalisedFoldsLettersAsExact() throws IOException {
    Analyzer v = field(AnalysisField.VOCALISED);
    assertAnalyzesTo(v, "أَحْمَد", new String[] {"اَحْمَد"});
    assertAnalyzesTo(v, "مَسْؤُول", new String[] {"مَسْءُول"});
    assertAnalyzesTo(v, "مَدْرَسَةٌ", new String[] {"مَدْرَسَهٌ"});
    assertAnalyzesTo(v, "مُصْطَفَى", new String[] {"مُصْطَفَي"});
    assertAnalyzesTo(v, "کِتاب", new String[] {"كِتاب"});
    assertAnalyzesTo(v, "٢٠٢٣", new String[] {"2023"});
    assertAnalyzesTo(v, "كـَتـَب", new String[] {"كَتَب"});
  }

  public void testVocalisedRemovesQuranicMarksDaggerAlefAndHamzaMarks() throws IOException {
    Analyzer v = field(AnalysisField.VOCALISED);
    // ٱ → ا; dagger alef and the small high mark ۛ removed; shadda written before the fatha
    assertAnalyzesTo(v, "ٱلرَّحْمَٰنِ", new String[] {"الر\u0651\u064Eح\u0652م\u064Eن\u0650"});
    assertAnalyzesTo(v, "ٱلْكِتَٰبُ ۛ", new String[] {"الْكِتَبُ"});
  }

  public void testVocalisedDropsMarksWithoutALetter() throws IOException {
    assertAnalyzesTo(field(AnalysisField.VOCALISED), "َ كتب", new String[] {"كتب"});
  }

  public void testVocalisedStopWordsAreRemovedWithTheirMarks() throws IOException {
    assertAnalyzesTo(
        field(AnalysisField.VOCALISED),
        "ذَهَبَ إِلَى المَدْرَسَةِ",
        new String[] {"ذَهَبَ", "المَدْرَسَهِ"},
        new int[] {1, 2});
  }

  public void testVocalisedOffsetsCoverTheSurfaceWord() throws IOException {
    String text = "وَالكِـتَابُ جَمِيلٌ";
    assertAnalyzesTo(
        field(AnalysisField.VOCALISED),
        text,
        new String[] {"وَالكِتَابُ", "جَمِيلٌ"},
        new int[] {0, 13},
        new int[] {12, 20});
  }

  public void testVocalisedHasTheExactFieldsPositionsAndOffsets() throws IOException {
    String text =
        "أَسَّسَ الإسْكَنْدَرُ المَقْدُونِيُّ مَدِينَةَ الإسْكَنْدَرِيَّةِ على ساحلِ البحرِ "
            + "في سنة 331 قبل الميلاد، وَهِيَ مِنْ أَشْهَرِ مُدُنِ ٱلْعَالَمِ ٱلْقَدِيمِ. Google";
    assertEquals(
        layout(field(AnalysisField.EXACT), text), layout(field(AnalysisField.VOCALISED), text));
  }

  public void testRootOffsetsCoverTheSurfaceWord() throws IOException {
    assertAnalyzesTo(
        field(AnalysisField.ROOT),
        "بِالمَكْتَبَاتِ والمـدارس",
        new String[] {"كتب", "درس"},
        new int[] {0, 16},
        new int[] {15, 25});
  }

  public void testRootHasTheStemmedFieldsPositions() throws IOException {
    String text = "كانت قرطبة عاصمة الدولة الأموية في الأندلس، واشتهرت بجامعها الكبير ومكتباتها.";
    assertEquals(
        firstTokens(field(AnalysisField.STEMMED), text), layout(field(AnalysisField.ROOT), text));
  }

  public void testEmptyInputGivesNoTokens() throws IOException {
    for (AnalysisField f : provider.fields()) {
      assertAnalyzesTo(field(f), "", new String[0]);
      assertAnalyzesTo(field(f), " ، ـ ً", new String[0]);
    }
    assertAnalyzesTo(provider.nameVariantQueryAnalyzer(AnalysisField.STEMMED), "", new String[0]);
  }

  public void testRandomStringsEveryField() throws IOException {
    for (AnalysisField f : provider.fields()) {
      checkRandomData(random(), field(f), 100 * RANDOM_MULTIPLIER);
      checkRandomData(random(), field(f), 10 * RANDOM_MULTIPLIER, 4096);
    }
  }

  public void testRandomStringsNameVariants() throws IOException {
    for (AnalysisField f : EnumSet.of(AnalysisField.STEMMED, AnalysisField.EXACT)) {
      checkRandomData(random(), provider.nameVariantQueryAnalyzer(f), 100 * RANDOM_MULTIPLIER);
    }
  }

  /** Letters, marks, tatweel, invisible controls, surrogates and separators, mostly Arabic. */
  private static final String[] PIECES = {
    "ا", "ب", "ت", "ة", "ى", "ي", "و", "ه", "ل", "م", "ن", "ك", "ج", "غ", "ق", "س", "ء", "أ",
    "إ", "آ", "ؤ", "ئ", "ٱ", "ی", "ک", "ڤ", "پ", "ﻻ", "ﷲ", "٣", "۳", "7", "a", "Z", "ال", "وال",
    "ات", "ين", "ون", "ها", "هم", "ية", "است", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652",
    "\u064B", "\u064C", "\u064D", "\u0670", "\u06D6", "\u0653", "\u0654", "ـ", "\u200C", "\u200D",
    "\u200F", "\u202B", "\u202C", "\u061C", "\uFEFF", "\uD835\uDFD8", "\uD83D\uDE00",
    "\u200B", "\u2060", "ۃ", "ۂ", "ىء", "٫", "٬", "٢٫٥",
    " ", " ", " ", "، ", ". ", "\n", "-", "'",
  };

  /**
   * Spellings of version 5 that must give, in every field and in the name-variant query analyzers,
   * the terms of the standard spelling, with the offsets of the whole surface word.
   */
  private static final String[][] SAME_TERMS_AS = {
    {"مدرسۃ", "مدرسة"}, // Urdu U+06C3 TEH MARBUTA GOAL
    {"المدرسۃ", "المدرسة"},
    {"مدرسۂ", "مدرسه"}, // Urdu U+06C2 HEH GOAL WITH HAMZA ABOVE
    {"حکومۃ", "حكومة"},
    {"شاطىء", "شاطئ"}, // the old spelling ىء of ئ
    {"مبادىء", "مبادئ"},
    {"الشاطىء", "الشاطئ"},
    {"بيت\u200Bكوين", "بيتكوين"}, // zero-width space inside the word
    {"بيت\u2060كوين", "بيتكوين"}, // word joiner
    {"بيت\uFEFFكوين", "بيتكوين"}, // byte-order mark
    {"بيت\u200Cكوين", "بيتكوين"}, // ZWNJ
    {"بيت\u200Dكوين", "بيتكوين"}, // ZWJ
    {"بيت\u200Eكوين", "بيتكوين"}, // LRM
    {"بيت\u200Fكوين", "بيتكوين"}, // RLM
    {"بيت\u061Cكوين", "بيتكوين"}, // Arabic letter mark
    {"bit\u200Bcoin", "bitcoin"},
    {"٢٫٥", "2.5"}, // Arabic decimal separator
    {"١٢٬٥٠٠", "12,500"}, // Arabic thousands separator
  };

  public void testVersion5SpellingsGiveTheStandardTermsInEveryField() throws IOException {
    Map<String, Analyzer> analyzers = new java.util.LinkedHashMap<>();
    for (AnalysisField f : provider.fields()) {
      analyzers.put(f.name(), field(f));
    }
    analyzers.put("STEMMED variants", provider.nameVariantQueryAnalyzer(AnalysisField.STEMMED));
    analyzers.put("EXACT variants", provider.nameVariantQueryAnalyzer(AnalysisField.EXACT));
    assertTrue(analyzers.containsKey("ROOT"));
    assertTrue(analyzers.containsKey("VOCALISED"));
    for (Map.Entry<String, Analyzer> a : analyzers.entrySet()) {
      for (String[] c : SAME_TERMS_AS) {
        List<String> expected = terms(a.getValue(), c[1]);
        assertFalse(a.getKey() + " " + c[1], expected.isEmpty());
        int[] starts = new int[expected.size()];
        int[] ends = new int[expected.size()];
        java.util.Arrays.fill(ends, c[0].length());
        try {
          assertAnalyzesTo(a.getValue(), c[0], expected.toArray(new String[0]), starts, ends);
        } catch (AssertionError e) {
          throw new AssertionError(a.getKey() + " on " + escape(c[0]) + ": " + e.getMessage(), e);
        }
      }
    }
  }

  public void testVocalisedKeepsMarksOnVersion5Spellings() throws IOException {
    Analyzer v = field(AnalysisField.VOCALISED);
    String[][] cases = {
      {"مَدْرَسَۃٌ", "مَدْرَسَهٌ"},
      {"شَاطِىءٌ", "شَاطِءٌ"},
      {"شَاطِئٌ", "شَاطِءٌ"},
      {"بَيْت\u200Bكُوين", "بَيْتكُوين"},
    };
    for (String[] c : cases) {
      assertAnalyzesTo(v, c[0], new String[] {c[1]}, new int[] {0}, new int[] {c[0].length()});
    }
  }

  private static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  public void testRandomArabicTextIsConsistentInEveryAnalyzer() throws IOException {
    Random r = random();
    Map<String, Analyzer> analyzers = new java.util.LinkedHashMap<>();
    for (AnalysisField f : provider.fields()) {
      analyzers.put(f.name(), field(f));
    }
    analyzers.put("STEMMED variants", provider.nameVariantQueryAnalyzer(AnalysisField.STEMMED));
    analyzers.put("EXACT variants", provider.nameVariantQueryAnalyzer(AnalysisField.EXACT));
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int j = 0; j < n; j++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      for (Map.Entry<String, Analyzer> a : analyzers.entrySet()) {
        // Offsets within the text and never going back, positions and attributes consistent,
        // the same tokens twice in a row (reuse), with and without a char filter.
        try {
          checkAnalysisConsistency(r, a.getValue(), r.nextBoolean(), text);
          assertOffsetsMonotone(a.getValue(), text);
          // An unpaired surrogate is not valid UTF-16; Lucene's StandardTokenizer then reports a
          // final offset of 0 itself, so only no exception and sane offsets are asked for.
          String broken = text + '\uD800' + text.substring(0, text.length() / 2);
          assertOffsetsMonotone(a.getValue(), broken);
        } catch (AssertionError e) {
          throw new AssertionError(a.getKey() + " on " + escape(text) + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static void assertOffsetsMonotone(Analyzer a, String text) throws IOException {
    try (TokenStream ts = a.tokenStream("body", text)) {
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        assertTrue(text, off.startOffset() >= lastStart);
        assertTrue(text, off.endOffset() >= off.startOffset());
        assertTrue(text, off.endOffset() <= text.length());
        lastStart = off.startOffset();
      }
      ts.end();
    }
  }

  /** Each token's position and offsets, as text. */
  private static List<String> layout(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(pos + ":" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }

  /** {@link #layout} of the first token at each position only. */
  private static List<String> firstTokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          pos += inc.getPositionIncrement();
          out.add(pos + ":" + off.startOffset() + "-" + off.endOffset());
        }
      }
      ts.end();
    }
    return out;
  }
}
