package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Look-ups by char range, with and without a thread's cache, answer as look-ups by string. */
class WordTableTest {

  @Test
  void rangesAndTheCacheAnswerAsTheWordsDo() {
    Random random = new Random(7);
    Map<String, Integer> known = new LinkedHashMap<>();
    List<String> probes = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      String w = word(random, 1 + random.nextInt(12));
      known.putIfAbsent(w, 1 + random.nextInt(1 << 18));
      probes.add(w);
      // Unknown words, and words sharing a known word's first eight chars.
      probes.add(word(random, 1 + random.nextInt(12)));
      if (w.length() >= 8) {
        probes.add(w.substring(0, 8) + "\u0628");
      }
    }
    known.put("\u0627\u0644\u0643\u062A\u0627\u0628", 5); // الكتاب: definite
    known.put("\u0643\u062A\u0627\u0628", 9); // كتاب
    // Longer than a slot records: told apart from each other by their strings.
    String long1 = "\u0628".repeat(300);
    known.put(long1, 11);
    known.put(long1 + "\u0628", 12);
    probes.add(long1);
    probes.add(long1 + "\u0628");
    probes.add(long1 + "\u0628\u0628");
    probes.add("\u0628".repeat(255));
    WordTable table = new WordTable(known);
    int[] cache = WordTable.newCache();
    for (int round = 0; round < 3; round++) {
      for (String p : probes) {
        char[] a = ("  " + p + " ").toCharArray();
        int expected = table.id(p);
        assertThat(expected >= 0).isEqualTo(known.containsKey(p));
        int hash = WordTable.hash(a, 2, 2 + p.length());
        assertThat(hash).isEqualTo(p.hashCode());
        assertThat(table.id(a, 2, 2 + p.length(), hash)).as(p).isEqualTo(expected);
        assertThat(table.id(a, 2, 2 + p.length(), hash, cache, new long[1], 0)).as(p).isEqualTo(expected);
        long[] lexicon = {-1, -1};
        assertThat(table.id(a, 2, 2 + p.length(), hash, lexicon, 1)).as(p).isEqualTo(expected);
        long[] cached = {-1, -1, -1};
        assertThat(table.id(a, 2, 2 + p.length(), hash, cache, cached, 2)).as(p).isEqualTo(expected);
        assertThat(cached[2]).as(p).isEqualTo(lexicon[1]);
        if (expected >= 0) {
          assertThat(table.word(expected)).isEqualTo(p);
          assertThat(table.info(expected)).isEqualTo(known.get(p));
          assertThat(WordTable.info(lexicon[1])).isEqualTo(table.info(expected));
          assertThat(WordTable.isDefinite(lexicon[1])).isEqualTo(table.isDefinite(expected));
          assertThat(WordTable.bareInfo(lexicon[1])).isEqualTo(table.bareInfo(expected));
        } else {
          assertThat(lexicon[1]).isZero();
        }
      }
    }
    int definite = table.id("\u0627\u0644\u0643\u062A\u0627\u0628");
    assertThat(table.isDefinite(definite)).isTrue();
    assertThat(table.bareInfo(definite)).isEqualTo(9);
    char[] word = "\u0627\u0644\u0643\u062A\u0627\u0628".toCharArray();
    long[] lexicon = new long[1];
    table.id(word, 0, word.length, WordTable.hash(word, 0, word.length), WordTable.newCache(), lexicon, 0);
    assertThat(WordTable.isDefinite(lexicon[0])).isTrue();
    assertThat(WordTable.info(lexicon[0])).isEqualTo(5);
    assertThat(WordTable.bareInfo(lexicon[0])).isEqualTo(9);
    char[] bare = "\u0643\u062A\u0627\u0628".toCharArray();
    int h = WordTable.withArticleHash(bare.length, WordTable.hash(bare, 0, bare.length));
    assertThat(table.idWithArticle(bare, 0, bare.length, h)).isEqualTo(definite);
  }

  private static String word(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      // A small alphabet: many words share prefixes and hash classes.
      b.append((char) ('\u0628' + random.nextInt(4)));
    }
    return b.toString();
  }
}
