package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A summary of one index: where it is, how much it holds, when it was last updated and which
 * files could not be read.
 *
 * @param indexDir the index folder
 * @param documents searchable documents (files and embedded entries)
 * @param files indexed files (on disk)
 * @param sizeBytes size of the index folder
 * @param lastRun when the last completed run finished (ISO-8601), or {@code null}
 * @param analysis the analysis signature the index was built with, or {@code null}
 * @param failures the files that could not be read, sorted by path
 * @param interruptedRun when the last run that did not complete started (ISO-8601), or {@code
 *     null} when the last run completed
 * @param disabledPlugins the plugins the last completed run (or watch commit) left out because
 *     they hung or kept failing, one message each naming the plugin and why; empty when none
 */
public record IndexStatus(
    Path indexDir,
    int documents,
    int files,
    long sizeBytes,
    String lastRun,
    String analysis,
    List<Failure> failures,
    String interruptedRun,
    List<String> disabledPlugins) {

  public IndexStatus {
    disabledPlugins = disabledPlugins == null ? List.of() : List.copyOf(disabledPlugins);
  }

  /** A status without plugins left out (the form before they were recorded). */
  public IndexStatus(
      Path indexDir,
      int documents,
      int files,
      long sizeBytes,
      String lastRun,
      String analysis,
      List<Failure> failures,
      String interruptedRun) {
    this(indexDir, documents, files, sizeBytes, lastRun, analysis, failures, interruptedRun, List.of());
  }

  /**
   * A file that could not be read.
   *
   * @param path the file
   * @param reason the reason category, e.g. {@code CORRUPT}
   * @param message what went wrong
   */
  public record Failure(String path, String reason, String message) {}

  /** Reads the status of an existing index. */
  public static IndexStatus read(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int documents = searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)));
      TermQuery failureQuery = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_FAILURE));
      int failureCount = searcher.count(failureQuery);
      List<Failure> failures = new ArrayList<>();
      if (failureCount > 0) {
        ScoreDoc[] docs =
            searcher.search(failureQuery, failureCount, new Sort(new SortField(IndexFields.PATH, SortField.Type.STRING)))
                .scoreDocs;
        var stored = searcher.storedFields();
        for (ScoreDoc sd : docs) {
          Document d = stored.document(sd.doc);
          failures.add(
              new Failure(
                  d.get(IndexFields.PATH),
                  d.get(IndexFields.FAILURE_REASON),
                  d.get(IndexFields.FAILURE_MESSAGE)));
        }
      }
      Map<String, String> data = reader.getIndexCommit().getUserData();
      return new IndexStatus(
          indexDir,
          documents,
          countFiles(searcher),
          folderSize(indexDir),
          data.get(IndexFields.COMMIT_LAST_RUN),
          data.get(IndexFields.COMMIT_ANALYSIS),
          List.copyOf(failures),
          data.get(IndexFields.COMMIT_RUN_STARTED),
          disabledPlugins(data.get(PluginFaults.COMMIT_KEY)));
    }
  }

  private static List<String> disabledPlugins(String value) {
    return value == null || value.isBlank()
        ? List.of()
        : value.lines().filter(l -> !l.isBlank()).toList();
  }

  private static int countFiles(IndexSearcher searcher) throws IOException {
    // Top-level records are those whose path equals their file; count distinct files instead
    // via the doc-values terms of FILE.
    int n = 0;
    for (var ctx : searcher.getIndexReader().leaves()) {
      var terms = ctx.reader().terms(IndexFields.FILE);
      if (terms == null) {
        continue;
      }
      var it = terms.iterator();
      var live = ctx.reader().getLiveDocs();
      while (it.next() != null) {
        var postings = it.postings(null, 0);
        for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            n++;
            break;
          }
        }
      }
    }
    return n;
  }

  private static long folderSize(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0L;
                }
              })
          .sum();
    }
  }
}
