package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that normalises a term as the EXACT field does but keeps its diacritics, in
 * {@link ArabicVocalisation}'s canonical order: the letters are folded by a folding with every
 * rule of the EXACT field except {@link ArabicRule#TASHKEEL}, then the marks are put in order and
 * those other than the vowel signs and shadda (Quranic marks, dagger alef, hamza marks) deleted.
 * Offsets are left untouched.
 */
final class ArabicVocalisedFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final ArabicFolding keepingMarks;
  private final ArabicFolding exact;

  /**
   * @param keepingMarks the EXACT field's folding with {@link ArabicRule#TASHKEEL} off
   * @param exact the EXACT field's folding, which tells the marks to delete
   */
  ArabicVocalisedFilter(TokenStream input, ArabicFolding keepingMarks, ArabicFolding exact) {
    super(input);
    this.keepingMarks = keepingMarks;
    this.exact = exact;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = keepingMarks.foldInPlace(termAtt.buffer(), termAtt.length());
    if (len < 0) {
      String folded = keepingMarks.foldWithIcu(termAtt);
      termAtt.setEmpty().append(folded);
      len = termAtt.length();
    }
    termAtt.setLength(ArabicVocalisation.canonicalise(termAtt.buffer(), len, exact));
    return true;
  }
}
