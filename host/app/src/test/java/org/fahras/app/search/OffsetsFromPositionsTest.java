package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written without offsets in its postings, highlighted with the provider's offsets
 * analyzer, gives the snippets and match ranges of the same documents indexed with offsets, for
 * words, phrases, wildcards, fuzzy words and Boolean queries.
 */
class OffsetsFromPositionsTest {

  @TempDir Path withOffsets;
  @TempDir Path withPositions;

  @Test
  void snippetsAndMatchesAreThoseOfAnIndexWithOffsets() throws Exception {
    IndexAnalysis analysis = TestIndex.arabicWithOffsetsAnalyzer();
    assertThat(analysis.offsetsAnalyzer()).isNotNull();
    TestIndex.write(withOffsets, analysis, Corpus.DOCS, true);
    TestIndex.write(withPositions, analysis, Corpus.DOCS, false);
    QueryBuilder queries = new QueryBuilder(analysis);
    try (Directory d1 = FSDirectory.open(withOffsets);
        Directory d2 = FSDirectory.open(withPositions);
        DirectoryReader r1 = DirectoryReader.open(d1);
        DirectoryReader r2 = DirectoryReader.open(d2)) {
      assertThat(FieldInfos.getMergedFieldInfos(r1).fieldInfo(IndexFields.BODY).getIndexOptions())
          .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      assertThat(FieldInfos.getMergedFieldInfos(r2).fieldInfo(IndexFields.BODY).getIndexOptions())
          .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
      IndexSearcher s1 = new IndexSearcher(r1);
      IndexSearcher s2 = new IndexSearcher(r2);
      SnippetHighlighter postings = new SnippetHighlighter(s1, analysis.indexAnalyzer());
      // The provider's offsets analyzer, counting the texts it reads: the offsets must come from it.
      java.util.concurrent.atomic.AtomicInteger texts = new java.util.concurrent.atomic.AtomicInteger();
      org.apache.lucene.analysis.Analyzer counting =
          new org.apache.lucene.analysis.Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
              texts.incrementAndGet();
              return reader;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
              // What the test provider's offsets analyzer is: StandardTokenizer alone.
              return new TokenStreamComponents(new org.apache.lucene.analysis.standard.StandardTokenizer());
            }
          };
      SnippetHighlighter positions = new SnippetHighlighter(s2, analysis.indexAnalyzer(), counting);
      assertThat(positions.getOffsetSource(IndexFields.BODY))
          .isEqualTo(org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource.POSTINGS);
      MatchOffsets postingsMatches = new MatchOffsets(s1, analysis.indexAnalyzer());
      MatchOffsets positionsMatches = new MatchOffsets(s2, analysis.indexAnalyzer(), counting);
      int compared = 0;
      int marked = 0;
      for (String q :
          List.of(
              "كوريا", "المخطوطات", "\"كوريا الشمالية\"", "صوار*", "كوري*", "الخط*", "شطرنح~1", "كت?ب",
              "بيت*", "مياه~1", "مكتبة OR مخطوطة", "الولايات AND المتحدة", "title:تقرير", "م*")) {
        QueryBuilder.Prepared p = queries.build(SearchRequest.of(q));
        Query query = p.strict() != null ? p.strict() : p.relaxed();
        int[] ids = Arrays.stream(s1.search(query, 10).scoreDocs).mapToInt(h -> h.doc).toArray();
        int[] ids2 = Arrays.stream(s2.search(query, 10).scoreDocs).mapToInt(h -> h.doc).toArray();
        assertThat(ids2).as(q).containsExactly(ids);
        if (ids.length == 0) {
          continue;
        }
        List<List<String>> expected = postings.snippets(IndexFields.BODY, query, ids, 3);
        List<List<String>> actual = positions.snippets(IndexFields.BODY, query, ids, 3);
        assertThat(actual).as(q).isEqualTo(expected);
        for (int i = 0; i < ids.length; i++) {
          assertThat(positionsMatches.find(IndexFields.BODY, query, ids[i]))
              .as("%s, hit %d", q, i)
              .isEqualTo(postingsMatches.find(IndexFields.BODY, query, ids[i]));
          compared++;
          marked += expected.get(i).stream().anyMatch(s -> s.contains("<mark>")) ? 1 : 0;
        }
      }
      assertThat(compared).isGreaterThanOrEqualTo(10);
      assertThat(texts.get()).as("texts read by the offsets analyzer").isGreaterThanOrEqualTo(compared);
      assertThat(marked).as("hits with a highlighted word").isGreaterThanOrEqualTo(compared / 2);
    }
  }
}
