package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * The last filter of {@link ArabicCompositeAnalyzer}: writes each term as {@code stem} {@value
 * ArabicCompositeAnalyzer#SEPARATOR_NAME} {@code surface}. A second stem of the same word ({@link
 * ArabicLightStemFilter#ALTERNATIVE}) gets no surface ({@code stem} + separator), or is dropped
 * when the chain analyses a query for exact or vocalised matching, where the first stem is the
 * one to look the surface up under.
 */
final class CompositeTermFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final SurfaceAttribute surfaceAtt = addAttribute(SurfaceAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final boolean dropAlternatives;

  CompositeTermFilter(TokenStream in, boolean dropAlternatives) {
    super(in);
    this.dropAlternatives = dropAlternatives;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      boolean alternative = (flagsAtt.getFlags() & ArabicLightStemFilter.ALTERNATIVE) != 0;
      if (alternative && dropAlternatives) {
        continue;
      }
      int len = termAtt.length();
      int surface = alternative ? 0 : surfaceAtt.length();
      char[] buf = termAtt.resizeBuffer(len + 1 + surface);
      buf[len] = ArabicCompositeAnalyzer.SEPARATOR;
      System.arraycopy(surfaceAtt.buffer(), 0, buf, len + 1, surface);
      termAtt.setLength(len + 1 + surface);
      return true;
    }
    return false;
  }
}
