package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.analysis.IndexAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wildcard and fuzzy words matching few terms become those terms: same hits, same scores. */
class FewTermsExpansionTest {

  @TempDir Path dir;

  @Test
  void fewTermsAreLookedUpOnceWithTheSameHitsAndScores() throws Exception {
    IndexAnalysis analysis = TestIndex.arabic();
    TestIndex.write(dir, analysis, Corpus.DOCS);
    QueryBuilder queries = new QueryBuilder(analysis);
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int expandedQueries = 0;
      for (String q : List.of("صوار*", "كوري*", "الخط*", "شطرنح~1", "كت?ب", "بيت*", "مياه~1", "كوري* OR بيت*")) {
        QueryBuilder.Prepared p = queries.build(SearchRequest.of(q));
        Query query = p.strict() != null ? p.strict() : p.relaxed();
        Query expanded = FewTermsExpansion.expand(query, reader);
        if (expanded != query) {
          expandedQueries++;
          assertThat(constantScoreMultiTermParts(expanded)).as(q).isZero();
        }
        TopDocs before = searcher.search(searcher.rewrite(query), 50);
        TopDocs after = searcher.search(searcher.rewrite(expanded), 50);
        assertThat(after.totalHits.value).as(q).isEqualTo(before.totalHits.value);
        assertThat(after.scoreDocs).as(q).hasSameSizeAs(before.scoreDocs);
        for (int i = 0; i < before.scoreDocs.length; i++) {
          ScoreDoc b = before.scoreDocs[i];
          ScoreDoc a = after.scoreDocs[i];
          assertThat(a.doc).as("%s, hit %d", q, i).isEqualTo(b.doc);
          assertThat(a.score).as("%s, hit %d", q, i).isEqualTo(b.score);
        }
      }
      assertThat(expandedQueries).isGreaterThanOrEqualTo(4);
      // A word matching more terms than allowed leaves the whole query as it is.
      Query broad = queries.build(SearchRequest.of("كوري*")).relaxed();
      assertThat(constantScoreMultiTermParts(broad)).isPositive();
      assertThat(FewTermsExpansion.expand(broad, reader, 0)).isSameAs(broad);
    }
  }

  private static int constantScoreMultiTermParts(Query query) {
    int[] n = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
            if (q instanceof MultiTermQuery m
                && (m.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                    || m.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_REWRITE)) {
              n[0]++;
            }
          }
        });
    return n[0];
  }
}
