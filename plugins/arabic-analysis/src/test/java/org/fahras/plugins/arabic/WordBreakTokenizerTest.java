package org.fahras.plugins.arabic;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * {@link WordBreakTokenizer} gives {@link StandardTokenizer}'s tokens — terms, offsets, position
 * increments, types and the final offset — on random text over every character it handles itself,
 * mixed with characters it leaves to StandardTokenizer, on over-long words, and on the sample
 * corpus.
 */
public class WordBreakTokenizerTest extends BaseTokenStreamTestCase {

  /** Every character the tokenizer handles itself, and some it hands over. */
  private static final char[] HANDLED;

  static {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0x2070; c++) {
      if (!Character.isSurrogate(c) && handled(c)) {
        b.append(c);
      }
    }
    b.append('\uFEFF');
    HANDLED = b.toString().toCharArray();
  }

  private static boolean handled(char c) {
    try (WordBreakTokenizer t = new WordBreakTokenizer()) {
      // A text of one character is tokenized here unless the character is left to StandardTokenizer.
      t.setReader(new StringReader("a" + c));
      t.reset();
      java.lang.reflect.Field f = WordBreakTokenizer.class.getDeclaredField("delegating");
      f.setAccessible(true);
      boolean delegating = f.getBoolean(t);
      while (t.incrementToken()) {}
      t.end();
      return !delegating;
    } catch (IOException | ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Characters that make words, joins and breaks, drawn more often than the rest. */
  private static final String COMMON =
      "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةىٱـ\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652"
          + "\u0670\u06D6\u06DB\u06E5\u06E6\u06DD٠١٢٣٫٬،؛؟abcXYZ019.,:;'\"_-  \n\r\t\u200C\u200D\u200B\u2060\u061C\u00AD"
          + "\u0301éß«»\u2019\u2018\u2026\u00A0";

  /** Characters left to StandardTokenizer: Hebrew, Han, Thai, emoji, a surrogate pair. */
  private static final String[] FOREIGN = {"ש", "Ω", "ж", "\u02E6", "\u055A", "中", "ก", "\u00A9", "\uD83D\uDE00", "カ", "\u0E01"};

  public void testRandomTextOverEveryHandledCharacter() throws IOException {
    assertTrue("table covers Arabic, Latin and punctuation: " + HANDLED.length, HANDLED.length > 1000);
    Random r = new Random(20261127L);
    for (int k = 0; k < 40_000; k++) {
      assertSameTokens(randomText(r, false));
    }
  }

  public void testRandomTextWithCharactersLeftToStandardTokenizer() throws IOException {
    Random r = new Random(7L);
    for (int k = 0; k < 5_000; k++) {
      assertSameTokens(randomText(r, true));
    }
  }

  public void testWordsLongerThanTheMaximumAreCutAsStandardTokenizerCutsThem() throws IOException {
    String longWord = "ب".repeat(WordBreakTokenizer.MAX_TOKEN_LENGTH * 2 + 7);
    assertSameTokens("قال " + longWord + " ثم ذهب");
    assertSameTokens("x".repeat(WordBreakTokenizer.MAX_TOKEN_LENGTH) + " y");
    assertSameTokens("1".repeat(WordBreakTokenizer.MAX_TOKEN_LENGTH + 1) + " y " + longWord);
  }

  public void testEdgeCases() throws IOException {
    for (String s :
        new String[] {
          "", " ", "\u064E", "\u064Eب", "\nَب", "ب\u064E", "a.b", "a.", ".a", "1.5", "1.a", "a'b", "a''b",
          "1,000,000", "١٬٠٠٠", "٣٫١٤", "_", "__a", "a__", "_1_", "a:b", "a\u200Bb", "a\u2060b",
          "\u2060a", "a\r\n\u064Eb", "الله۝١", "ۖ", "a\u00ADb", "(قال)", "«نعم»", "x\u06DDy"
        }) {
      assertSameTokens(s);
    }
  }

  public void testSampleCorpus() throws IOException {
    Path corpus = Path.of("../../sample-corpus");
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> p.toString().matches(".*\\.(txt|md|html|csv)")).toList();
    }
    assertFalse("sample corpus found at " + corpus.toAbsolutePath(), files.isEmpty());
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        assertSameTokens(text);
      }
    }
  }

  private static String randomText(Random r, boolean foreign) {
    int n = r.nextInt(40);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(10);
      if (pick < 6) {
        b.append(COMMON.charAt(r.nextInt(COMMON.length())));
      } else if (foreign && pick == 9) {
        b.append(FOREIGN[r.nextInt(FOREIGN.length)]);
      } else {
        b.append(HANDLED[r.nextInt(HANDLED.length)]);
      }
    }
    return b.toString();
  }

  private static void assertSameTokens(String text) throws IOException {
    List<String> expected = tokens(new StandardTokenizer(), text);
    List<String> actual = tokens(new WordBreakTokenizer(), text);
    if (!expected.equals(actual)) {
      StringBuilder codes = new StringBuilder();
      text.chars().forEach(c -> codes.append(String.format("%04X ", c)));
      fail("text [" + codes + "]\nexpected " + expected + "\nactual   " + actual);
    }
  }

  private static List<String> tokens(Tokenizer t, String text) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute posInc = t.addAttribute(PositionIncrementAttribute.class);
    TypeAttribute type = t.addAttribute(TypeAttribute.class);
    // Twice through the same tokenizer: it must reset cleanly.
    for (int round = 0; round < 2; round++) {
      out.clear();
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + posInc.getPositionIncrement() + type.type());
      }
      t.end();
      out.add("end@" + offset.endOffset() + "+" + posInc.getPositionIncrement());
      t.close();
    }
    return out;
  }
}
