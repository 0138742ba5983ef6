package org.fahras.plugins.arabic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

/**
 * The chain of analysis version 2 (StandardTokenizer, script split, one folding pass) gives the
 * terms, offsets and positions of version 1 (ICUTokenizer, four character filters) on Arabic text:
 * the sample corpus, Quranic text and random mixes of Arabic letters, marks, presentation forms,
 * Latin, digits and invisible characters. Both run the current stemmer; since version 4 the
 * stemmed chain leaves ة → ه to the stemmer, and {@link LegacyArabicSearchAnalyzer} does the same.
 *
 * <p>One known difference is left out of the texts: the end-of-ayah sign ۝ (U+06DD), which
 * ICUTokenizer keeps in the verse number's token (۝١ at 39–41) and StandardTokenizer leaves
 * outside (١ at 40–41), and which alone (without a number) made ICUTokenizer emit a token that the
 * folding then emptied, leaving a position gap. The term is the same; see {@code
 * ArabicSearchAnalyzerTest#testEndOfAyahSignIsLeftOutOfTheVerseNumber}.
 */
public class ChainEquivalenceTest extends BaseTokenStreamTestCase {

  private static final String QURAN =
      "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢ "
          + "ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ ۝٢ "
          + "يَٰٓأَيُّهَا ٱلَّذِينَ ءَامَنُوٓا۟ أَطِيعُوا۟ ٱللَّهَ وَرَسُولَهُۥ وَلَا تَوَلَّوْا۟ عَنْهُ "
          + "وَأَنتُمْ تَسْمَعُونَ ۝٢٠ إِنَّ ٱلَّذِينَ كَفَرُوا۟ سَوَآءٌ عَلَيْهِمْ ءَأَنذَرْتَهُمْ "
          + "أَمْ لَمْ تُنذِرْهُمْ لَا يُؤْمِنُونَ ۝٦ وَٱلسَّمَآءِ ذَاتِ ٱلْبُرُوجِ ۝١ "
          + "قُلْ هُوَ ٱللَّهُ أَحَدٌ ۝١ ٱللَّهُ ٱلصَّمَدُ ۝٢ لَمْ يَلِدْ وَلَمْ يُولَدْ ۝٣";

  private static final char END_OF_AYAH = '\u06DD';

  /** Characters a random word starts with and is mostly made of. */
  private static final String[] LETTERS = {
    "ا", "ب", "ت", "ة", "ى", "ي", "و", "ه", "ل", "م", "ن", "ك", "ء", "أ", "إ", "آ", "ؤ", "ئ", "ٱ",
    "ی", "ک", "ە", "ھ", "ے", "پ", "گ", "ﻻ", "ﺍ", "ﻟ", "ﷲ", "ﷺ", "٠", "١", "٢", "۳", "0", "7", "a",
    "G", "e", "é", "Z", "ß", "ﬁ", "ٮ", "\uD835\uDFD8"
  };

  /** Characters that occur inside words. */
  private static final String[] INSIDE = {
    "ـ", "\u064E", "\u064B", "\u0650", "\u0651", "\u0652", "\u0653", "\u0654", "\u0655",
    "\u0670", "\u06DF", "\u06E5", "\u06E6", "\u06D6", "\u06DB", "\u0610", "\uFE70", "\uFC60",
    "e\u0301", ":", "'", "."
  };

  /**
   * Invisible format characters. Where one stands at a script change, the tokenizers may differ by
   * one in an offset, or ICUTokenizer emits a token that folding empties (a position gap): only the
   * terms are compared for texts with them. The Arabic letter mark U+061C is left out: it has the
   * Arabic script, and between two tokens (which ScriptRunSplitFilter never sees) it makes
   * ICUTokenizer's script run Arabic, so ICU reads {@code é.\u061C0ؤ} as é, 0ؤ and the new chain as
   * é, 0, ؤ.
   */
  private static final String[] FORMAT = {"\u200C", "\u200D", "\u200F", "\uFEFF"};

  private static final String[] SEPARATORS = {" ", " ", " ", "  ", "\n", "، ", ". ", "؟ ", " - ", ": "};

  public void testSameTermsOnTheSampleCorpus() throws IOException {
    Path corpus = sampleCorpus();
    assumeTrue("sample corpus not found", corpus != null);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertFalse(files.isEmpty());
    for (Path file : files) {
      assertSameAnalysis(file.toString(), decode(Files.readAllBytes(file)));
    }
  }

