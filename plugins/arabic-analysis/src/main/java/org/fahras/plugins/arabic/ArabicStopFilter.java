package org.fahras.plugins.arabic;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link StopFilter} with a quick test first: a term whose shape (length, first and last
 * character) no stop word has is kept without a look-up in the stop set. It removes exactly the
 * terms {@link StopFilter} removes; most words of a text are not stop words, and this test costs a
 * fraction of the set's hashing and comparing.
 */
final class ArabicStopFilter extends StopFilter {

  /** The number of slots of a {@link #shapes} table (a power of two). */
  private static final int SLOTS = 1 << 12;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final boolean[] shapes;

  /**
   * @param shapes {@link #shapes} of {@code stopWords}
   */
  ArabicStopFilter(TokenStream in, CharArraySet stopWords, boolean[] shapes) {
    super(in, stopWords);
    this.shapes = shapes;
  }

  /** The shapes of the words of a stop set, for {@link ArabicStopFilter}s that use that set. */
  static boolean[] shapes(CharArraySet stopWords) {
    boolean[] shapes = new boolean[SLOTS];
    for (Object word : stopWords) {
      char[] w = (char[]) word;
      shapes[slot(w, w.length)] = true;
    }
    return shapes;
  }

  private static int slot(char[] s, int len) {
    return len == 0 ? 0 : ((len * 31 + s[0]) * 31 + s[len - 1]) & (SLOTS - 1);
  }

  @Override
  protected boolean accept() {
    return !shapes[slot(termAtt.buffer(), termAtt.length())] || super.accept();
  }
}
