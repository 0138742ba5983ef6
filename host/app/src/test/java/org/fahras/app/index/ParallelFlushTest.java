package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.InfoStream;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchService;
import org.fahras.app.watch.TextParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With several parse threads, the in-memory segments are written to disk by the pool's threads
 * at the end of a run, not one after another by the commit (IndexBatch.flushInParallel); which
 * thread flushed shows in Lucene's info stream.
 */
class ParallelFlushTest {

  @TempDir Path tmp;

  /** The thread of each segment flush Lucene reports. */
  final List<String> flushThreads = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void reset() {
    InfoStream.setDefault(InfoStream.NO_OUTPUT);
    System.clearProperty(IndexBatch.PARALLEL_FLUSH_PROPERTY);
  }

  private Path indexFiles(int threads) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < 80; i++) {
      Files.writeString(docs.resolve("f" + i + ".txt"), "مخطوطة رقم " + i + " من أرشيف المدينة");
    }
    InfoStream.setDefault(
        new InfoStream() {
          @Override
          public void message(String component, String message) {
            if (message.startsWith("flush postings as segment")) {
              flushThreads.add(Thread.currentThread().getName());
            }
          }

          @Override
          public boolean isEnabled(String component) {
            return component.equals("DWPT");
          }

          @Override
          public void close() {}
        });
    Path index = tmp.resolve("index");
    IndexRunResult r =
        new Indexer(index, IndexAnalysis.fallback(), List.of(new TextParser()), p -> "text", tmp.resolve("plugins"), threads)
            .run(List.of(docs), new IndexListener() {});
    assertThat(r.added()).isEqualTo(80);
    return index;
  }

  @Test
  void theParseThreadsFlushTheSegmentsBeforeTheCommit() throws Exception {
    Path index = indexFiles(2);

    assertThat(flushThreads).isNotEmpty().allMatch(t -> t.startsWith("fahras-parse-"));
    try (SearchService s = new SearchService(index, IndexAnalysis.fallback())) {
      assertThat(s.search("مخطوطة", 0, 100).total()).isEqualTo(80);
    }
    try (FSDirectory d = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(d)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
  }

  @Test
  void switchedOffTheCommitFlushes() throws Exception {
    System.setProperty(IndexBatch.PARALLEL_FLUSH_PROPERTY, "false");
    indexFiles(2);
    assertThat(flushThreads).isNotEmpty().allMatch(t -> t.equals(Thread.currentThread().getName()));
  }

  @Test
  void oneThreadLeavesTheFlushToTheCommit() throws Exception {
    indexFiles(1);
    assertThat(flushThreads).isNotEmpty().allMatch(t -> t.equals(Thread.currentThread().getName()));
  }
}
