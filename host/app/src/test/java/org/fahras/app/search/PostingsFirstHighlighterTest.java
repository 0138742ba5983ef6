package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets read from the postings for wildcard, fuzzy and prefix queries are the ones Lucene's
 * highlighter makes by analysing the text again, word for word.
 */
class PostingsFirstHighlighterTest {

  @TempDir Path dir;

  @Test
  void multiTermQueriesGiveTheSameSnippetsAsReanalysis() throws Exception {
    IndexAnalysis analysis = TestIndex.arabic();
    TestIndex.write(dir, analysis, Corpus.DOCS);
    QueryBuilder queries = new QueryBuilder(analysis);
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SnippetHighlighter ours = new SnippetHighlighter(searcher, analysis.indexAnalyzer());
      Stock stock =
          new Stock(
              UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                  .withMaxLength(Integer.MAX_VALUE - 1)
                  .withFormatter(new MarkPassageFormatter())
                  .withMaxNoHighlightPassages(1)
                  .withBreakIterator(WordBreaks.passages()));
      int compared = 0;
      int marked = 0;
      for (String q : List.of("صوار*", "كوري*", "الخط*", "شطرنح~1", "كت?ب", "بيت*", "ال*", "م*", "مياه~1")) {
        QueryBuilder.Prepared p = queries.build(SearchRequest.of(q));
        Query query = p.strict() != null ? p.strict() : p.relaxed();
        ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
        int[] ids = Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
        if (ids.length == 0) {
          continue;
        }
        List<List<String>> fromPostings = ours.snippets(IndexFields.BODY, query, ids, 3);
        Map<String, Object[]> reanalysed =
            stock.objects(new String[] {IndexFields.BODY}, query, ids, new int[] {3});
        for (int i = 0; i < ids.length; i++) {
          Object theirs = reanalysed.get(IndexFields.BODY)[i];
          assertThat(fromPostings.get(i)).as("%s, hit %d", q, i).isEqualTo(theirs == null ? List.of() : theirs);
          compared++;
          marked += fromPostings.get(i).stream().anyMatch(s -> s.contains("<mark>")) ? 1 : 0;
        }
      }
      assertThat(compared).isGreaterThanOrEqualTo(8);
      assertThat(marked).as("hits with a highlighted word").isGreaterThanOrEqualTo(compared / 2);
    }
  }

  /**
   * Lucene's highlighter as it comes: re-analysis for multi-term queries (reading the body's
   * compact stored encoding, which it does not know).
   */
  private static final class Stock extends UnifiedHighlighter {
    Stock(Builder builder) {
      super(builder);
    }

    @Override
    protected LimitedStoredFieldVisitor newLimitedStoredFieldsVisitor(String[] fields) {
      return new LimitedStoredFieldVisitor(fields, MULTIVAL_SEP_CHAR, getMaxLength()) {
        @Override
        public void binaryField(org.apache.lucene.index.FieldInfo fieldInfo, byte[] value) throws java.io.IOException {
          stringField(fieldInfo, org.fahras.app.index.StoredText.value(value));
        }
      };
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] ids, int[] max) throws java.io.IOException {
      return highlightFieldsAsObjects(fields, query, ids, max);
    }
  }
}
