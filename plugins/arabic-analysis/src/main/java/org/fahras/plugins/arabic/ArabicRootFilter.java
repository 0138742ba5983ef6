package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that replaces each Arabic term by its root: {@link ArabicLightStemmer} (its first
 * stem), then {@link ArabicRootExtractor}. Terms that do not start with an Arabic letter are left
 * as they are. Offsets and positions are untouched. Place it after the folding and the stop filter.
 */
final class ArabicRootFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final ArabicLightStemmer stemmer;

  /**
   * @param tehMarbutaFolded whether ة is folded to ه (the {@link ArabicRule#TEH_MARBUTA} rule)
   */
  ArabicRootFilter(TokenStream input, boolean tehMarbutaFolded) {
    super(input);
    this.stemmer = new ArabicLightStemmer(true, tehMarbutaFolded);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = termAtt.length();
    if (len > 0 && isArabicLetter(termAtt.charAt(0))) {
      char[] s = termAtt.resizeBuffer(Math.max(len, 3));
      boolean tehMarbuta = s[len - 1] == ArabicRootExtractor.TEH_MARBUTA;
      len = stemmer.stem(s, len);
      termAtt.setLength(len == 0 ? 0 : ArabicRootExtractor.root(s, len, tehMarbuta));
    }
    return true;
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
