package org.fahras.plugins.solrcloud;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;

/**
 * The local side of the comparison: a Lucene index in memory with the desktop's text fields
 * (stored, analysed by the provider's STEMMED index analyzer, offsets in postings, as {@code
 * IndexFields.STORED_TEXT_WITH_OFFSETS}), searched with the same normal-mode queries (strict,
 * then relaxed), document records only, and highlighted with Lucene's unified highlighter.
 */
final class LocalReference implements AutoCloseable {

  private static final FieldType TEXT;

  /** Between passages in the formatter's output, split again into one snippet each. */
  private static final String PASSAGE_SEPARATOR = "\u0000";

  static {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    TEXT = t;
  }

  private final AnalyzerProvider provider;
  private final Directory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LocalReference(AnalyzerProvider provider, List<IndexRecord> records) throws IOException {
    this.provider = provider;
    Analyzer index = provider.indexAnalyzer(AnalysisField.STEMMED);
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
      for (IndexRecord r : records) {
        Document d = new Document();
        d.add(new StringField("path", r.path(), Field.Store.YES));
        d.add(new StringField("file", r.file(), Field.Store.YES));
        d.add(new StringField("kind", r.kind(), Field.Store.YES));
        if (r.title() != null) {
          d.add(new Field("title", r.title(), TEXT));
        }
        if (r.author() != null) {
          d.add(new Field("author", r.author(), TEXT));
        }
        if (r.body() != null) {
          d.add(new Field("body", r.body(), TEXT));
        }
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  /** The hits of a text in normal mode, the whole body highlighted. */
  SearchResult search(String text, int limit) throws Exception {
    return search(text, limit, true);
  }

  /**
   * The hits of a text in normal mode, as {@link SolrCloudIndex#search} asks Solr for them: the
   * whole body highlighted, or passages as the desktop's {@code SnippetHighlighter} cuts them
   * (about 180 characters closest to length at word boundaries, at most 3, the start of the
   * text when nothing in it matched).
   */
  SearchResult search(String text, int limit, boolean wholeText) throws Exception {
    org.fahras.app.search.QueryBuilder.Prepared p =
        new org.fahras.app.search.QueryBuilder(org.fahras.app.analysis.IndexAnalysis.from(List.of(provider)))
            .build(org.fahras.app.search.SearchRequest.of(text));
    Query q = restrict(p.strict() != null ? p.strict() : p.relaxed());
    TopDocs top = searcher.search(q, Math.max(1, limit));
    boolean relaxed = top.totalHits.value == 0;
    if (relaxed) {
      q = restrict(p.relaxed());
      top = searcher.search(q, Math.max(1, limit));
    }
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(searcher, provider.indexAnalyzer(AnalysisField.STEMMED))
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", PASSAGE_SEPARATOR, true));
    if (wholeText) {
      b.withBreakIterator(WholeBreakIterator::new);
    } else {
      b.withMaxNoHighlightPassages(1)
          .withBreakIterator(
              () ->
                  LengthGoalBreakIterator.createClosestToLength(
                      BreakIterator.getWordInstance(Locale.ROOT), 180, 0.5f));
    }
    Map<String, String[]> snippets =
        b.build().highlightFields(new String[] {"body"}, q, top, new int[] {wholeText ? 1 : 3});
    String[] body = snippets.get("body");
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      List<String> passages = body[i] == null ? List.of() : List.of(body[i].split(PASSAGE_SEPARATOR, -1));
      hits.add(new SearchResult.Hit(d.get("path"), sd.score, d.get("title"), passages));
    }
    return new SearchResult(top.totalHits.value, relaxed, hits, new LinkedHashMap<>());
  }

  private static Query restrict(Query q) {
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(new TermQuery(new Term("kind", IndexRecord.KIND_DOC)), Occur.FILTER)
        .build();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
