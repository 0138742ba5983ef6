package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an analysis provider that has an offsets analyzer (API 1.7.0), a new index holds its text
 * with positions but no offsets, and its snippets still mark the matched words; an index that
 * already holds offsets keeps them run after run, since Lucene does not let a field change its
 * index options.
 */
class OffsetsInPostingsTest {

  @TempDir Path tmp;
  Path docs;
  Path index;

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    index = tmp.resolve("index");
    Files.writeString(docs.resolve("a.txt"), "The archive keeps old manuscripts of the city.");
    Files.writeString(docs.resolve("b.txt"), "A report on the condition of the manuscripts, and of the maps.");
  }

  /** StandardAnalyzer's terms; with {@code offsets}, StandardTokenizer alone for the offsets. */
  private static IndexAnalysis analysis(boolean offsets) {
    Analyzer standard = new StandardAnalyzer();
    Analyzer tokenizer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
          }
        };
    AnalyzerProvider p =
        new AnalyzerProvider() {
          @Override
          public String id() {
            return "standard-test";
          }

          @Override
          public Set<AnalysisField> fields() {
            return Set.of(AnalysisField.STEMMED);
          }

          @Override
          public Analyzer indexAnalyzer(AnalysisField field) {
            return standard;
          }

          @Override
          public Analyzer offsetsAnalyzer(AnalysisField field) {
            return offsets ? tokenizer : null;
          }
        };
    return IndexAnalysis.from(List.of(p));
  }

  private void run(IndexAnalysis analysis) throws IOException {
    Indexer indexer = new Indexer(index, analysis, List.of(new FakeParsers.Text()), p -> "test", tmp.resolve("plugins"), 2);
    IndexRunResult r = indexer.run(List.of(docs), new IndexListener() {});
    assertThat(r.failed()).isZero();
  }

  private IndexOptions bodyOptions() throws IOException {
    try (Directory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      return FieldInfos.getMergedFieldInfos(r).fieldInfo(IndexFields.BODY).getIndexOptions();
    }
  }

  private List<String> snippets(IndexAnalysis analysis, String q) throws Exception {
    try (SearchService s = new SearchService(index, analysis)) {
      List<SearchHit> hits = s.search(q, 0, 10).hits();
      assertThat(hits).as(q).isNotEmpty();
      return hits.stream().flatMap(h -> h.snippets().stream()).toList();
    }
  }

  @Test
  void aNewIndexHasPositionsOnlyAndItsSnippetsMarkTheWords() throws Exception {
    IndexAnalysis analysis = analysis(true);
    run(analysis);
    assertThat(bodyOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    assertThat(snippets(analysis, "manuscripts"))
        .anyMatch(s -> s.contains("old <mark>manuscripts</mark> of the city"))
        .anyMatch(s -> s.contains("condition of the <mark>manuscripts</mark>, and"));
    assertThat(snippets(analysis, "\"the maps\"")).anyMatch(s -> s.contains("of <mark>the maps</mark>."));
    assertThat(snippets(analysis, "manu*")).anyMatch(s -> s.contains("<mark>manuscripts</mark>"));
  }

  @Test
  void anIndexWithOffsetsKeepsThemWhenTheProviderGainsAnOffsetsAnalyzer() throws Exception {
    run(analysis(false));
    assertThat(bodyOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    Files.writeString(docs.resolve("a.txt"), "The archive keeps new manuscripts of the city.");
    Files.writeString(docs.resolve("c.txt"), "Manuscripts and maps.");
    IndexAnalysis analysis = analysis(true);
    run(analysis);
    assertThat(bodyOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    assertThat(snippets(analysis, "manuscripts"))
        .hasSize(3)
        .anyMatch(s -> s.contains("new <mark>manuscripts</mark> of the city"));
  }
}
