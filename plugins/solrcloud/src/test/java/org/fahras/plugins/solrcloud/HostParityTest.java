package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fahras.api.DocumentParser;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.Indexer;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchService;
import org.fahras.plugins.arabic.ArabicAnalyzerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local comparison index of {@link SolrCloudBackendTest} answers as the desktop does: the
 * sample corpus indexed by the desktop's own {@link Indexer} (schema, records, analysis through
 * {@link IndexAnalysis}) and searched by its {@link SearchService} gives, for every query of the
 * comparison, the hits, scores and snippets that {@link LocalReference} gives (which Solr is
 * checked against, word for word). So Solr answers as the desktop does, through this link.
 */
class HostParityTest {

  @Test
  void theLocalReferenceAnswersAsTheDesktopsSearchService(@TempDir Path indexDir) throws Exception {
    ArabicAnalyzerProvider provider = new ArabicAnalyzerProvider();
    IndexAnalysis analysis = IndexAnalysis.from(List.of(provider));
    Map<String, SampleCorpus.Doc> docs = new HashMap<>();
    List<IndexRecord> records = new ArrayList<>();
    for (SampleCorpus.Doc d : SampleCorpus.read()) {
      docs.put(d.path(), d);
      records.add(IndexRecord.document(d.path(), d.path(), d.title(), d.body()));
    }
    DocumentParser parser = SampleCorpus.parserOf(docs);
    List<Path> files = docs.keySet().stream().map(Paths::get).sorted().toList();
    new Indexer(indexDir, analysis, List.of(parser), o -> "sample-text", indexDir, 1).run(files, IndexListener.NONE);

    int hits = 0;
    try (SearchService desktop = new SearchService(indexDir, analysis);
        LocalReference local = new LocalReference(provider, records)) {
      for (String q : SolrCloudBackendTest.QUERIES) {
        List<SearchHit> theirs = desktop.search(q, 0, 50).hits();
        SearchResult ours = local.search(q, 50, false);
        List<SearchResult.Hit> asHits = new ArrayList<>();
        for (SearchHit h : theirs) {
          asHits.add(new SearchResult.Hit(h.path(), h.score(), h.title(), h.snippets()));
        }
        SolrCloudBackendTest.assertSameRanking(q, asHits, ours.hits());
        assertThat(text(asHits)).as("snippets for %s", q).isEqualTo(text(ours.hits()));
        hits += theirs.size();
      }
    }
    assertThat(hits).isGreaterThan(20);
  }

  /**
   * Per path, the snippets' text with the marks kept, HTML entities decoded and white space
   * collapsed (the desktop collapses runs of white space in snippets; the two formatters escape
   * slightly different sets of characters), passages joined.
   */
  private static Map<String, String> text(List<SearchResult.Hit> hits) {
    Map<String, String> m = new TreeMap<>();
    for (SearchResult.Hit h : hits) {
      String s = String.join(" ", h.snippets());
      s = s.replace("&#x2F;", "/").replace("&#x27;", "'").replace("&#39;", "'").replace("&quot;", "\"");
      s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      m.put(h.path(), s.replaceAll("\\s+", " ").strip());
    }
    return m;
  }
}
