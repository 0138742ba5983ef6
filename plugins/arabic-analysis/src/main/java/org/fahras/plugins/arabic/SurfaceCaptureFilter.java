package org.fahras.plugins.arabic;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Records the surface form of each token in its {@link SurfaceAttribute}, for {@link
 * CompositeTermFilter} to join to the stem later in the chain.
 *
 * <p>Two ways, by place in the chain: {@link #vocalisedAndFolded} right after the tokenizer folds
 * the raw word once, keeping its diacritics in canonical order for the surface (as the VOCALISED
 * field does) and making the term the same letters without them, and drops a word that folding
 * empties, as a {@code LengthFilter} would after it; {@link #folded} after the
 * chain's own folding (and name variants) copies the term, ة written ه as the EXACT field writes
 * it, and leaves the term as it is.
 */
final class SurfaceCaptureFilter extends TokenFilter {
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final SurfaceAttribute surfaceAtt = addAttribute(SurfaceAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  /** Folding of the word with its diacritics, or null to copy the (already folded) term. */
  private final ArabicFolding keepingMarks;
  private final ArabicFolding exact;
  private final boolean tehMarbutaToHeh;
  private char[] scratch = new char[32];

  /** The position increments of the words dropped since the last one returned. */
  private int skippedPositions;

  /**
   * What {@link ArabicFolding#foldWithIcu} made of the raw words that needed it, by raw word: in
   * vocalised text they are the few words with a maddah or hamza mark (U+0653–U+0655), met again
   * and again, and ICU's normaliser costs far more than a lookup. Emptied when full.
   */
  private CharArrayMap<char[]> icuFolded;

  /** The most raw words {@link #icuFolded} holds. */
  private static final int MAX_ICU_FOLDED = 4096;

  private SurfaceCaptureFilter(
      TokenStream in, ArabicFolding keepingMarks, ArabicFolding exact, boolean tehMarbutaToHeh) {
    super(in);
    this.keepingMarks = keepingMarks;
    this.exact = exact;
    this.tehMarbutaToHeh = tehMarbutaToHeh;
  }

  /**
   * One folding for both: the raw word folded keeping its diacritics ({@code keepingMarks}: the
   * chain's own folding without the tashkeel rule, ة left as it is) and canonicalised is the
   * surface (ة written ه when {@code tehMarbutaToHeh}); the same without its diacritics becomes the
   * term, as the chain's folding would have made it. A word with no letter left is dropped, its
   * position increment carried to the next. Place right after the tokenizer, instead of the
   * chain's folding filter and its length filter.
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
    if (keepingMarks == null) {
      if (!input.incrementToken()) {
        return false;
      }
      int len = termAtt.length();
      char[] surface = surfaceAtt.resizeBuffer(len);
      char[] term = termAtt.buffer();
      for (int i = 0; i < len; i++) {
        char c = term[i];
        surface[i] = tehMarbutaToHeh && c == TEH_MARBUTA ? HEH : c;
      }
      surfaceAtt.setLength(len);
      return true;
    }
    // As a LengthFilter after it would: a word that folding empties (tatweel or marks alone) is
    // dropped, its position increment added to the next word's (or to the end's).
    skippedPositions = 0;
    while (input.incrementToken()) {
      if (captureVocalised()) {
        if (skippedPositions != 0) {
          posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        }
        return true;
      }
      skippedPositions += posIncAtt.getPositionIncrement();
    }
    return false;
  }

  /** Folds the current word into its surface and term; false when no letter is left. */
  private boolean captureVocalised() {
    int len = termAtt.length();
    if (scratch.length < len) {
      scratch = new char[Math.max(len, scratch.length * 2)];
    }
    int n = keepingMarks.foldInto(termAtt.buffer(), len, scratch);
    char[] folded = scratch;
    if (n < 0) {
      folded = foldedWithIcu(termAtt.buffer(), len);
      n = folded.length;
    }
    // In one pass: the surface, diacritics in canonical order, ة written ه when asked; the term,
    // its letters without the marks, ة as the chain has it.
    char[] term = termAtt.resizeBuffer(n);
    long lengths =
        ArabicVocalisation.canonicaliseAndSplit(
            folded, n, exact, tehMarbutaToHeh ? HEH : TEH_MARBUTA, surfaceAtt.resizeBuffer(n), term);
    int letters = (int) (lengths >>> 32);
    termAtt.setLength(letters);
    surfaceAtt.setLength((int) lengths);
    return letters > 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    if (keepingMarks != null) {
      posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skippedPositions = 0;
  }

  /** {@link ArabicFolding#foldWithIcu} of a raw word, from {@link #icuFolded} when it is there. */
  private char[] foldedWithIcu(char[] raw, int len) {
    if (icuFolded == null) {
      icuFolded = new CharArrayMap<>(64, false);
    }
    char[] folded = icuFolded.get(raw, 0, len);
    if (folded == null) {
      folded = keepingMarks.foldWithIcu(new String(raw, 0, len)).toCharArray();
      if (icuFolded.size() >= MAX_ICU_FOLDED) {
        icuFolded.clear();
      }
      icuFolded.put(Arrays.copyOf(raw, len), folded);
    }
    return folded;
  }
}