  public void testSameTermsOnQuranicText() throws IOException {
    assertSameAnalysis("quran", QURAN);
    assertSameAnalysis("quran x20", (QURAN + "\n").repeat(20));
  }

  public void testSameTermsOffsetsAndPositionsOnRandomMixes() throws IOException {
    Random random = random();
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      String text = randomText(random, INSIDE);
      assertSameAnalysis(codePoints(text), text, true);
    }
  }

  public void testSameTermsOnRandomMixesWithFormatCharacters() throws IOException {
    String[] inside = Stream.concat(Stream.of(INSIDE), Stream.of(FORMAT)).toArray(String[]::new);
    Random random = random();
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      String text = randomText(random, inside);
      assertSameAnalysis(codePoints(text), text, false);
    }
  }

  /**
   * Words of letters (with marks, invisible characters, digits and presentation forms among them)
   * between separators: text as documents have it, however garbled. Marks never follow a
   * separator: a mark at the start of a word is where the two tokenizers' Unicode versions differ.
   */
  private static String randomText(Random random, String[] inside) {
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(8);
    for (int w = 0; w < words; w++) {
      text.append(LETTERS[random.nextInt(LETTERS.length)]);
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        String[] pool = random.nextInt(3) == 0 ? inside : LETTERS;
        text.append(pool[random.nextInt(pool.length)]);
      }
      text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
    }
    return text.toString();
  }

  public void testSameNormalizedQueryTerms() {
    Random random = random();
    try (Analyzer now = ArabicSearchAnalyzer.exact();
        Analyzer before = LegacyArabicSearchAnalyzer.exact()) {
      for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int k = 0; k < n; k++) {
          String[] pool = k > 0 && random.nextInt(3) == 0 ? INSIDE : LETTERS;
          text.append(pool[random.nextInt(pool.length)]);
        }
        BytesRef expected = before.normalize("body", text.toString());
        assertEquals(codePoints(text.toString()), expected, now.normalize("body", text.toString()));
      }
    }
  }

  private static void assertSameAnalysis(String name, String original) throws IOException {
    assertSameAnalysis(name, original, true);
  }

  private static void assertSameAnalysis(String name, String original, boolean withOffsets)
      throws IOException {
    String text = original.replace(END_OF_AYAH, ' ');
    try (Analyzer now = ArabicSearchAnalyzer.stemmed();
        Analyzer before = LegacyArabicSearchAnalyzer.stemmed()) {
      assertSameTokens(name + " (stemmed)", tokens(before, text, withOffsets), tokens(now, text, withOffsets));
    }
    try (Analyzer now = ArabicSearchAnalyzer.exact();
        Analyzer before = LegacyArabicSearchAnalyzer.exact()) {
      assertSameTokens(name + " (exact)", tokens(before, text, withOffsets), tokens(now, text, withOffsets));
    }
  }

  /** Fails with the first token that differs and a few around it. */
  private static void assertSameTokens(String name, List<String> expected, List<String> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i <= n; i++) {
      if (i == n ? expected.size() != actual.size() : !expected.get(i).equals(actual.get(i))) {
        int from = Math.max(0, i - 2);
        fail(
            name
                + ": token "
                + i
                + " differs; before: "
                + expected.subList(from, Math.min(expected.size(), i + 3))
                + ", now: "
                + actual.subList(from, Math.min(actual.size(), i + 3)));
      }
    }
  }

  /** Each token as term, start and end offset and position increment. */
  private static List<String> tokens(Analyzer analyzer, String text, boolean withOffsets) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (!withOffsets) {
          out.add(term.toString());
          continue;
        }
        out.add(
            term
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + posInc.getPositionIncrement());
      }
      stream.end();
      if (withOffsets) {
        out.add("end@" + offset.endOffset() + "+" + posInc.getPositionIncrement());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** UTF-8, else windows-1256 (the sample corpus has both, and one ISO-8859-6 file). */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1256"));
    }
  }

  private static String codePoints(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.append(cp < 0x80 ? Character.toString(cp) : String.format("\\u%04X", cp)));
    return sb.toString();
  }

  private static Path sampleCorpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("sample-corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
