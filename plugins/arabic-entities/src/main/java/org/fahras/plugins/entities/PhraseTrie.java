package org.fahras.plugins.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of folded words (gazetteer names, month names, a document's own names) in a trie keyed
 * by whole words, for longest-match lookup in time proportional to the phrase's length.
 */
final class PhraseTrie {

  /** What a phrase stands for: its entity type, its canonical form and how much it is trusted. */
  record Entry(String type, String canonical, int priority) {}

  private static final class Node {
    Map<String, Node> children;
    Entry entry;

    Node child(String word) {
      return children == null ? null : children.get(word);
    }
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

  /** Whether some phrase starts with {@code word}. */
  boolean startsWith(String word) {
    return root.child(word) != null;
  }

  /** The entry of the one-word phrase {@code word}, or {@code null}. */
  Entry get(String word) {
    Node n = root.child(word);
    return n == null ? null : n.entry;
  }

  /** The longest phrase starting at a token: its length in tokens and entry. */
  record Match(int length, Entry entry) {}

  /**
   * The longest phrase whose first word is {@code first} and whose following words are the
   * word tokens from {@code next} on (no boundary between them), or {@code null}.
   */
  Match longest(String first, Tokens tokens, int next) {
    Node n = root.child(first);
    if (n == null) {
      return null;
    }
    Match best = n.entry == null ? null : new Match(1, n.entry);
    int i = next;
    int length = 1;
    while (n.children != null && i < tokens.size()) {
      if (tokens.lineBefore(i) || tokens.isPunct(i)) {
        // A hyphen inside a name (بوم-تشيول) is part of the phrase as its own word.
        if (!tokens.is(i, '-')) {
          break;
        }
      }
      n = n.child(tokens.form(i));
      if (n == null) {
        break;
      }
      i++;
      length++;
      if (n.entry != null) {
        best = new Match(length, n.entry);
      }
    }
    return best;
  }
}
