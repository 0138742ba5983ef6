package org.fahras.app.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;

/**
 * Searches one index: parses the query with the index's analyzers, ranks with BM25, and
 * returns hits with highlighted snippets of the whole document text.
 *
 * <p>The service reads the index as of when it was opened; it is safe for concurrent use.
 */
public final class SearchService implements AutoCloseable {

  /** Snippets per hit. */
  public static final int MAX_SNIPPETS = 3;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries;
  private final SnippetHighlighter highlighter;

  /**
   * Opens an index for searching.
   *
   * @throws IOException when there is no readable index at {@code indexDir}
   */
  public SearchService(Path indexDir, IndexAnalysis analysis) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    try {
      this.reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.searcher = new IndexSearcher(reader);
    this.queries = new QueryBuilder(analysis);
    this.highlighter = new SnippetHighlighter(searcher, analysis.indexAnalyzer());
  }

  /**
   * Runs a query.
   *
   * @param text the query in Lucene syntax; plain words are fine
   * @param offset how many of the best hits to skip (paging)
   * @param limit the most hits to return
   */
  public SearchResult search(String text, int offset, int limit)
      throws IOException, InvalidQueryException {
    long start = System.nanoTime();
    Query query = queries.build(text);
    int n = Math.max(1, offset + limit);
    TopDocs top = searcher.search(query, n);
    long total = searcher.count(query);
    ScoreDoc[] page = slice(top.scoreDocs, offset, limit);
    int[] ids = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      ids[i] = page[i].doc;
    }
    List<List<String>> snippets =
        ids.length == 0 ? List.of() : highlighter.snippets(IndexFields.BODY, query, ids, MAX_SNIPPETS);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc);
      hits.add(toHit(d, page[i].score, snippets.get(i)));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(text, total, List.copyOf(hits), took);
  }

  /** Number of documents (files and embedded entries) that can be found. */
  public int documentCount() throws IOException {
    return searcher.count(
        new org.apache.lucene.search.TermQuery(
            new org.apache.lucene.index.Term(IndexFields.KIND, IndexFields.KIND_DOC)));
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    int end = Math.min(all.length, offset + limit);
    ScoreDoc[] page = new ScoreDoc[end - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  private static SearchHit toHit(Document d, float score, List<String> snippets) {
    String path = d.get(IndexFields.PATH);
    String title = d.get(IndexFields.TITLE);
    if (title == null || title.isBlank()) {
      title = fileName(path);
    }
    return new SearchHit(
        path,
        score,
        title,
        d.get(IndexFields.CONTENT_TYPE),
        longValue(d.getField(IndexFields.MTIME)),
        longValue(d.getField(IndexFields.SIZE)),
        snippets);
  }

  static String fileName(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(cut + 1);
  }

  private static long longValue(IndexableField f) {
    return f == null || f.numericValue() == null ? 0L : f.numericValue().longValue();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
