package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.Test;

/**
 * The offsets analyzer gives the STEMMED index chain's positions and offsets, in every layout and
 * with rules switched off: each position of an index token has, in the offsets analyzer, the
 * offsets of that token (and every token the chain puts at one position shares its offsets), on
 * the sample corpus, Quranic text and random mixes of Arabic letters, marks, Latin, digits,
 * punctuation and invisible characters. The host highlights new indexes from these offsets.
 */
class OffsetsAnalyzerTest {

  private static final String QURAN =
      "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢ ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ "
          + "يَٰٓأَيُّهَا ٱلَّذِينَ ءَامَنُوٓا۟ أَطِيعُوا۟ ٱللَّهَ وَرَسُولَهُۥ إِبْرَٰهِـۧمَ ٱلصَّلَوٰةَ ٱلنَّبِيِّـۧنَ جُزْءًا";

  private static final String PIECES =
      "ا ب ت ة ى ي و ه ل م ن ك ء أ إ آ ؤ ئ ٱ ی ک ﻻ ﷲ ٠ ١ 7 a G é ـ \u064E \u064B \u0650 \u0651 \u0652 \u0670 \u06E6 "
          + "\u06DD \u200B \u200C \u2060 \u061C : ' . , ، ؛ ( ) « » - _ في من الله قال والكتاب الجامعات Google جوجل";

  @Test
  void everyLayoutAndRuleSetKeepsTheIndexChainsPositionsAndOffsets() throws IOException {
    List<String> texts = new ArrayList<>(List.of(QURAN, "", "   ", "ـــ", "\u064E\u064E", "قال:نعم dc:title 2023م x2023م"));
    try (Stream<Path> s = Files.walk(Path.of("../../sample-corpus"))) {
      for (Path p : s.filter(p -> p.toString().matches(".*\\.(txt|md|html)")).toList()) {
        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)); // a windows-1256 file too, replaced chars and all
      }
    }
    assertThat(texts.size()).isGreaterThan(10);
    String[] pieces = PIECES.split(" ");
    Random r = new Random(11);
    for (int k = 0; k < 3000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(30); n > 0; n--) {
        b.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextInt(3) == 0) {
          b.append(r.nextBoolean() ? ' ' : '\n');
        }
      }
      texts.add(b.toString());
    }
    List<Map<String, String>> settings =
        List.of(
            Map.of(),
            Map.of(ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION, "true"),
            Map.of(ArabicRule.INVISIBLE.key(), "false"),
            Map.of(ArabicRule.TASHKEEL.key(), "false", ArabicAnalyzerProvider.ROOT_OPTION, "true"));
    int positions = 0;
    for (Map<String, String> setting : settings) {
      ArabicAnalyzerProvider provider = new ArabicAnalyzerProvider();
      provider.configure(setting);
      Analyzer index = provider.indexAnalyzer(AnalysisField.STEMMED);
      Analyzer offsets = provider.offsetsAnalyzer(AnalysisField.STEMMED);
      assertThat(offsets).as("offsets analyzer with %s", setting).isNotNull();
      for (String text : texts) {
        Map<Integer, int[]> expected = positionsAndOffsets(index, text, true);
        Map<Integer, int[]> actual = positionsAndOffsets(offsets, text, false);
        for (Map.Entry<Integer, int[]> e : expected.entrySet()) {
          int[] got = actual.get(e.getKey());
          assertThat(got).as("%s: position %d of [%s]", setting, e.getKey(), text).isNotNull();
          assertThat(got).as("%s: offsets at position %d of [%s]", setting, e.getKey(), text).containsExactly(e.getValue());
          positions++;
        }
      }
    }
    assertThat(positions).isGreaterThan(10_000);
    assertThat(new ArabicAnalyzerProvider().offsetsAnalyzer(AnalysisField.EXACT)).isNull();
  }

  /**
   * Position → offsets of the first token there; with {@code sameOffsetsAtOnePosition}, also
   * checks that the other tokens at that position have the same offsets.
   */
  private static Map<Integer, int[]> positionsAndOffsets(Analyzer a, String text, boolean sameOffsetsAtOnePosition)
      throws IOException {
    Map<Integer, int[]> out = new TreeMap<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        int[] here = {off.startOffset(), off.endOffset()};
        int[] first = out.putIfAbsent(pos, here);
        if (first != null && sameOffsetsAtOnePosition) {
          assertThat(here).as("tokens at position %d of [%s]", pos, text).containsExactly(first);
        }
      }
      ts.end();
    }
    return out;
  }
}
