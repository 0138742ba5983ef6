package org.fahras.plugins.arabic;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VOCALISED field through the provider, on a real in-memory index: a query token with marks
 * finds the documents whose vocalisation of the word is compatible, and only those.
 */
class ArabicVocalisedFieldTest {

  /** One word per document, under the name the table below uses. */
  private static final String[][] DOCS = {
    {"bare", "كتب"},
    {"kataba", "كَتَبَ"},
    {"katab", "كَتَب"},
    {"kataba-partial", "كَتب"},
    {"kattaba", "كَتَّبَ"},
    {"kutub", "كُتُب"},
    {"kutiba", "كُتِبَ"},
    {"kutub-shadda-first", "كُتُبٌ"},
    {"kitab-tatweel", "كِـتَـابٌ"},
    {"mudarris", "مُدَرِّسٌ"},
    {"mudarris-shadda-only", "مدرّس"},
    {"mudarris-reversed", "مُدَرِِّس"},
    {"madrasa", "مَدْرَسَةٌ"},
    {"akala", "أَكَلَ"},
  };

  private static final ArabicAnalyzerProvider PROVIDER = new ArabicAnalyzerProvider();

  static {
    // The layout of separate fields, whose VOCALISED field this test reads (the compact layout:
    // ArabicCompactLayoutTest).
    PROVIDER.configure(Map.of(ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION, "true"));
  }
  private static ByteBuffersDirectory dir;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    dir = new ByteBuffersDirectory();
    Analyzer analyzer = PROVIDER.indexAnalyzer(AnalysisField.VOCALISED);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (String[] d : DOCS) {
        Document doc = new Document();
        doc.add(new StringField("id", d[0], Field.Store.YES));
        doc.add(new TextField("body_vocalised", d[1], Field.Store.NO));
        w.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "كَتَبَ | bare kataba katab kataba-partial",
        "كَتَب | bare kataba katab kataba-partial",
        "كتب | bare kataba katab kataba-partial kattaba kutub kutiba kutub-shadda-first",
        "كُتُب | bare kutub kutub-shadda-first",
        "كُتِبَ | bare kutiba",
        "كَتَّبَ | bare kattaba kataba-partial",
        "كُ | ",
        "كِتَاب | kitab-tatweel",
        "مُدَرِّس | mudarris mudarris-shadda-only mudarris-reversed",
        "مدرّس | mudarris mudarris-shadda-only mudarris-reversed",
        "مَدْرَسَة | madrasa",
        "مُدَرِّسَة | ",
        "اكل | akala",
        "آكَل | akala",
        "أَكْل | ",
      })
  void aVocalisedQueryFindsTheCompatibleVocalisations(String query, String expected)
      throws IOException {
    List<String> wanted = expected == null ? List.of() : List.of(expected.trim().split(" +"));
    assertThat(search(query)).containsExactlyInAnyOrderElementsOf(new TreeSet<>(wanted));
  }

  private static List<String> search(String text) throws IOException {
    List<String> tokens =
        AnalyzedTerms.of(PROVIDER.queryAnalyzer(AnalysisField.VOCALISED), text);
    assertThat(tokens).hasSize(1);
    Query q = PROVIDER.termQuery(AnalysisField.VOCALISED, "body", tokens.get(0));
    IndexSearcher searcher = new IndexSearcher(reader);
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
      ids.add(searcher.storedFields().document(sd.doc).get("id"));
    }
    return ids;
  }
}
