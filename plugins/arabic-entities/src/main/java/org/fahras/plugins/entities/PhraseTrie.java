package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of folded words (gazetteer names, month names, a document's own names) in a trie keyed
 * by whole words, for longest-match lookup in time proportional to the phrase's length. A trie
 * whose words are all in a {@link WordTable} can be {@linkplain #compile compiled} to one keyed
 * by word ids, which looks up tokens by their ids (no string, no hashing).
 */
final class PhraseTrie {

  /**
   * What a phrase stands for: its entity type, its canonical form and how much it is trusted;
   * {@code kinds} is the type's class bits when it is a class of calendar words ({@link
   * CalendarWords#kinds}), else 0.
   */
  record Entry(String type, String canonical, int priority, int kinds) {

    Entry(String type, String canonical, int priority) {
      this(type, canonical, priority, CalendarWords.kinds(type));
    }
  }

  private static final class Node {
    Map<String, Node> children;
    Entry entry;

  }

  private final Node root = new Node();
  private int size;

  /**
   * Adds a phrase; an existing entry for the same words is kept unless the new one has a higher
   * priority.
   */
  void add(List<String> words, Entry entry) {
    if (words.isEmpty()) {
      return;
    }
    Node n = root;
    for (String w : words) {
      if (n.children == null) {
        n.children = new HashMap<>(4);
      }
      n = n.children.computeIfAbsent(w, k -> new Node());
    }
    if (n.entry == null || entry.priority() > n.entry.priority()) {
      if (n.entry == null) {
        size++;
      }
      n.entry = entry;
    }
  }

  /**
   * Marks every word of every phrase in {@code out}: {@code first} for the first words of
   * phrases, 0 for the others (so they are known).
   */
  void collectWords(Map<String, Integer> out, int first) {
    collect(root, out, first);
  }

  private static void collect(Node n, Map<String, Integer> out, int bits) {
    if (n.children != null) {
      for (Map.Entry<String, Node> e : n.children.entrySet()) {
        out.merge(e.getKey(), bits, (a, b) -> a | b);
        collect(e.getValue(), out, 0);
      }
    }
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The longest phrase starting at a token: its length in tokens and entry. */
  record Match(int length, Entry entry) {}

  /**
   * This trie keyed by the ids of {@code words}, which must hold every word of it ({@link
   * #collectWords}). The compiled trie does not change when this one does.
   */
  Compiled compile(WordTable words) {
    List<Node> nodes = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    nodes.add(root);
    depths.add(0);
    // Breadth first: the children of a node get consecutive indexes. Per node, in order: a
    // header {unused, child count}, then {word id, child node} for each child, by word id.
    List<int[]> children = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      Node n = nodes.get(k);
      List<int[]> own = new ArrayList<>();
      if (n.children != null) {
        for (Map.Entry<String, Node> e : n.children.entrySet()) {
          int id = words.id(e.getKey());
          if (id < 0) {
            throw new IllegalStateException("word of a phrase missing from the table: " + e.getKey());
          }
          own.add(new int[] {id, nodes.size()});
          nodes.add(e.getValue());
          depths.add(depths.get(k) + 1);
        }
      }
      // By word id: a node with many children is searched by bisection (child).
      own.sort((x, y) -> Integer.compare(x[0], y[0]));
      children.add(new int[] {0, own.size()});
      for (int[] o : own) {
        children.add(o);
      }
    }
    int count = nodes.size();
    int[] firstChild = new int[count];
    int[] childCount = new int[count];
    int[] keys = new int[count];
    int[] targets = new int[count];
    Match[] match = new Match[count];
    int c = 0;
    int node = 0;
    for (int k = 0; k < children.size(); ) {
      int[] header = children.get(k++);
      firstChild[node] = c;
      childCount[node] = header[1];
      for (int j = 0; j < header[1]; j++) {
        int[] o = children.get(k++);
        keys[c] = o[0];
        targets[c] = o[1];
        c++;
      }
      Entry e = nodes.get(node).entry;
      match[node] = e == null ? null : new Match(depths.get(node), e);
      node++;
    }
    int[] root = new int[words.size()];
    java.util.Arrays.fill(root, -1);
    for (int j = 0; j < childCount[0]; j++) {
      root[keys[firstChild[0] + j]] = targets[firstChild[0] + j];
    }
    return new Compiled(root, firstChild, childCount, keys, targets, match);
  }

  /**
   * A trie keyed by word ids ({@link #compile}): the longest phrase at a token read by the
   * tokens' ids; every match is made once, when compiling. Immutable.
   */
  static final class Compiled {

    /** Up to this many children a node's keys are scanned, beyond searched by bisection. */
    private static final int LINEAR_CHILDREN = 8;

    /** The node of each word id's one-word prefix, -1 when no phrase starts with it. */
    private final int[] root;

    private final int[] firstChild;
    private final int[] childCount;
    private final int[] keys;
    private final int[] targets;
    /** The match of each node's phrase (its depth and entry), null when no phrase ends there. */
    private final Match[] match;

    private Compiled(int[] root, int[] firstChild, int[] childCount, int[] keys, int[] targets,
        Match[] match) {
      this.root = root;
      this.firstChild = firstChild;
      this.childCount = childCount;
      this.keys = keys;
      this.targets = targets;
      this.match = match;
    }

    /** Whether some phrase starts with the word of id {@code id} (-1: an unknown word). */
    boolean startsWith(int id) {
      return id >= 0 && root[id] >= 0;
    }

    /** The entry of the one-word phrase of id {@code id}, or {@code null}. */
    Entry get(int id) {
      if (id < 0 || root[id] < 0) {
        return null;
      }
      Match m = match[root[id]];
      return m == null ? null : m.entry();
    }

    /**
     * The longest phrase whose first word has id {@code first} (-1: an unknown word, none) and
     * whose following words are the tokens from {@code next} on, without a line break or
     * punctuation between them (a hyphen inside a name is a word of it), or {@code null}.
     */
    Match longest(int first, Tokens tokens, int next) {
      if (first < 0) {
        return null;
      }
      int n = root[first];
      if (n < 0) {
        return null;
      }
      Match best = match[n];
      int i = next;
      int size = tokens.size();
      while (childCount[n] > 0 && i < size) {
        if (tokens.lineBefore(i) || tokens.isPunct(i)) {
          // A hyphen inside a name (بوم-تشيول) is part of the phrase as its own word.
          if (!tokens.is(i, '-')) {
            break;
          }
        }
        n = child(n, tokens.id(i));
        if (n < 0) {
          break;
        }
        i++;
        if (match[n] != null) {
          best = match[n];
        }
      }
      return best;
    }

    private int child(int n, int id) {
      if (id < 0) {
        return -1;
      }
      int from = firstChild[n];
      int to = from + childCount[n];
      if (to - from > LINEAR_CHILDREN) {
        // Keys sorted by word id: some first words have hundreds of continuations (جامعة، عبد).
        int k = java.util.Arrays.binarySearch(keys, from, to, id);
        return k >= 0 ? targets[k] : -1;
      }
      for (int k = from; k < to; k++) {
        if (keys[k] == id) {
          return targets[k];
        }
      }
      return -1;
    }
  }
}
