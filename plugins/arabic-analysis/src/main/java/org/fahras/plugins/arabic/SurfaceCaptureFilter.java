package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Records the surface form of each token in its {@link SurfaceAttribute}, for {@link
 * CompositeTermFilter} to join to the stem later in the chain.
 *
 * <p>Two ways, by place in the chain: {@link #vocalisedAndFolded} right after the tokenizer folds
 * the raw word once, keeping its diacritics in canonical order for the surface (as the VOCALISED
 * field does) and making the term the same letters without them; {@link #folded} after the
 * chain's own folding (and name variants) copies the term, ة written ه as the EXACT field writes
 * it, and leaves the term as it is.
 */
final class SurfaceCaptureFilter extends TokenFilter {
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final SurfaceAttribute surfaceAtt = addAttribute(SurfaceAttribute.class);
  /** Folding of the word with its diacritics, or null to copy the (already folded) term. */
  private final ArabicFolding keepingMarks;
  private final ArabicFolding exact;
  private final boolean tehMarbutaToHeh;
  private char[] scratch = new char[32];

  private SurfaceCaptureFilter(
      TokenStream in, ArabicFolding keepingMarks, ArabicFolding exact, boolean tehMarbutaToHeh) {
    super(in);
    this.keepingMarks = keepingMarks;
    this.exact = exact;
    this.tehMarbutaToHeh = tehMarbutaToHeh;
  }

  /** The raw word folded as the VOCALISED field folds it; place right after the tokenizer. */
  /**
   * One folding for both: the raw word folded keeping its diacritics ({@code keepingMarks}: the
   * chain's own folding without the tashkeel rule, ة left as it is) and canonicalised is the
   * surface (ة written ه when {@code tehMarbutaToHeh}); the same without its diacritics becomes the
   * term, as the chain's folding would have made it. Place right after the tokenizer, instead of
   * the chain's folding filter.
   */
  static SurfaceCaptureFilter vocalisedAndFolded(
      TokenStream in, ArabicFolding keepingMarks, ArabicFolding exact, boolean tehMarbutaToHeh) {
    return new SurfaceCaptureFilter(in, keepingMarks, exact, tehMarbutaToHeh);
  }

  /** The folded term, ة as ه when the chain folds it later; place after the folding. */
  static SurfaceCaptureFilter folded(TokenStream in, boolean tehMarbutaToHeh) {
    return new SurfaceCaptureFilter(in, null, null, tehMarbutaToHeh);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = termAtt.length();
    if (scratch.length < len) {
      scratch = new char[Math.max(len, scratch.length * 2)];
    }
    System.arraycopy(termAtt.buffer(), 0, scratch, 0, len);
    if (keepingMarks == null) {
      if (tehMarbutaToHeh) {
        for (int i = 0; i < len; i++) {
          if (scratch[i] == TEH_MARBUTA) {
            scratch[i] = HEH;
          }
        }
      }
      surfaceAtt.set(scratch, 0, len);
      return true;
    }
    int n = keepingMarks.foldInPlace(scratch, len);
    if (n < 0) {
      String folded = keepingMarks.foldWithIcu(termAtt);
      n = folded.length();
      if (scratch.length < n) {
        scratch = new char[n];
      }
      folded.getChars(0, n, scratch, 0);
    }
    n = ArabicVocalisation.canonicalise(scratch, n, exact);
    // The term: the letters without their marks, ة as the chain has it.
    char[] term = termAtt.resizeBuffer(n);
    termAtt.setLength(ArabicVocalisation.skeleton(scratch, n, term));
    if (tehMarbutaToHeh) {
      for (int i = 0; i < n; i++) {
        if (scratch[i] == TEH_MARBUTA) {
          scratch[i] = HEH;
        }
      }
    }
    surfaceAtt.set(scratch, 0, n);
    return true;
  }
}
