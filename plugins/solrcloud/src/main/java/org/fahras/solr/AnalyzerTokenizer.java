package org.fahras.solr;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A tokenizer that runs a whole Lucene {@link Analyzer} (its char filters, tokenizer and
 * filters) over its input and hands on each token: term, offsets, position increment and
 * length, type, flags, payload and keyword flag. This lets Solr use Fahras' own analysis chain
 * unchanged, as the tokenizer of an ordinary {@code solr.TextField}.
 *
 * <p>Offsets are those of the analyzer, passed through {@link #correctOffset} so that a char
 * filter configured in front of this tokenizer in Solr still maps them to the original text.
 */
final class AnalyzerTokenizer extends Tokenizer {

  private final Analyzer analyzer;
  private final String fieldName;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  private TokenStream delegate;
  private CharTermAttribute dTerm;
  private OffsetAttribute dOffset;
  private PositionIncrementAttribute dPosInc;
  private PositionLengthAttribute dPosLen;
  private TypeAttribute dType;
  private FlagsAttribute dFlags;
  private PayloadAttribute dPayload;
  private KeywordAttribute dKeyword;

  AnalyzerTokenizer(AttributeFactory factory, Analyzer analyzer, String fieldName) {
    super(factory);
    this.analyzer = analyzer;
    this.fieldName = fieldName;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    delegate = analyzer.tokenStream(fieldName, input);
    dTerm = delegate.addAttribute(CharTermAttribute.class);
    dOffset = delegate.addAttribute(OffsetAttribute.class);
    dPosInc = delegate.addAttribute(PositionIncrementAttribute.class);
    dPosLen = delegate.addAttribute(PositionLengthAttribute.class);
    dType = delegate.addAttribute(TypeAttribute.class);
    dFlags = delegate.addAttribute(FlagsAttribute.class);
    dPayload = delegate.addAttribute(PayloadAttribute.class);
    dKeyword = delegate.addAttribute(KeywordAttribute.class);
    delegate.reset();
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!delegate.incrementToken()) {
      return false;
    }
    term.copyBuffer(dTerm.buffer(), 0, dTerm.length());
    offset.setOffset(correctOffset(dOffset.startOffset()), correctOffset(dOffset.endOffset()));
    posInc.setPositionIncrement(dPosInc.getPositionIncrement());
    posLen.setPositionLength(dPosLen.getPositionLength());
    type.setType(dType.type());
    flags.setFlags(dFlags.getFlags());
    payload.setPayload(dPayload.getPayload());
    keyword.setKeyword(dKeyword.isKeyword());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    delegate.end();
    int end = correctOffset(dOffset.endOffset());
    offset.setOffset(end, end);
    posInc.setPositionIncrement(dPosInc.getPositionIncrement());
  }

  @Override
  public void close() throws IOException {
    try {
      if (delegate != null) {
        delegate.close();
      }
    } finally {
      delegate = null;
      super.close();
    }
  }
}
