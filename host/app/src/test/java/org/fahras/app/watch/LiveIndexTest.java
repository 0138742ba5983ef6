package org.fahras.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fahras.app.watch.WatchFixture.withWord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexFields;
import org.fahras.app.index.IndexInUseException;
import org.fahras.app.index.IndexRunResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live index: near-real-time search, commit rate and commit data. */
class LiveIndexTest {

  static final Duration NEVER = Duration.ofHours(1);

  @TempDir Path tmp;
  Path docs;
  WatchFixture fx;

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    fx = new WatchFixture(tmp.resolve("index"));
  }

  LiveIndex open(Duration minCommitInterval) throws IOException {
    return LiveIndex.open(fx.indexer(CrawlSettings.defaults()), List.of(docs), fx.recorder(), minCommitInterval);
  }

  int committedDocs() throws IOException {
    try (var dir = FSDirectory.open(fx.index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return -1;
      }
      try (var reader = DirectoryReader.open(dir)) {
        return reader.numDocs();
      }
    }
  }

  Map<String, String> commitData() throws IOException {
    try (var dir = FSDirectory.open(fx.index)) {
      return SegmentInfos.readLatestCommit(dir).getUserData();
    }
  }

  @Test
  void firstPassIsSearchableAndCommitted() throws Exception {
    Files.writeString(docs.resolve("a.txt"), "alpha");
    try (LiveIndex live = open(NEVER)) {
      IndexRunResult r = live.refreshAll();

      assertThat(r.added()).isEqualTo(1);
      assertThat(withWord(live, "alpha")).isEqualTo(1);
      assertThat(committedDocs()).isEqualTo(1);
    }
  }

  @Test
  void appliedChangeIsSearchableBeforeItIsCommitted() throws Exception {
    try (LiveIndex live = open(NEVER)) {
      live.refreshAll();
      Path b = Files.writeString(docs.resolve("b.txt"), "bravo");

      live.apply(List.of(b));

      assertThat(withWord(live, "bravo")).isEqualTo(1);
      assertThat(committedDocs()).as("commits are rate-limited").isZero();
      assertThat(live.commitDelayMillis()).isPositive();
    }
  }

  @Test
  void changeIsCommittedOnceTheRateAllows() throws Exception {
    try (LiveIndex live = open(Duration.ZERO)) {
      live.refreshAll();
      Path c = Files.writeString(docs.resolve("c.txt"), "charlie");

      live.apply(List.of(c));

      assertThat(committedDocs()).isEqualTo(1);
      assertThat(live.commitDelayMillis()).isEqualTo(-1);
    }
  }

  @Test
  void closeCommitsPendingChanges() throws Exception {
    try (LiveIndex live = open(NEVER)) {
      live.refreshAll();
      live.apply(List.of(Files.writeString(docs.resolve("d.txt"), "delta")));
    }

    assertThat(committedDocs()).isEqualTo(1);
  }

  @Test
  void commitsBeforeACompletePassDoNotClaimARun() throws Exception {
    try (LiveIndex live = open(NEVER)) {
      live.apply(List.of(Files.writeString(docs.resolve("e.txt"), "echo")));
      live.commit();

      assertThat(committedDocs()).isEqualTo(1);
      assertThat(commitData()).doesNotContainKey(IndexFields.COMMIT_LAST_RUN);

      live.refreshAll();

      assertThat(commitData()).containsKeys(IndexFields.COMMIT_LAST_RUN, IndexFields.COMMIT_ANALYSIS);
    }
  }

  @Test
  void searchesSeeAConsistentViewWhileChangesGoOn() throws Exception {
    Files.writeString(docs.resolve("f.txt"), "foxtrot");
    try (LiveIndex live = open(NEVER)) {
      live.refreshAll();
      var searcher = live.acquire();
      try {
        Files.delete(docs.resolve("f.txt"));
        live.apply(List.of(docs.resolve("f.txt")));

        assertThat(searcher.getIndexReader().numDocs()).as("an acquired searcher keeps its view").isEqualTo(1);
        assertThat(withWord(live, "foxtrot")).as("a new search sees the delete").isZero();
      } finally {
        live.release(searcher);
      }
    }
  }

  @Test
  void closeDuringALongPassCommitsWhatThePassWroteWithoutClaimingARun() throws Exception {
    for (int i = 0; i < 200; i++) {
      Files.writeString(docs.resolve("f" + i + ".txt"), "slow " + i);
    }
    DocumentParser slow = new DocumentParser() {
      final TextParser text = new TextParser();

      @Override
      public String id() {
        return "slow";
      }

      @Override
      public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return text.parse(request);
      }
    };
    LiveIndex live = LiveIndex.open(
        fx.indexer(CrawlSettings.defaults(), slow), List.of(docs), fx.recorder(), NEVER, Duration.ofMillis(100));
    CompletableFuture<IndexRunResult> pass = CompletableFuture.supplyAsync(() -> {
      try {
        return live.refreshAll();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    WatchFixture.eventually("some files are searchable", () -> withWord(live, "slow") > 0);

    long start = System.nanoTime();
    live.close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(committedDocs()).isBetween(1, 199);
    assertThat(commitData()).doesNotContainKey(IndexFields.COMMIT_LAST_RUN);
    assertThatThrownBy(() -> pass.get(10, TimeUnit.SECONDS)).as("the pass was cut short").isInstanceOf(ExecutionException.class);
  }

  @Test
  void closeNowStopsALongPassAtOnceAndTheNextPassReadsTheRestWithoutDuplicates() throws Exception {
    for (int i = 0; i < 200; i++) {
      Files.writeString(docs.resolve("f" + i + ".txt"), "slow " + i);
    }
    DocumentParser slow = new DocumentParser() {
      final TextParser text = new TextParser();

      @Override
      public String id() {
        return "slow";
      }

      @Override
      public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return text.parse(request);
      }
    };
    // The default close wait (5 s): closeNow must not use it.
    LiveIndex live = LiveIndex.open(fx.indexer(CrawlSettings.defaults(), slow), List.of(docs), fx.recorder(), NEVER);
    CompletableFuture<IndexRunResult> pass = CompletableFuture.supplyAsync(() -> {
      try {
        return live.refreshAll();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    WatchFixture.eventually("some files are searchable", () -> withWord(live, "slow") > 0);
    assertThat(live.isBusy()).isTrue();

    long start = System.nanoTime();
    live.closeNow();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThatThrownBy(() -> pass.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    assertThat(committedDocs()).isBetween(1, 199);
    try (LiveIndex again = open(NEVER)) {
      IndexRunResult rest = again.refreshAll();
      assertThat(rest.added() + rest.unchanged()).isEqualTo(200);
      assertThat(withWord(again, "slow")).isEqualTo(200);
    }
  }

  @Test
  void closeNowWhenIdleIsAPlainClose() throws Exception {
    Files.writeString(docs.resolve("a.txt"), "alpha");
    LiveIndex live = open(NEVER);
    live.refreshAll();
    assertThat(live.isBusy()).isFalse();

    live.closeNow();

    assertThat(live.isClosed()).isTrue();
    assertThat(committedDocs()).isEqualTo(1);
    assertThat(commitData()).containsKey(IndexFields.COMMIT_LAST_RUN);
  }

  @Test
  void secondWriterOnTheSameIndexIsRefused() throws Exception {
    try (LiveIndex live = open(NEVER)) {
      assertThatThrownBy(() -> open(NEVER)).isInstanceOf(IndexInUseException.class);
    }
  }
}
