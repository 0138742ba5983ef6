package org.fahras.app.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The offsets of each position of one document's text, from the analysis provider's offsets
 * analyzer ({@code AnalyzerProvider.offsetsAnalyzer}): for a field indexed with positions but no
 * offsets, {@link #reader} makes its postings answer {@code startOffset()} and {@code
 * endOffset()} as if the offsets were indexed, for the unified highlighter.
 */
final class PositionOffsets {

  private int[] start = new int[64];
  private int[] end = new int[64];
  private int size;
  private final int textLength;

  private PositionOffsets(int textLength) {
    this.textLength = textLength;
  }

  /** The offsets of {@code text}'s positions, as {@code analyzer} gives them for {@code field}. */
  static PositionOffsets of(Analyzer analyzer, String field, String text) throws IOException {
    PositionOffsets p = new PositionOffsets(text.length());
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        int i = inc.getPositionIncrement();
        if (i == 0 && pos >= 0) {
          continue; // another token at the same position: the first one's offsets stand
        }
        pos += i;
        if (pos >= 0) {
          // (An index chain never starts at increment 0; an offsets analyzer that did is ignored there.)
          p.set(pos, offset.startOffset(), offset.endOffset());
        }
      }
      ts.end();
    }
    return p;
  }

  private void set(int pos, int from, int to) {
    if (pos >= start.length) {
      int n = Math.max(pos + 1, start.length * 2);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
    }
    // Positions the analyzer skipped (gaps) keep the offsets of the position before them.
    for (int k = size; k < pos; k++) {
      start[k] = k == 0 ? 0 : start[k - 1];
      end[k] = k == 0 ? 0 : end[k - 1];
    }
    start[pos] = from;
    end[pos] = to;
    size = Math.max(size, pos + 1);
  }

  /** The start offset of position {@code pos}; past the known positions, the end of the text. */
  int start(int pos) {
    return pos >= 0 && pos < size ? start[pos] : textLength;
  }

  /** The end offset of position {@code pos}; past the known positions, the end of the text. */
  int end(int pos) {
    return pos >= 0 && pos < size ? end[pos] : textLength;
  }

  /** {@code in} with {@code field}'s postings answering offsets from these positions. */
  LeafReader reader(LeafReader in, String field) {
    return new FilterLeafReader(in) {
      @Override
      public Terms terms(String f) throws IOException {
        Terms t = super.terms(f);
        return t == null || !f.equals(field) ? t : new WithOffsets(t);
      }

      @Override
      public CacheHelper getCoreCacheHelper() {
        return null;
      }

      @Override
      public CacheHelper getReaderCacheHelper() {
        return null;
      }
    };
  }

  private final class WithOffsets extends FilterLeafReader.FilterTerms {
    WithOffsets(Terms in) {
      super(in);
    }

    @Override
    public boolean hasOffsets() {
      return true;
    }

    @Override
    public TermsEnum iterator() throws IOException {
      return new Enum(in.iterator());
    }

    @Override
    public TermsEnum intersect(CompiledAutomaton automaton, BytesRef startTerm) throws IOException {
      return new Enum(in.intersect(automaton, startTerm));
    }
  }

  private final class Enum extends FilterLeafReader.FilterTermsEnum {
    Enum(TermsEnum in) {
      super(in);
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      PostingsEnum p = in.postings(null, flags);
      return PostingsEnum.featureRequested(flags, PostingsEnum.OFFSETS) ? new Postings(p) : p;
    }
  }

  private final class Postings extends FilterLeafReader.FilterPostingsEnum {
    private int position = -1;

    Postings(PostingsEnum in) {
      super(in);
    }

    @Override
    public int nextDoc() throws IOException {
      position = -1;
      return super.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      position = -1;
      return super.advance(target);
    }

    @Override
    public int nextPosition() throws IOException {
      position = super.nextPosition();
      return position;
    }

    @Override
    public int startOffset() {
      return start(position);
    }

    @Override
    public int endOffset() {
      return end(position);
    }
  }
}
