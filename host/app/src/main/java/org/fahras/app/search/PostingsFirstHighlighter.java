package org.fahras.app.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.app.index.StoredText;

/**
 * Lucene's unified highlighter, reading match offsets from the postings also for a query with a
 * multi-term part (a wildcard, fuzzy or prefix word, an automaton).
 *
 * <p>For such a query the stock highlighter analyses each document's text again into an in-memory
 * index, expecting that to cost less than running the automaton over every term of the field for
 * each document. On Fahras's indexes it costs more: a page of ten 1 MB books took 444 ms for
 * {@code قال*} with the re-analysis and 120 ms from the postings; on the benchmark corpus's small
 * files the two cost the same, and gave the same 430 snippets word for word. A query part the
 * highlighter cannot read without rewriting it still gets the re-analysis.
 *
 * <p>A field indexed with positions but no offsets (a new index whose analysis provider has an
 * offsets analyzer, API 1.7.0) is read the same way: its postings give the matched positions and
 * the offsets analyzer's pass over the hit's stored text gives their offsets ({@link
 * PositionOffsets}), the same as indexed offsets would be.
 */
abstract class PostingsFirstHighlighter extends UnifiedHighlighter {

  /** The analysis provider's offsets analyzer, or null. */
  private final Analyzer offsetsAnalyzer;

  /**
   * @param offsetsAnalyzer the analyzer that gives the positions and offsets of the indexed text
   *     ({@code IndexAnalysis.offsetsAnalyzer}), or null: a field indexed without offsets then
   *     gets them by analysing its text again, as Lucene's highlighter does
   */
  PostingsFirstHighlighter(Builder builder, Analyzer offsetsAnalyzer) {
    super(builder);
    this.offsetsAnalyzer = offsetsAnalyzer;
  }

  /**
   * Whether {@code field} has positions but no offsets in its postings and the offsets analyzer
   * can supply them: its offsets then come from the postings' positions ({@link PositionOffsets}).
   */
  private boolean offsetsFromPositions(String field) {
    if (offsetsAnalyzer == null) {
      return false;
    }
    FieldInfo info = getFieldInfo(field);
    return info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
  }

  @Override
  protected OffsetSource getOffsetSource(String field) {
    return offsetsFromPositions(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source == OffsetSource.POSTINGS && offsetsFromPositions(components.getField())) {
      Analyzer analyzer = offsetsAnalyzer;
      return new PostingsOffsetStrategy(components) {
        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
          PositionOffsets offsets = PositionOffsets.of(analyzer, getField(), content);
          return super.getOffsetsEnum(offsets.reader(reader, getField()), docId, content);
        }
      };
    }
    return super.getOffsetStrategy(source, components);
  }

  @Override
  protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
    OffsetSource chosen = super.getOptimizedOffsetSource(components);
    if (chosen == OffsetSource.ANALYSIS
        && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
        && !components.hasUnrecognizedQueryPart()
        && !components.getPhraseHelper().willRewrite()) {
      return OffsetSource.POSTINGS;
    }
    return chosen;
  }

  /**
   * Reads the stored text whichever way it is stored: the body in the compact encoding ({@link
   * StoredText}, as bytes) or as a string.
   */
  @Override
  protected LimitedStoredFieldVisitor newLimitedStoredFieldsVisitor(String[] fields) {
    return new LimitedStoredFieldVisitor(fields, MULTIVAL_SEP_CHAR, getMaxLength()) {
      @Override
      public void binaryField(FieldInfo fieldInfo, byte[] value) throws IOException {
        stringField(fieldInfo, StoredText.value(value));
      }
    };
  }
}
