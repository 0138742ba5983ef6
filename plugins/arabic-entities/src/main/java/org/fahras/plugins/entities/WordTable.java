package org.fahras.plugins.entities;

import java.util.Map;

/**
 * The words a lexicon knows (every word of its classes, gazetteers and calendar phrases, and
 * with nothing known of it the article + each of those words that has classes or flags: see
 * {@code Lexicon}), each with a dense id and what the lexicon knows of it (word classes, whether
 * a gazetteer or calendar phrase starts with it), looked up by a range of characters and its hash
 * code: a token or a clitic reading needs no {@link String} to be looked up, and one probe
 * answers every question the reading of a word asks. Most words of a text are known ones (في،
 * من، الله، قال …).
 *
 * <p>Hash codes are those of {@link String#hashCode} ({@code s[0]*31^(n-1) + … + s[n-1]}, with
 * int overflow), so the hash of a word's suffix follows from the word's hash without reading the
 * word again ({@link #suffixHash}), and the hash of the article followed by a range from the
 * range's ({@link #withArticleHash}). Open addressing in one {@code int} array (hash, id + 1 and
 * where the word's chars are, per slot), behind a filter of one bit per hash class that turns
 * most unknown words away before the table is read; immutable, shared by every thread.
 */
final class WordTable {

  /** {@code 31^n} (int overflow) for short words; longer ones compute it. */
  private static final int[] POW = new int[64];

  /** The hash code of {@link Clitics#ARTICLE}. */
  private static final int ARTICLE_HASH = Clitics.ARTICLE.hashCode();

  static {
    int p = 1;
    for (int i = 0; i < POW.length; i++) {
      POW[i] = p;
      p *= 31;
    }
  }

  /**
   * Per slot: the word's hash code, its id + 1 (0: the slot is free), where its chars start in
   * {@link #pool} and their count: a probe reads one cache line before the chars.
   */
  private final int[] table;

  private final String[] words;
  /** The chars of every word, one after the other (one array instead of one per word). */
  private final char[] pool;
  private final int[] infos;
  /** What the lexicon knows of each definite word without its article (0 for other words). */
  private final int[] bareInfos;
  /** Whether each word is {@linkplain Clitics#isDefinite definite}. */
  private final boolean[] definite;
  private final int mask;
  /** One bit per hash code class ({@link #bloomBit}): a word whose bit is clear is unknown. */
  private final long[] bloom = new long[BLOOM_BITS / 64];

  /**
   * 16 KB: about one unknown word in twelve passes with the built-in lexicon's 11,600 words
   * (nearly half of them the article + another).
   */
  private static final int BLOOM_BITS = 1 << 17;

  /** Ints per slot of {@link #table}. */
  private static final int SLOT = 4;

