package org.fahras.plugins.arabic;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A token filter that applies {@link ArabicLightStemmer} to each Arabic term not marked as a
 * keyword, and then marks it as a keyword so that the English filters after it leave it alone;
 * offsets are left as they are. Place it after the folding and the stop filter.
 *
 * <p>Where the stemmer finds two readings ({@link ArabicLightStemmer#alternative()}), the second
 * stem follows the first as a token of its own at the same position (increment 0, same offsets):
 * a plural in ات gives جامعه and جامع, the stems of the plural of a noun in ة and of a masculine
 * noun, which the letters cannot tell apart. Index and query both carry the pair, so the plural
 * meets either singular.
 */
public final class ArabicLightStemFilter extends TokenFilter {

  /**
   * The flag ({@link FlagsAttribute}) of the second stem of a word, so that a filter after this
   * one can tell it from a word of its own at the same position (a name variant).
   */
  public static final int ALTERNATIVE = 1 << 20;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final ArabicLightStemmer stemmer;

  /** The length of the second term still to emit (in {@link #saved}), or -1. */
  private int pending = -1;

  private char[] saved = new char[16];

  // The attributes of the token whose second term is pending, kept by value: no State object is
  // captured, as the second term is frequent enough for the allocation to show in indexing speed.
  // The chain sets no flags or payloads, so these are all there is to carry over.
  private int startOffset;
  private int endOffset;
  private int positionLength;
  private String type;

  /**
   * @param proclitics also remove the proclitic clusters (the {@link ArabicRule#PROCLITICS} rule)
   * @param tehMarbutaFolded whether ة is to be folded to ه (the {@link ArabicRule#TEH_MARBUTA}
   *     rule), which this filter does: the chain before it leaves ة as it is
   */
  public ArabicLightStemFilter(TokenStream input, boolean proclitics, boolean tehMarbutaFolded) {
    super(input);
    this.stemmer = new ArabicLightStemmer(proclitics, tehMarbutaFolded);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending >= 0) {
      // The same token (offsets, type): only the term and the increment change.
      clearAttributes();
      termAtt.copyBuffer(saved, 0, pending);
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(positionLength);
      offsetAtt.setOffset(startOffset, endOffset);
      typeAtt.setType(type);
      keywordAtt.setKeyword(true);
      flagsAtt.setFlags(ALTERNATIVE);
      pending = -1;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword() && isArabic(termAtt)) {
      termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
      // Stemmed: the English filters after this one leave a keyword alone (and save the time).
      keywordAtt.setKeyword(true);
      pending = stemmer.alternativeLength();
      if (pending >= 0) {
        if (saved.length < pending) {
          saved = new char[stemmer.alternative().length];
        }
        System.arraycopy(stemmer.alternative(), 0, saved, 0, pending);
        startOffset = offsetAtt.startOffset();
        endOffset = offsetAtt.endOffset();
        positionLength = posLenAtt.getPositionLength();
        type = typeAtt.type();
      }
    }
    return true;
  }

  /** Whether the term starts with an Arabic-block character: other terms are not looked at. */
  private static boolean isArabic(CharTermAttribute term) {
    return term.length() > 0 && term.charAt(0) >= '\u0600' && term.charAt(0) <= '\u06FF';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = -1;
    type = null;
  }
}
