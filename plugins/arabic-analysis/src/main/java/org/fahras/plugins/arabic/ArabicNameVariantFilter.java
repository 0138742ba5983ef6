package org.fahras.plugins.arabic;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A query-time token filter that follows each Arabic word with its {@link ArabicNameVariants} at
 * the same position (increment 0, same offsets), so a query parser makes them synonyms. It makes
 * strings per word: for queries only, never for indexing.
 */
final class ArabicNameVariantFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final char feminineEnding;
  private final Deque<String> pending = new ArrayDeque<>();
  private State state;

  /** @param feminineEnding how the chain writes a final ة at this point (ه or ة) */
  ArabicNameVariantFilter(TokenStream input, char feminineEnding) {
    super(input);
    this.feminineEnding = feminineEnding;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      clearAttributes();
      restoreState(state);
      termAtt.setEmpty().append(pending.removeFirst());
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String word = termAtt.toString();
    for (String v : ArabicNameVariants.of(word, feminineEnding)) {
      if (!v.equals(word)) {
        pending.add(v);
      }
    }
    if (!pending.isEmpty()) {
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
