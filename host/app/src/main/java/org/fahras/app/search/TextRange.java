package org.fahras.app.search;

/**
 * A range of characters in a document's stored text, {@code start} inclusive, {@code end}
 * exclusive: where a query matched.
 */
public record TextRange(int start, int end) {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
