package org.fahras.examples.tashkeel;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Removes Arabic diacritics (U+064B to U+0652, superscript alef U+0670) and tatweel (U+0640). */
final class TashkeelFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  TashkeelFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int n = 0;
    for (int i = 0; i < term.length(); i++) {
      char c = b[i];
      if (!((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640')) {
        b[n++] = c;
      }
    }
    term.setLength(n);
    return true;
  }
}
