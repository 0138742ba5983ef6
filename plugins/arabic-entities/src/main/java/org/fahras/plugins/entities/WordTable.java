package org.fahras.plugins.entities;

import java.util.Arrays;
import java.util.Map;

/**
 * The words a lexicon knows (every word of its classes, gazetteers and calendar phrases), each
 * with what the lexicon knows of it (word classes, whether a gazetteer or calendar phrase starts
 * with it), looked up by a range of characters: a token or a clitic reading that is a known word
 * gets the lexicon's own {@link String} instead of a new substring, and one probe answers every
 * question the reading of a word asks. Most words of a text are known ones (في، من، الله، قال …);
 * this saves their allocation and their hashing. Open addressing, hash codes as {@link
 * String#hashCode}; immutable, shared by every thread.
 */
final class WordTable {

  private final String[] slots;
  private final char[][] chars;
  private final int[] hashes;
  private final int[] infos;
  private final int mask;

  WordTable(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
    slots = new String[capacity];
    chars = new char[capacity][];
    hashes = new int[capacity];
    infos = new int[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      String w = e.getKey();
      int hash = w.hashCode();
      int h = spread(hash) & mask;
      while (slots[h] != null) {
        h = (h + 1) & mask;
      }
      slots[h] = w;
      chars[h] = w.toCharArray();
      hashes[h] = hash;
      infos[h] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The slot of a known word equal to {@code w}, or -1. */
  private int slot(String w) {
    int hash = w.hashCode();
    for (int h = spread(hash) & mask; slots[h] != null; h = (h + 1) & mask) {
      String s = slots[h];
      if (s == w || (hashes[h] == hash && s.equals(w))) {
        return h;
      }
    }
    return -1;
  }

  /** What the lexicon knows of {@code w} (its class and flag bits), 0 when it does not know it. */
  int info(String w) {
    int h = slot(w);
    return h < 0 ? 0 : infos[h];
  }

  /** The known word {@code s.substring(from, to)}, or {@code null} when the lexicon lacks it. */
  String find(String s, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + s.charAt(i);
    }
    int len = to - from;
    for (int h = spread(hash) & mask; slots[h] != null; h = (h + 1) & mask) {
      if (hashes[h] == hash && slots[h].length() == len && slots[h].regionMatches(0, s, from, len)) {
        return slots[h];
      }
    }
    return null;
  }

  /** {@code s.substring(from, to)}: the known word's instance when there is one. */
  String substring(String s, int from, int to) {
    String w = find(s, from, to);
    return w != null ? w : s.substring(from, to);
  }

  /**
   * The string of {@code folded[from, to)}: the known word's instance when there is one.
   */
  String substring(char[] folded, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + folded[i];
    }
    int len = to - from;
    for (int h = spread(hash) & mask; slots[h] != null; h = (h + 1) & mask) {
      if (hashes[h] == hash && chars[h].length == len
          && Arrays.equals(chars[h], 0, len, folded, from, to)) {
        return slots[h];
      }
    }
    return new String(folded, from, len);
  }

  /** {@code Clitics.ARTICLE + s.substring(from)}: the known word's instance when there is one. */
  String withArticle(String s, int from) {
    String w = findWithArticle(s, from);
    // String.concat, not +: the indy concatenation is costly for the JIT in this hot path.
    return w != null ? w : Clitics.ARTICLE.concat(s.substring(from));
  }

  /**
   * The known word {@code Clitics.ARTICLE + s.substring(from)}, or {@code null} when the lexicon
   * lacks it (no string is made).
   */
  String findWithArticle(String s, int from) {
    String a = Clitics.ARTICLE;
    int hash = 31 * a.charAt(0) + a.charAt(1);
    for (int i = from; i < s.length(); i++) {
      hash = 31 * hash + s.charAt(i);
    }
    int len = s.length() - from + 2;
    for (int h = spread(hash) & mask; slots[h] != null; h = (h + 1) & mask) {
      String w = slots[h];
      if (hashes[h] == hash && w.length() == len && w.startsWith(a)
          && w.regionMatches(2, s, from, len - 2)) {
        return w;
      }
    }
    return null;
  }
}
