package org.fahras.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.app.watch.WatchFixture.eventually;
import static org.fahras.app.watch.WatchFixture.withPath;
import static org.fahras.app.watch.WatchFixture.withWord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexRunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder watching: every kind of change under a watched folder reaches the searcher. */
class FolderWatcherTest {

  static final Duration QUIET = Duration.ofMillis(100);

  @TempDir Path tmp;
  Path docs;
  WatchFixture fx;
  LiveIndex live;
  FolderWatcher watcher;
  final List<IndexRunResult> applied = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    fx = new WatchFixture(tmp.resolve("index"));
  }

  @AfterEach
  void tearDown() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    if (live != null) {
      live.close();
    }
  }

  void startWatching(CrawlSettings settings) throws Exception {
    startWatching(settings, null);
  }

  /** Opens the live index and starts a watcher on {@code docs}, optionally through a wrapper. */
  void startWatching(CrawlSettings settings, java.util.function.UnaryOperator<ChangeTarget> wrap)
      throws Exception {
    live = LiveIndex.open(fx.indexer(settings), List.of(docs), fx.recorder(), Duration.ofMillis(200));
    ChangeTarget target = wrap == null ? live : wrap.apply(live);
    watcher =
        new FolderWatcher(
            target,
            settings,
            fx.recorder(),
            new FolderWatcher.Listener() {
              @Override
              public void applied(IndexRunResult batch) {
                applied.add(batch);
              }
            },
            QUIET);
    watcher.start();
    assertThat(watcher.awaitReady(WatchFixture.DEADLINE)).as("first pass done").isTrue();
  }

  void startWatching() throws Exception {
    startWatching(CrawlSettings.defaults());
  }

  Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void filesPresentAtStartAreIndexedByTheFirstPass() throws Exception {
    write(docs.resolve("old/a.txt"), "preexisting");

    startWatching();

    assertThat(withWord(live, "preexisting")).isEqualTo(1);
  }

  @Test
  void createdFileBecomesSearchable() throws Exception {
    startWatching();

    Path a = write(docs.resolve("a.txt"), "created giraffe");

    eventually("the new file is found", () -> withWord(live, "giraffe") == 1);
    assertThat(withPath(live, a)).isEqualTo(1);
  }

  @Test
  void modifiedFileIsFoundByItsNewTextOnly() throws Exception {
    Path a = write(docs.resolve("a.txt"), "before walrus");
    startWatching();

    Files.writeString(a, "after the edit, a longer text with penguin");

    eventually("the new text is found", () -> withWord(live, "penguin") == 1);
    assertThat(withWord(live, "walrus")).isZero();
    assertThat(withPath(live, a)).isEqualTo(1);
  }

  @Test
  void deletedFileDisappears() throws Exception {
    Path a = write(docs.resolve("a.txt"), "doomed");
    startWatching();
    assertThat(withWord(live, "doomed")).isEqualTo(1);

    Files.delete(a);

    eventually("the deleted file is gone", () -> withWord(live, "doomed") == 0);
  }

  @Test
  void renamedFileIsFoundUnderItsNewNameOnly() throws Exception {
    Path a = write(docs.resolve("a.txt"), "wandering");
    startWatching();

    Path b = Files.move(a, docs.resolve("b.txt"));

    eventually("the new name is indexed", () -> withPath(live, b) == 1);
    eventually("the old name is gone", () -> withPath(live, a) == 0);
    assertThat(withWord(live, "wandering")).isEqualTo(1);
  }

  @Test
  void createdFolderIsIndexedAndWatched() throws Exception {
    startWatching();

    Path folder = Files.createDirectories(docs.resolve("new/deeper"));
    write(folder.resolve("first.txt"), "firstborn");
    eventually("the file written with the folder is found", () -> withWord(live, "firstborn") == 1);
    write(folder.resolve("second.txt"), "secondborn");

    eventually("a later file in the new folder is found", () -> withWord(live, "secondborn") == 1);
    assertThat(watcher.watchedFolders()).contains(docs.resolve("new"), folder);
  }

  @Test
  void folderMovedInIsIndexedAndWatched() throws Exception {
    Path outside = tmp.resolve("outside");
    write(outside.resolve("sub/in.txt"), "immigrant");
    startWatching();

    Path moved = Files.move(outside, docs.resolve("arrived"));

    eventually("the files it brought are found", () -> withWord(live, "immigrant") == 1);
    assertThat(withPath(live, moved.resolve("sub/in.txt"))).isEqualTo(1);
    write(moved.resolve("sub/later.txt"), "newcomer");
    eventually("a later file in it is found", () -> withWord(live, "newcomer") == 1);
  }

  @Test
  void folderMovedWithinTheRootIsFoundUnderItsNewPath() throws Exception {
    write(docs.resolve("a/sub/f.txt"), "traveller");
    startWatching();

    Path b = Files.move(docs.resolve("a"), docs.resolve("b"));

    eventually("its file is indexed under the new path", () -> withPath(live, b.resolve("sub/f.txt")) == 1);
    eventually("the old path is gone", () -> withPath(live, docs.resolve("a/sub/f.txt")) == 0);
    assertThat(withWord(live, "traveller")).isEqualTo(1);
    // The moved folder's watches now speak of its new path.
    Path later = write(b.resolve("sub/later.txt"), "settler");
    eventually("a later file is indexed under the new path", () -> withPath(live, later) == 1);
    assertThat(withWord(live, "settler")).isEqualTo(1);
  }

  @Test
  void folderMovedOutOfTheRootIsRemoved() throws Exception {
    write(docs.resolve("a/f.txt"), "emigrant");
    startWatching();

    Files.move(docs.resolve("a"), tmp.resolve("elsewhere"));

    eventually("its file is gone", () -> withWord(live, "emigrant") == 0);
    assertThat(watcher.watchedFolders()).doesNotContain(docs.resolve("a"));
  }

  @Test
  void deletedFolderTakesItsFilesAlong() throws Exception {
    write(docs.resolve("a/x.txt"), "vanishing");
    write(docs.resolve("a/b/y.txt"), "vanishing too");
    startWatching();
    assertThat(withWord(live, "vanishing")).isEqualTo(2);

    deleteTree(docs.resolve("a"));

    eventually("its files are gone", () -> withWord(live, "vanishing") == 0);
    eventually("its watches are dropped", () -> !watcher.watchedFolders().contains(docs.resolve("a/b")));
  }

  @Test
  void excludedAndHiddenFoldersAreNotWatched() throws Exception {
    write(docs.resolve("build/old.txt"), "generated");
    write(docs.resolve(".git/config"), "hiddenstuff");
    CrawlSettings settings = new CrawlSettings(List.of(), List.of("build"), false, true, 1 << 20);
    startWatching(settings);

    write(docs.resolve("build/new.txt"), "generated again");
    write(docs.resolve(".git/HEAD"), "hiddenstuff again");
    write(docs.resolve("later/build/out.txt"), "generated deeper");
    write(docs.resolve("later/sentinel.txt"), "sentinel");

    eventually("the sentinel is found", () -> withWord(live, "sentinel") == 1);
    assertThat(watcher.watchedFolders())
        .contains(docs, docs.resolve("later"))
        .doesNotContain(docs.resolve("build"), docs.resolve(".git"), docs.resolve("later/build"));
    assertThat(withWord(live, "generated")).isZero();
    assertThat(withWord(live, "hiddenstuff")).isZero();
  }

  @Test
  void watcherSurvivesAParserThatThrows() throws Exception {
    startWatching();

    write(docs.resolve("bad.txt"), "BOOM");
    eventually("the failure is reported", () -> fx.events.stream().anyMatch(e -> e.startsWith("failed bad.txt OTHER")));
    write(docs.resolve("good.txt"), "survivor");

    eventually("a later file is found", () -> withWord(live, "survivor") == 1);
  }

  @Test
  void failingBatchIsReportedAndTheWatcherGoesOn() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    startWatching(CrawlSettings.defaults(), target -> new FailingOnce(target, calls));

    write(docs.resolve("first.txt"), "unlucky");
    eventually("the failure is reported", () -> fx.events.stream().anyMatch(e -> e.contains("could not update the index")));
    write(docs.resolve("second.txt"), "lucky");

    eventually("the next batch is applied", () -> withWord(live, "lucky") == 1);
    assertThat(fx.events).anyMatch(e -> e.startsWith("notice could not update the index for " + docs.resolve("first.txt")) && e.contains("disk on fire"));
  }

  @Test
  void batchesAreReportedWithTheirCounts() throws Exception {
    Path old = write(docs.resolve("old.txt"), "old");
    startWatching();

    Files.delete(old);
    write(docs.resolve("new.txt"), "new");

    eventually(
        "one new and one removed file are reported",
        () -> applied.stream().mapToInt(IndexRunResult::added).sum() == 1
            && applied.stream().mapToInt(IndexRunResult::deleted).sum() == 1);
  }

  @Test
  void appliedChangesAreCommittedForOtherReaders() throws Exception {
    startWatching();

    write(docs.resolve("a.txt"), "durable");

    eventually("a reader of the last commit sees the file", () -> committedDocs() == 1);
  }

  int committedDocs() throws IOException {
    try (var dir = org.apache.lucene.store.FSDirectory.open(fx.index);
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Fails the first batch, as a full disk would, then passes everything on. */
  static final class FailingOnce implements ChangeTarget {
    private final ChangeTarget next;
    private final AtomicInteger calls;

    FailingOnce(ChangeTarget next, AtomicInteger calls) {
      this.next = next;
      this.calls = calls;
    }

    @Override
    public List<Path> roots() {
      return next.roots();
    }

    @Override
    public IndexRunResult refreshAll() throws IOException {
      return next.refreshAll();
    }

    @Override
    public IndexRunResult apply(Collection<Path> paths) throws IOException {
      if (calls.getAndIncrement() == 0) {
        throw new IOException("disk on fire");
      }
      return next.apply(paths);
    }

    @Override
    public long commitDelayMillis() {
      return next.commitDelayMillis();
    }

    @Override
    public void commitIfDue() throws IOException {
      next.commitIfDue();
    }
  }
}
