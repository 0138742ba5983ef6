package org.fahras.plugins.arabic;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A stop filter for vocalised terms: removes a term whose letters, marks left out, are a stop
 * word of the EXACT field, so that the VOCALISED field has the EXACT field's positions (إِلَى is
 * removed as إلى is).
 */
final class ArabicVocalisedStopFilter extends FilteringTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final CharArraySet stopWords;
  private char[] scratch = new char[32];

  ArabicVocalisedStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  protected boolean accept() {
    int len = termAtt.length();
    if (scratch.length < len) {
      scratch = new char[termAtt.buffer().length];
    }
    int n = ArabicVocalisation.skeleton(termAtt.buffer(), len, scratch);
    return !stopWords.contains(scratch, 0, n);
  }
}
