package org.fahras.plugins.arabic;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * A char filter, before the tokenizer, so that an invisible character inside a word does not split
 * it: بيت + U+200B + كوين is the one word بيتكوين, as it is with a ZWNJ.
 *
 * <p>Of the invisible characters the {@link ArabicRule#INVISIBLE} rule removes, {@code
 * StandardTokenizer}'s word rules (UAX #29) break a word only at the zero-width space U+200B:
 * ZWNJ and ZWJ are Extend, LRM, RLM, the bidi embeddings, overrides and isolates, the word joiner
 * U+2060, the byte-order mark U+FEFF and the Arabic letter mark U+061C are Format, which the rules
 * keep inside the word they stand in. So this filter writes each U+200B as a word joiner U+2060,
 * which is just as invisible and which {@link ArabicFoldingFilter} then deletes with the others.
 * It does the same with U+061C: Format for the tokenizer, but of the Arabic script, so {@link
 * ScriptRunSplitFilter} would split a Latin word at it (bit + U+061C + coin); the word joiner has
 * no script.
 * One character for one: no offset changes, so the tokens' offsets are those of the original text
 * without any correction, and {@link ScriptRunSplitFilter} still places its parts exactly. One pass
 * over the caller's buffer, no allocation.
 */
final class ZeroWidthSpaceCharFilter extends CharFilter {

  ZeroWidthSpaceCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    for (int i = off, end = off + n; i < end; i++) {
      char c = cbuf[i];
      if (c == ArabicLetterNormalizer.ZERO_WIDTH_SPACE
          || c == ArabicLetterNormalizer.ARABIC_LETTER_MARK) {
        cbuf[i] = ArabicLetterNormalizer.WORD_JOINER;
      }
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