  WordTable(Map<String, Integer> known) {
    int capacity = Integer.highestOneBit(Math.max(16, known.size() * 2)) << 1;
    table = new int[capacity * SLOT];
    mask = capacity - 1;
    words = new String[known.size()];
    infos = new int[known.size()];
    int total = 0;
    for (String w : known.keySet()) {
      total += w.length();
    }
    pool = new char[total];
    int id = 0;
    int at = 0;
    for (Map.Entry<String, Integer> e : known.entrySet()) {
      String w = e.getKey();
      int hash = w.hashCode();
      int h = spread(hash) & mask;
      while (table[SLOT * h + 1] != 0) {
        h = (h + 1) & mask;
      }
      table[SLOT * h] = hash;
      table[SLOT * h + 1] = id + 1;
      table[SLOT * h + 2] = at;
      table[SLOT * h + 3] = w.length();
      int b = bloomBit(hash);
      bloom[b >>> 6] |= 1L << b;
      words[id] = w;
      w.getChars(0, w.length(), pool, at);
      at += w.length();
      infos[id] = e.getValue();
      id++;
    }
    bareInfos = new int[words.length];
    definite = new boolean[words.length];
    for (int k = 0; k < words.length; k++) {
      if (Clitics.isDefinite(words[k])) {
        definite[k] = true;
        int bare = id(words[k], 2, words[k].length());
        bareInfos[k] = bare < 0 ? 0 : infos[bare];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The number of words; ids are {@code 0 … size() - 1}. */
  int size() {
    return words.length;
  }

  /** The word with id {@code id}. */
  String word(int id) {
    return words[id];
  }

  /** What the lexicon knows of word {@code id} (its class and flag bits). */
  int info(int id) {
    return infos[id];
  }

  /**
   * What the lexicon knows of word {@code id} without its article ({@link Clitics#isDefinite}
   * words only, else 0).
   */
  int bareInfo(int id) {
    return bareInfos[id];
  }

  /** Whether word {@code id} is {@linkplain Clitics#isDefinite definite} (الحكومة). */
  boolean isDefinite(int id) {
    return definite[id];
  }

  /** {@code 31^n}, int overflow. */
  static int pow31(int n) {
    if (n < POW.length) {
      return POW[n];
    }
    int p = POW[POW.length - 1];
    for (int i = POW.length - 1; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  /**
   * The hash code of {@code a[from, to)} given {@code hash}, the hash code of {@code a[start,
   * to)} ({@code start <= from}): the leading characters' terms are taken away.
   */
  static int suffixHash(char[] a, int start, int from, int to, int hash) {
    int h = hash;
    for (int i = start; i < from; i++) {
      h -= a[i] * pow31(to - 1 - i);
    }
    return h;
  }

  /** The hash code of {@link Clitics#ARTICLE} followed by {@code length} chars of hash {@code hash}. */
  static int withArticleHash(int length, int hash) {
    return ARTICLE_HASH * pow31(length) + hash;
  }

  /** The hash code of {@code a[from, to)}, as {@link String#hashCode} of those chars. */
  static int hash(char[] a, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + a[i];
    }
    return h;
  }

  private static int bloomBit(int hash) {
    return (hash ^ (hash >>> 17)) & (BLOOM_BITS - 1);
  }

  /** The id of the known word {@code a[from, to)} of hash code {@code hash}, or -1. */
  int id(char[] a, int from, int to, int hash) {
    int b = bloomBit(hash);
    if ((bloom[b >>> 6] & (1L << b)) == 0) {
      return -1;
    }
    int len = to - from;
    int[] t = table;
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int s = SLOT * h;
      int id = t[s + 1] - 1;
      if (id < 0) {
        return -1;
      }
      if (t[s] == hash && t[s + 3] == len && equals(t[s + 2], a, from, len)) {
        return id;
      }
    }
  }

  /**
   * The id of the known word {@link Clitics#ARTICLE} + {@code a[from, to)}, whose hash code is
   * {@code hash} ({@link #withArticleHash}), or -1.
   */
  int idWithArticle(char[] a, int from, int to, int hash) {
    int b = bloomBit(hash);
    if ((bloom[b >>> 6] & (1L << b)) == 0) {
      return -1;
    }
    int len = to - from;
    int[] t = table;
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int s = SLOT * h;
      int id = t[s + 1] - 1;
      if (id < 0) {
        return -1;
      }
      int at = t[s + 2];
      if (t[s] == hash && t[s + 3] == len + 2 && pool[at] == FoldedText.ALEF
          && pool[at + 1] == Clitics.LAM && equals(at + 2, a, from, len)) {
        return id;
      }
    }
  }

  /** Whether the {@code len} chars of {@link #pool} at {@code at} are {@code a[from, from + len)}. */
  private boolean equals(int at, char[] a, int from, int len) {
    char[] p = pool;
    for (int k = 0; k < len; k++) {
      if (p[at + k] != a[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** The id of the known word {@code w}, or -1. */
  int id(String w) {
    int hash = w.hashCode();
    int len = w.length();
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int id = table[SLOT * h + 1] - 1;
      if (id < 0) {
        return -1;
      }
      String s = words[id];
      if (s == w || (table[SLOT * h] == hash && s.length() == len && s.equals(w))) {
        return id;
      }
    }
  }

  /** The id of the known word {@code s.substring(from, to)}, or -1 (no substring is made). */
  int id(String s, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + s.charAt(i);
    }
    int len = to - from;
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int id = table[SLOT * h + 1] - 1;
      if (id < 0) {
        return -1;
      }
      if (table[SLOT * h] == hash && words[id].length() == len
          && words[id].regionMatches(0, s, from, len)) {
        return id;
      }
    }
  }
}
