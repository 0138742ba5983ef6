package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that applies {@link ArabicFolding} to each term: compatibility forms and case
 * (ICU NFKC_Casefold, only where it could change something), Arabic letter variants, tashkeel,
 * Quranic marks, tatweel, invisible characters and digits, in one pass. Offsets are left untouched,
 * so they still point at the surface word.
 */
public final class ArabicFoldingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final ArabicFolding folding;

  /** A filter with every rule on. */
  public ArabicFoldingFilter(TokenStream input) {
    this(input, ArabicFolding.DEFAULT);
  }

  ArabicFoldingFilter(TokenStream input, ArabicFolding folding) {
    super(input);
    this.folding = folding;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = folding.foldInPlace(termAtt.buffer(), termAtt.length());
    if (len >= 0) {
      termAtt.setLength(len);
    } else {
      String folded = folding.foldWithIcu(termAtt);
      termAtt.setEmpty().append(folded);
    }
    return true;
  }
}
