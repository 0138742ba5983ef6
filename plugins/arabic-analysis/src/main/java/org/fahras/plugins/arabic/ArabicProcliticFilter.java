package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A token filter that applies {@link ArabicProcliticStemmer} to each term not marked as a
 * keyword; place it right after Lucene's {@code ArabicStemFilter}.
 */
public final class ArabicProcliticFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public ArabicProcliticFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(ArabicProcliticStemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
