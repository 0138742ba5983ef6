package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that applies {@link ArabicLetterNormalizer} to each term; offsets are left
 * untouched, so they still point at the surface word.
 */
public final class ArabicLetterNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public ArabicLetterNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    termAtt.setLength(ArabicLetterNormalizer.normalize(termAtt.buffer(), termAtt.length()));
    return true;
  }
}
