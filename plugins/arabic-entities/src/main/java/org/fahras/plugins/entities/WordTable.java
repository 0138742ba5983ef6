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
 * range's ({@link #withArticleHash}). Open addressing in one {@code int} array, behind a filter of
 * one bit per hash class that turns most unknown words away before the table is read. A slot holds
 * the word's hash, id, length and first {@value #INLINE} chars, so that a probe for a word of
 * up to {@value #INLINE} chars (nearly all of them) reads no other memory: most tokens of a text
 * are looked up, and reading each word's chars from elsewhere cost a cache miss per token once
 * the indexer's own data had pushed the table out of the cache. What the lexicon knows of a word
 * is one pair of ints per id ({@link #meta}), copied into the word's slot, so that a token's
 * look-up also brings what a reading needs ({@link #id(char[], int, int, int, int[], long[],
 * int)}). Immutable, shared by every thread.
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
   * Per slot of {@value #SLOT} ints: the word's hash code; its id + 1 (0: the slot is free) in the
   * low {@value #ID_BITS} bits and its length (at most {@value #MAX_SLOT_LENGTH}: longer words
   * keep that) above them; what the lexicon knows of the word without its article ({@link
   * #bareInfo}); what it knows of the word, with {@link #DEFINITE} ({@link #meta}'s first int);
   * and its first {@value #INLINE} chars two to an int (high half first, zero after the word's
   * end). A probe thus answers every question a token's reading asks from the slot it reads.
   */
  private final int[] table;

  private final String[] words;
  /** The chars of every word, one after the other: those past {@value #INLINE} are read here. */
  private final char[] pool;
  /** Where each word's chars start in {@link #pool}. */
  private final int[] poolStart;
  /**
   * Per id, two ints: what the lexicon knows of the word with {@link #DEFINITE} added when it is
   * {@linkplain Clitics#isDefinite definite}, and what it knows of a definite word without its
   * article (0 for other words). One cache line answers {@link #info}, {@link #isDefinite} and
   * {@link #bareInfo}.
   */
  private final int[] meta;

  private final int mask;
  /** One bit per hash code class ({@link #bloomBit}): a word whose bit is clear is unknown. */
  private final long[] bloom = new long[BLOOM_BITS / 64];

  /**
   * 16 KB: about one unknown word in twelve passes with the built-in lexicon's 11,600 words
   * (nearly half of them the article + another).
   */
  private static final int BLOOM_BITS = 1 << 17;

  /** Ints per slot of {@link #table}. */
  private static final int SLOT = 8;

  /** Bits of a slot's second int that hold the id + 1. */
  private static final int ID_BITS = 24;

  private static final int ID_MASK = (1 << ID_BITS) - 1;

  /** The largest length a slot records; longer words are told apart by their string. */
  private static final int MAX_SLOT_LENGTH = 255;

  /** Chars of a word kept in its slot. */
  static final int INLINE = 8;

  /** The bit of {@link #meta} marking a definite word (the lexicon's bits stay below it). */
  private static final int DEFINITE = 1 << 31;

  WordTable(Map<String, Integer> known) {
    if (known.size() >= ID_MASK) {
      throw new IllegalArgumentException("more than " + (ID_MASK - 1) + " distinct words");
    }
    // At most about 70 % full: a slot is half a cache line, and a probe reads on to the next.
    int capacity = Integer.highestOneBit(Math.max(16, known.size() * 2));
    if (capacity < known.size() * 10 / 7) {
      capacity <<= 1;
    }
    table = new int[capacity * SLOT];
    mask = capacity - 1;
    words = new String[known.size()];
    poolStart = new int[known.size()];
    meta = new int[known.size() * 2];
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
      int s = SLOT * h;
      table[s] = hash;
      table[s + 1] = idAndLength(id, w.length());
      for (int k = 0; k < Math.min(INLINE, w.length()); k++) {
        table[s + 4 + k / 2] |= (k % 2 == 0) ? w.charAt(k) << 16 : w.charAt(k);
      }
      int b = bloomBit(hash);
      bloom[b >>> 6] |= 1L << b;
      words[id] = w;
      w.getChars(0, w.length(), pool, at);
      poolStart[id] = at;
      at += w.length();
      if ((e.getValue() & DEFINITE) != 0) {
        throw new IllegalArgumentException("word info uses the definite bit: " + w);
      }
      meta[2 * id] = e.getValue();
      id++;
    }
    for (int k = 0; k < words.length; k++) {
      if (Clitics.isDefinite(words[k])) {
        meta[2 * k] |= DEFINITE;
        int bare = id(words[k], 2, words[k].length());
        meta[2 * k + 1] = bare < 0 ? 0 : info(bare);
      }
    }
    for (int s = 0; s < table.length; s += SLOT) {
      int k = (table[s + 1] & ID_MASK) - 1;
      if (k >= 0) {
        table[s + 2] = meta[2 * k + 1];
        table[s + 3] = meta[2 * k];
      }
    }
  }

  /** A slot's second int: the id + 1 and the length (capped). */
  private static int idAndLength(int id, int length) {
    return (id + 1) | Math.min(length, MAX_SLOT_LENGTH) << ID_BITS;
  }

  /** Whether a slot's second int {@code idAndLength} may be of a word of {@code length} chars. */
  private static boolean mayHaveLength(int idAndLength, int length) {
    return idAndLength >>> ID_BITS == Math.min(length, MAX_SLOT_LENGTH);
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
    return meta[2 * id] & ~DEFINITE;
  }

  /**
   * What the lexicon knows of word {@code id} without its article ({@link Clitics#isDefinite}
   * words only, else 0).
   */
  int bareInfo(int id) {
    return meta[2 * id + 1];
  }

  /** Whether word {@code id} is {@linkplain Clitics#isDefinite definite} (الحكومة). */
  boolean isDefinite(int id) {
    return meta[2 * id] < 0;
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
    return idOf(slot(a, from, to, hash));
  }

  /** The id of the word in slot {@code s}, or -1 for no slot (-1). */
  private int idOf(int s) {
    return s < 0 ? -1 : (table[s + 1] & ID_MASK) - 1;
  }

  /** {@link #idOf}, and the slot's lexicon long into {@code lexicon[at]} (0 for no slot). */
  private int idOf(int s, long[] lexicon, int at) {
    lexicon[at] = s < 0 ? 0 : lexicon(table, s);
    return idOf(s);
  }

  /**
   * {@link #id(char[], int, int, int)}, and what the lexicon knows of the word into {@code
   * lexicon[at]} (see {@link #lexicon}; 0 for an unknown word) from the same slot.
   */
  int id(char[] a, int from, int to, int hash, long[] lexicon, int at) {
    return idOf(slot(a, from, to, hash), lexicon, at);
  }

  /** The slot (its first int) of the known word {@code a[from, to)}, or -1. */
  private int slot(char[] a, int from, int to, int hash) {
    int b = bloomBit(hash);
    if ((bloom[b >>> 6] & (1L << b)) == 0) {
      return -1;
    }
    return probe(a, from, to, hash);
  }

  /** {@link #slot} past the filter: the table's probe. */
  private int probe(char[] a, int from, int to, int hash) {
    int len = to - from;
    int[] t = table;
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int s = SLOT * h;
      int idAndLength = t[s + 1];
      if (idAndLength == 0) {
        return -1;
      }
      if (t[s] == hash && mayHaveLength(idAndLength, len) && equals(s, (idAndLength & ID_MASK) - 1, a, from, len)) {
        return s;
      }
    }
  }

  /**
   * What the lexicon knows of a word, as {@link #id(char[], int, int, int, long[], int)} answers
   * it: {@link #meta}'s two ints in one long. Read with {@link #info(long)}, {@link
   * #isDefinite(long)} and {@link #bareInfo(long)}.
   */
  private static long lexicon(int[] slots, int s) {
    return (slots[s + 3] & 0xFFFFFFFFL) | (long) slots[s + 2] << 32;
  }

  /** {@link #info(int)} of a word whose lexicon long is {@code lexicon}. */
  static int info(long lexicon) {
    return (int) lexicon & ~DEFINITE;
  }

  /** {@link #isDefinite(int)} of a word whose lexicon long is {@code lexicon}. */
  static boolean isDefinite(long lexicon) {
    return (int) lexicon < 0;
  }

  /** {@link #bareInfo(int)} of a word whose lexicon long is {@code lexicon}. */
  static int bareInfo(long lexicon) {
    return (int) (lexicon >>> 32);
  }

  /** Entries of a thread's cache of look-ups ({@link #newCache}): 32 KB. */
  static final int CACHE_ENTRIES = 1 << 10;

  /**
   * A cache of look-ups for one thread ({@link #id(char[], int, int, int, int[], long[], int)}): entries laid
   * out as the table's slots, one per hash class, each the last word of up to {@value #INLINE}
   * chars looked up in that class and its id: a known word, or an unknown one the filter let
   * through (-1). Words the filter turns away stay out, so that the frequent known words keep
   * their entries.
   */
  static int[] newCache() {
    return new int[CACHE_ENTRIES * SLOT];
  }

  /**
   * {@link #id(char[], int, int, int, long[], int)} through a thread's {@code cache} ({@link
   * #newCache}, used with this table only): the frequent words of a text (في، من، الله …) are
   * answered from a few kilobytes that stay in the processor's cache, where the table's slots are
   * scattered over a megabyte. A cache entry keeps the slot's ints, so a hit reads nothing else.
   */
  int id(char[] a, int from, int to, int hash, int[] cache, long[] lexicon, int at) {
    // The filter first: it turns away most look-ups (four in five on the benchmark corpus: the
    // unknown words and the clitic readings of words that have none), and such words are never
    // in the cache, whose entries are better spent on the known words (في، من، الله …), each of
    // which would otherwise cost a probe of the table.
    int b = bloomBit(hash);
    if ((bloom[b >>> 6] & (1L << b)) == 0) {
      lexicon[at] = 0;
      return -1;
    }
    int len = to - from;
    if (len > INLINE) {
      return idOf(probe(a, from, to, hash), lexicon, at);
    }
    int c = (spread(hash) & (CACHE_ENTRIES - 1)) * SLOT;
    // An empty entry has length 0, which no token has.
    int idAndLength = cache[c + 1];
    if (idAndLength >>> ID_BITS == len && cache[c] == hash && samePairs(cache, c, a, from, len)) {
      lexicon[at] = lexicon(cache, c);
      return (idAndLength & ID_MASK) - 1;
    }
    int s = probe(a, from, to, hash);
    cache[c] = hash;
    if (s < 0) {
      cache[c + 1] = idAndLength(-1, len);
      cache[c + 2] = 0;
      cache[c + 3] = 0;
    } else {
      cache[c + 1] = table[s + 1];
      cache[c + 2] = table[s + 2];
      cache[c + 3] = table[s + 3];
    }
    for (int k = 0; k < INLINE; k += 2) {
      cache[c + 4 + (k >>> 1)] = pair(a, from, len, k);
    }
    lexicon[at] = lexicon(cache, c);
    return (cache[c + 1] & ID_MASK) - 1;
  }

  /** Whether {@code a[from, from + len)} is the word kept inline in entry {@code c} of {@code t}. */
  private static boolean samePairs(int[] t, int c, char[] a, int from, int len) {
    for (int k = 0; k < len; k += 2) {
      if (t[c + 4 + (k >>> 1)] != pair(a, from, len, k)) {
        return false;
      }
    }
    return true;
  }

  /** Chars {@code k} and {@code k + 1} of {@code a[from, from + len)} as a slot keeps them. */
  private static int pair(char[] a, int from, int len, int k) {
    int high = k < len ? a[from + k] : 0;
    int low = k + 1 < len ? a[from + k + 1] : 0;
    return high << 16 | low;
  }

  /**
   * The id of the known word {@link Clitics#ARTICLE} + {@code a[from, to)}, whose hash code is
   * {@code hash} ({@link #withArticleHash}), or -1.
   */
  int idWithArticle(char[] a, int from, int to, int hash) {
    return idOf(slotWithArticle(a, from, to, hash));
  }

  /**
   * {@link #idWithArticle(char[], int, int, int)}, and what the lexicon knows of the word into
   * {@code lexicon[at]}, as {@link #id(char[], int, int, int, long[], int)} does.
   */
  int idWithArticle(char[] a, int from, int to, int hash, long[] lexicon, int at) {
    return idOf(slotWithArticle(a, from, to, hash), lexicon, at);
  }

  /** The slot of {@link Clitics#ARTICLE} + {@code a[from, to)}, or -1. */
  private int slotWithArticle(char[] a, int from, int to, int hash) {
    int b = bloomBit(hash);
    if ((bloom[b >>> 6] & (1L << b)) == 0) {
      return -1;
    }
    int len = to - from;
    int[] t = table;
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int s = SLOT * h;
      int idAndLength = t[s + 1];
      if (idAndLength == 0) {
        return -1;
      }
      int id = (idAndLength & ID_MASK) - 1;
      if (t[s] == hash && mayHaveLength(idAndLength, len + 2)
          && t[s + 4] == (FoldedText.ALEF << 16 | Clitics.LAM)
          && equalsFrom(s, id, 2, a, from, len)) {
        return s;
      }
    }
  }

  /** Whether the word of slot {@code s} (id {@code id}) is {@code a[from, from + len)}. */
  private boolean equals(int s, int id, char[] a, int from, int len) {
    return equalsFrom(s, id, 0, a, from, len);
  }

  /**
   * Whether the word of slot {@code s} (id {@code id}) has {@code a[from, from + len)} from its
   * char {@code skip} on (its length already checked, up to the slot's cap): the inline chars
   * first, then the pool.
   */
  private boolean equalsFrom(int s, int id, int skip, char[] a, int from, int len) {
    if (len + skip >= MAX_SLOT_LENGTH && words[id].length() != len + skip) {
      return false; // the slot's length was capped
    }
    int[] t = table;
    int inline = Math.min(INLINE - skip, len);
    for (int k = 0; k < inline; k++) {
      int j = k + skip;
      int pair = t[s + 4 + (j >>> 1)];
      char c = (char) ((j & 1) == 0 ? pair >>> 16 : pair);
      if (c != a[from + k]) {
        return false;
      }
    }
    if (len > inline) {
      char[] p = pool;
      int at = poolStart[id] + skip;
      for (int k = inline; k < len; k++) {
        if (p[at + k] != a[from + k]) {
          return false;
        }
      }
    }
    return true;
  }

  /** The id of the known word {@code w}, or -1. */
  int id(String w) {
    int hash = w.hashCode();
    int len = w.length();
    for (int h = spread(hash) & mask; ; h = (h + 1) & mask) {
      int id = (table[SLOT * h + 1] & ID_MASK) - 1;
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
      int id = (table[SLOT * h + 1] & ID_MASK) - 1;
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
