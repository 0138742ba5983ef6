package org.fahras.app.gui.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.config.UserConfig;
import org.fahras.app.gui.manage.IndexViewModel.Outcome;
import org.fahras.app.gui.manage.IndexViewModel.Snapshot;
import org.fahras.app.gui.manage.IndexViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index management without a display: folders, runs, progress, failures, watching. */
class IndexViewModelTest {

  static final Duration DEADLINE = Duration.ofSeconds(20);

  @TempDir Path tmp;
  Path data;
  Path index;
  Path docs;
  SlowTextParser parser;
  IndexViewModel model;
  final List<Snapshot> seen = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();
  int indexChanges;

  @BeforeEach
  void setUp() throws IOException {
    data = tmp.resolve("data");
    index = tmp.resolve("index");
    docs = Files.createDirectories(tmp.resolve("docs"));
    parser = new SlowTextParser(0);
    model = new IndexViewModel(data, index, parser.indexers(index));
    model.addListener(s -> {
      seen.add(s);
      threads.add(Thread.currentThread().getName());
    });
    model.onIndexChanged(() -> indexChanges++);
  }

  @AfterEach
  void tearDown() {
    model.close();
  }

  void write(Path folder, int n, String prefix) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < n; i++) {
      Files.writeString(folder.resolve(prefix + i + ".txt"), "نص " + prefix + " " + i);
    }
  }

  int committedDocs() throws IOException {
    try (var dir = FSDirectory.open(index);
        var reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  static void eventually(String what, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void addedFolderIsSavedInTheConfigurationSharedWithTheCommandLine() throws Exception {
    model.addFolder(docs);
    model.awaitIdle(DEADLINE);

    assertThat(UserConfig.load(data).folders()).containsExactly(docs.toAbsolutePath().normalize());
    assertThat(model.snapshot().folders()).containsExactly(docs.toAbsolutePath().normalize());
  }

  @Test
  void removedFolderLeavesTheConfigurationAndItsDocumentsLeaveTheIndex() throws Exception {
    Path other = tmp.resolve("other");
    write(docs, 3, "a");
    write(other, 2, "b");
    model.addFolder(docs);
    model.addFolder(other);
    model.start();
    eventually("the run", () -> model.snapshot().outcome() == Outcome.DONE);
    assertThat(committedDocs()).isEqualTo(5);

    model.removeFolder(docs);
    model.awaitIdle(DEADLINE);

    assertThat(UserConfig.load(data).folders()).containsExactly(other.toAbsolutePath().normalize());
    assertThat(committedDocs()).isEqualTo(2);
    assertThat(docs.resolve("a0.txt")).as("only forgotten, not deleted").exists();
  }

  @Test
  void runReportsPlannedFilesAndProgressToTheEndFromAWorkerThread() throws Exception {
    write(docs, 20, "f");
    model.addFolder(docs);

    model.start();
    assertThat(model.snapshot().state()).isEqualTo(State.INDEXING);
    eventually("the run", () -> model.snapshot().outcome() == Outcome.DONE);

    Snapshot last = model.snapshot();
    assertThat(last.state()).isEqualTo(State.IDLE);
    assertThat(last.progress().plannedFiles()).isEqualTo(20);
    assertThat(last.progress().doneFiles()).isEqualTo(20);
    assertThat(last.progress().percent()).isEqualTo(100);
    assertThat(last.result().added()).isEqualTo(20);
    assertThat(seen).anySatisfy(s -> assertThat(s.progress().doneFiles()).isBetween(1L, 19L));
    assertThat(threads).as("progress comes from worker threads").anyMatch(t -> t.startsWith("fahras-"));
    assertThat(indexChanges).isPositive();
    assertThat(committedDocs()).isEqualTo(20);
  }

  @Test
  void failedFilesAreListedWithReasonLiveAndAfterARestart() throws Exception {
    write(docs, 3, "ok");
    Files.writeString(docs.resolve("broken.txt"), "BAD content");
    model.addFolder(docs);

    model.start();
    eventually("the run", () -> model.snapshot().outcome() == Outcome.DONE);

    assertThat(seen).anySatisfy(s -> assertThat(s.failures()).isNotEmpty());
    assertThat(model.snapshot().failures()).singleElement().satisfies(f -> {
      assertThat(f.path()).endsWith("broken.txt");
      assertThat(f.reason()).isEqualTo("CORRUPT");
      assertThat(f.message()).isEqualTo("<html><b>broken</b> file");
    });
    IndexViewModel again = new IndexViewModel(data, index, parser.indexers(index));
    again.load();
    again.awaitIdle(DEADLINE);
    assertThat(again.snapshot().failures()).extracting(IndexViewModel.Failure::reason).containsExactly("CORRUPT");
    again.close();
  }

  @Test
  void aPluginLeftOutOfTheRunIsShownLiveAndAfterARestart() throws Exception {
    write(docs, 2, "ok");
    // However the two good files fall among them, some run of failures is long enough.
    for (int i = 0; i < 3 * org.fahras.app.entities.FailureRule.MAX_CONSECUTIVE; i++) {
      Files.writeString(docs.resolve("throw" + i + ".txt"), "THROW " + i);
    }
    model.addFolder(docs);

    model.start();
    eventually("the run", () -> model.snapshot().outcome() == Outcome.DONE);

    assertThat(model.snapshot().leftOut()).singleElement().asString()
        .contains("plugin 'test'").contains("cannot cope");
    IndexViewModel again = new IndexViewModel(data, index, parser.indexers(index));
    again.load();
    again.awaitIdle(DEADLINE);
    assertThat(again.snapshot().leftOut()).singleElement().asString().contains("plugin 'test'");
    again.close();
  }

  @Test
  void stopCutsARunShortAndTheNextRunReadsTheRest() throws Exception {
    write(docs, 300, "s");
    parser.delayMillis = 10;
    model.addFolder(docs);
    model.start();
    eventually("some progress", () -> model.snapshot().progress().doneFiles() > 5);

    long start = System.nanoTime();
    model.stop();
    eventually("the stop", () -> model.snapshot().state() == State.IDLE);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(model.snapshot().outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(committedDocs()).isBetween(1, 299);

    parser.delayMillis = 0;
    model.start();
    eventually("the second run", () -> model.snapshot().outcome() == Outcome.DONE);
    assertThat(committedDocs()).isEqualTo(300);
  }

  @Test
  void indexIsReleasedWhenARunEndsSoTheCommandLineCanWriteIt() throws Exception {
    write(docs, 2, "f");
    model.addFolder(docs);
    model.start();
    eventually("the run", () -> model.snapshot().outcome() == Outcome.DONE);

    parser.indexers(index).apply(org.fahras.app.index.CrawlSettings.defaults()).forget(List.of(docs));

    assertThat(committedDocs()).isZero();
  }

  @Test
  void watchingIndexesNewFilesUntilTurnedOff() throws Exception {
    write(docs, 2, "f");
    model.addFolder(docs);

    model.setWatching(true);
    eventually("the first pass", () -> model.snapshot().outcome() == Outcome.DONE);
    assertThat(model.snapshot().state()).isEqualTo(State.WATCHING);
    assertThat(model.snapshot().watching()).isTrue();
    Files.writeString(docs.resolve("new.txt"), "جديد");
    eventually("the new file committed", () -> committedDocs() == 3);

    model.setWatching(false);
    model.awaitIdle(DEADLINE);
    assertThat(model.snapshot().state()).isEqualTo(State.IDLE);
    assertThat(model.snapshot().watching()).isFalse();
    Files.writeString(docs.resolve("later.txt"), "لاحقا");
    Thread.sleep(800); // a watcher would have applied it by now (0.4 s quiet)
    assertThat(committedDocs()).isEqualTo(3);
  }

  @Test
  void startWithoutFoldersSaysWhatToDo() throws Exception {
    model.start();
    eventually("the failure", () -> model.snapshot().outcome() == Outcome.FAILED);

    assertThat(model.snapshot().error()).contains("add one");
    assertThat(model.snapshot().state()).isEqualTo(State.IDLE);
  }

  @Test
  void rebuildSetsADamagedIndexAsideAndBuildsANewOne() throws Exception {
    write(docs, 3, "a");
    model.addFolder(docs);
    model.start();
    eventually("first run", () -> model.snapshot().state() == IndexViewModel.State.IDLE && committedDocs() == 3);
    // Damage the index: truncate every compound file.
    try (var s = Files.list(index)) {
      for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".cfs") || p.getFileName().toString().endsWith(".fdt")).toList()) {
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
          ch.truncate(Math.max(1, ch.size() / 2));
        }
      }
    }
    model.rebuild();
    eventually("rebuilt", () -> model.snapshot().state() == IndexViewModel.State.IDLE && committedDocs() == 3);
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).anySatisfy(n -> assertThat(n).startsWith("index.set-aside-"));
    }
    org.apache.lucene.index.CheckIndex.Status status;
    try (var dir = FSDirectory.open(index);
        var check = new org.apache.lucene.index.CheckIndex(dir)) {
      status = check.checkIndex();
    }
    assertThat(status.clean).isTrue();
  }
}
