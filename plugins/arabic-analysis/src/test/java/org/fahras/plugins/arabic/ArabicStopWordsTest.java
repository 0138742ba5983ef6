package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Stop-word removal: the stop set is normalised like the text it filters. */
public class ArabicStopWordsTest extends BaseTokenStreamTestCase {

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

  public void testStopWordIsRemovedInEverySpelling() throws IOException {
    check("ذهب إلى البيت", "ذهب", "البيت");
    check("ذهب إِلَى البيت", "ذهب", "البيت");
    check("ذهب الى البيت", "ذهب", "البيت");
    check("ذهب الـى البيت", "ذهب", "البيت");
  }

  public void testStopWordsWithTashkeelAreRemoved() throws IOException {
    check("مِنْ", new String[0]);
    check("هَٰذَا", new String[0]);
    check("ذَٰلِكَ", new String[0]);
    check("أَنَّ", new String[0]);
  }

  public void testQuestionWordsAreRemoved() throws IOException {
    check("ما ماذا من متى أين كيف لماذا هل كم", new String[0]);
  }

  public void testParticlesAreRemoved() throws IOException {
    check("لقد قد لم لن بل ثم أو لكن", new String[0]);
  }

  public void testNameAliIsKeptAlthoughAlaNormalisesToIt() throws IOException {
    check("علي", "علي");
    check("على", "علي");
  }

  public void testRemovedStopWordLeavesAPositionGap() throws IOException {
    assertAnalyzesTo(
        exact, "ذهب إلى البيت", new String[] {"ذهب", "البيت"}, new int[] {1, 2});
  }

  public void testStemmedFieldRemovesStopWordsBeforeStemming() throws IOException {
    try (Analyzer stemmed = ArabicSearchAnalyzer.stemmed()) {
      assertAnalyzesTo(stemmed, "منها كتابها", new String[] {"كتاب"});
    }
  }

  private void check(String input, String... expected) throws IOException {
    assertAnalyzesTo(exact, input, expected);
  }
}
