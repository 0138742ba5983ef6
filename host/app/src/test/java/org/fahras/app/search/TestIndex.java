package org.fahras.app.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.ParsedDocument;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.DocumentMapper;
import org.fahras.app.index.FileFingerprint;
import org.fahras.app.index.IndexFields;

/**
 * Builds small indexes for search tests with the real schema ({@link DocumentMapper}) and an
 * Arabic analysis made of Lucene's own Arabic filters (the analysis plugin is not on this
 * module's class path): the stemmed field uses {@link ArabicAnalyzer}, the exact field
 * normalises without stemming, and both normalise wildcard and fuzzy terms.
 */
final class TestIndex {

  private TestIndex() {}

  /** One document of a test index; paths need not exist. */
  record Doc(
      String path,
      String title,
      String author,
      String text,
      String type,
      String lang,
      long size,
      String mtime,
      String created,
      String modified) {

    static Doc of(String path, String title, String text) {
      return new Doc(path, title, null, text, "text/plain", "ar", 1000, "2020-01-01T00:00:00Z", null, null);
    }

    Doc author(String a) {
      return new Doc(path, title, a, text, type, lang, size, mtime, created, modified);
    }

    Doc type(String t) {
      return new Doc(path, title, author, text, t, lang, size, mtime, created, modified);
    }

    Doc lang(String l) {
      return new Doc(path, title, author, text, type, l, size, mtime, created, modified);
    }

    Doc size(long s) {
      return new Doc(path, title, author, text, type, lang, s, mtime, created, modified);
    }

    Doc mtime(String m) {
      return new Doc(path, title, author, text, type, lang, size, m, created, modified);
    }

    Doc created(String c) {
      return new Doc(path, title, author, text, type, lang, size, mtime, c, modified);
    }

    Doc modified(String m) {
      return new Doc(path, title, author, text, type, lang, size, mtime, created, m);
    }
  }

  /** Arabic analysis from Lucene's Arabic filters, with STEMMED and EXACT fields. */
  static IndexAnalysis arabic() {
    return IndexAnalysis.from(List.of(new LuceneArabicProvider(false)));
  }

  /**
   * {@link #arabic()} whose provider also has an offsets analyzer (API 1.7.0): Lucene's {@code
   * StandardTokenizer} alone, which gives {@code ArabicAnalyzer}'s positions and offsets (its stop
   * filter keeps the positions of the words it drops).
   */
  static IndexAnalysis arabicWithOffsetsAnalyzer() {
    return IndexAnalysis.from(List.of(new LuceneArabicProvider(true)));
  }

  /** Writes the documents into a new index at {@code dir}. */
  static void write(Path dir, IndexAnalysis analysis, List<Doc> docs) throws IOException {
    write(dir, analysis, docs, true);
  }

  /** {@link #write}, the text fields with or without offsets in their postings. */
  static void write(Path dir, IndexAnalysis analysis, List<Doc> docs, boolean offsetsInPostings) throws IOException {
    DocumentMapper mapper = new DocumentMapper(analysis.indexedFields(), analysis.entities(), offsetsInPostings);
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analysis.indexAnalyzer()))) {
      for (Doc doc : docs) {
        FileFingerprint fp = new FileFingerprint(Path.of(doc.path()), doc.size(), Instant.parse(doc.mtime()).toEpochMilli());
        ParsedDocument parsed =
            new ParsedDocument(
                doc.text(),
                doc.title(),
                doc.author(),
                doc.created() == null ? null : Instant.parse(doc.created()),
                doc.modified() == null ? null : Instant.parse(doc.modified()),
                doc.lang(),
                doc.type(),
                null,
                null,
                null);
        w.addDocuments(mapper.toDocuments(fp, "test", parsed));
      }
      w.setLiveCommitData(Map.of(IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION).entrySet());
      w.commit();
    }
  }

  /** File name of a path, for readable assertions. */
  static String name(SearchHit h) {
    return SearchService.fileName(h.path());
  }

  private static final class LuceneArabicProvider implements AnalyzerProvider {
    private final Analyzer stemmed = new ArabicAnalyzer();
    private final Analyzer exact = new ExactArabic();
    private final Analyzer offsets;

    LuceneArabicProvider(boolean withOffsetsAnalyzer) {
      offsets =
          withOffsetsAnalyzer
              ? new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                  return new TokenStreamComponents(new StandardTokenizer());
                }
              }
              : null;
    }

    @Override
    public Analyzer offsetsAnalyzer(AnalysisField field) {
      return field == AnalysisField.STEMMED ? offsets : null;
    }

    @Override
    public String id() {
      return "lucene-arabic";
    }

    @Override
    public Set<AnalysisField> fields() {
      return Set.of(AnalysisField.STEMMED, AnalysisField.EXACT);
    }

    @Override
    public Analyzer indexAnalyzer(AnalysisField field) {
      return field == AnalysisField.EXACT ? exact : stemmed;
    }
  }

  /** Lower case, ASCII digits and Arabic normalisation; no stop words, no stemming. */
  private static final class ExactArabic extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, normalize(fieldName, source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream result = new LowerCaseFilter(in);
      result = new DecimalDigitFilter(result);
      return new ArabicNormalizationFilter(result);
    }
  }
}
