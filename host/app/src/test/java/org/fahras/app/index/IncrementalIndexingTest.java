package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.fahras.api.DocumentParseException;
import org.fahras.api.ParseRequest;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change detection, crawl settings and single-path updates. */
class IncrementalIndexingTest {

  @TempDir Path tmp;
  Path docs;
  Path index;
  FakeParsers.Text parser;
  List<String> events;

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    index = tmp.resolve("index");
    parser = new FakeParsers.Text();
    events = Collections.synchronizedList(new ArrayList<>());
  }

  Indexer indexer(CrawlSettings settings) {
    return new Indexer(
        index,
        IndexAnalysis.fallback(),
        List.of(parser),
        p -> "test",
        tmp.resolve("plugins"),
        2,
        settings,
        ParseRequest.DEFAULT_MAX_CHARACTERS,
        Duration.ofMinutes(1));
  }

  IndexListener recorder() {
    return new IndexListener() {
      @Override
      public void failed(Path file, DocumentParseException.Reason reason, String message) {
        events.add("failed " + file.getFileName() + " " + reason);
      }

      @Override
      public void notice(String message) {
        events.add("notice " + message);
      }

      @Override
      public void planned(int files, long bytes) {
        events.add("planned " + files + " " + bytes);
      }
    };
  }

  IndexRunResult run(CrawlSettings settings, Path... roots) throws IOException {
    return indexer(settings).run(List.of(roots), recorder());
  }

  IndexRunResult run(Path... roots) throws IOException {
    return run(CrawlSettings.defaults(), roots);
  }

  long hits(String q) throws Exception {
    try (SearchService s = new SearchService(index, IndexAnalysis.fallback())) {
      return s.search(q, 0, 10).total();
    }
  }

  Path write(String name, String text, Instant mtime) throws IOException {
    Path p = docs.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    Files.setLastModifiedTime(p, FileTime.from(mtime));
    return p;
  }

  static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");

  @Test
  void touchedFileWithTheSameContentIsNotParsedAgain() throws Exception {
    Path a = write("a.txt", "steady words", OLD);
    run(docs);
    parser.parsed.clear();
    Files.setLastModifiedTime(a, FileTime.from(OLD.plusSeconds(3600)));

    IndexRunResult r = run(docs);

    assertThat(parser.parsed).isEmpty();
    assertThat(r.unchanged()).isEqualTo(1);
    parser.parsed.clear();
    assertThat(run(docs).unchanged()).isEqualTo(1);
    assertThat(parser.parsed).as("the new time was recorded").isEmpty();
  }

  @Test
  void sameSizeEditWithinTheRacyWindowIsDetectedByContent() throws Exception {
    // Written "now": its time is too close to the indexing time to be trusted.
    Instant now = Instant.now();
    Path a = write("a.txt", "alpha", now);
    run(docs);
    Files.writeString(a, "omega");
    Files.setLastModifiedTime(a, FileTime.from(now));

    IndexRunResult r = run(docs);

    assertThat(r.updated()).isEqualTo(1);
    assertThat(hits("omega")).isEqualTo(1);
    assertThat(hits("alpha")).isZero();
  }

  @Test
  void racyButUnchangedFileIsConfirmedOnceThenTrusted() throws Exception {
    write("a.txt", "same", Instant.now());
    run(docs);
    parser.parsed.clear();

    assertThat(run(docs).unchanged()).isEqualTo(1);
    assertThat(parser.parsed).isEmpty();
  }

  @Test
  void includeAndExcludeGlobsChooseFiles() throws Exception {
    write("keep.txt", "kept", OLD);
    write("skip.log", "skipped", OLD);
    write("drafts/x.txt", "draft", OLD);
    write("reports/2023/y.txt", "report", OLD);
    var settings = new CrawlSettings(List.of("*.txt"), List.of("drafts"), false, true, 1 << 20);

    run(settings, docs);

    assertThat(hits("kept")).isEqualTo(1);
    assertThat(hits("skipped")).isZero();
    assertThat(hits("draft")).isZero();
    assertThat(hits("report")).isEqualTo(1);
  }

  @Test
  void pathGlobsAreRelativeToTheIndexedFolder() throws Exception {
    write("reports/2023/y.txt", "report", OLD);
    write("other/z.txt", "other", OLD);
    var settings = new CrawlSettings(List.of("reports/**"), List.of(), false, true, 1 << 20);

    run(settings, docs);

    assertThat(hits("report")).isEqualTo(1);
    assertThat(hits("other")).isZero();
  }

  @Test
  void hiddenFilesAreIndexedWhenAskedFor() throws Exception {
    write(".notes/n.txt", "hiddennote", OLD);
    var settings = new CrawlSettings(List.of(), List.of(), true, true, 1 << 20);

    run(settings, docs);

    assertThat(hits("hiddennote")).isEqualTo(1);
  }

  @Test
  void fileOverTheSizeLimitIsRecordedAsTooLargeWithoutReadingIt() throws Exception {
    write("big.txt", "x".repeat(5000), OLD);
    write("small.txt", "tiny", OLD);
    var settings = new CrawlSettings(List.of(), List.of(), false, true, 1000);

    IndexRunResult r = run(settings, docs);

    assertThat(r.failed()).isEqualTo(1);
    assertThat(parser.parsed).containsExactly("small.txt");
    assertThat(events).contains("failed big.txt TOO_LARGE");
    assertThat(IndexStatus.read(index).failures()).extracting(IndexStatus.Failure::reason).containsExactly("TOO_LARGE");
  }

  @Test
  void symbolicLinkLoopIsReportedAndTheWalkGoesOn() throws Exception {
    write("sub/a.txt", "looped", OLD);
    Files.createSymbolicLink(docs.resolve("sub/back"), docs);

    IndexRunResult r = run(docs);

    assertThat(r.added()).isEqualTo(1);
    assertThat(events).anyMatch(e -> e.startsWith("notice skipped") && e.contains("symbolic link"));
  }

  @Test
  void linkedFolderIsFollowed() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("o.txt"), "linkedword");
    Files.createSymbolicLink(docs.resolve("link"), outside);

    run(docs);

    assertThat(hits("linkedword")).isEqualTo(1);
  }

  @Test
  void plannedReportsTheFilesAndBytesToRead() throws Exception {
    write("a.txt", "12345", OLD);
    write("b.txt", "123", OLD);

    run(docs);

    assertThat(events).contains("planned 2 8");
  }

  @Test
  void updateIndexesNewAndChangedPathsAndRemovesDeletedOnes() throws Exception {
    Path a = write("a.txt", "first", OLD);
    Path folder = Files.createDirectories(docs.resolve("folder"));
    write("folder/f.txt", "infolder", OLD);
    run(docs);
    Indexer indexer = indexer(CrawlSettings.defaults());

    Path b = write("b.txt", "created", OLD);
    Files.writeString(a, "rewritten text");
    Files.delete(docs.resolve("folder/f.txt"));
    Files.delete(folder);
    IndexRunResult r;
    try (IndexWriter w = indexer.openWriter()) {
      r = indexer.update(w, List.of(a, b, folder, tmp.resolve("elsewhere.txt")), List.of(docs), recorder());
      indexer.commit(w);
    }

    assertThat(r.added()).isEqualTo(1);
    assertThat(r.updated()).isEqualTo(1);
    assertThat(r.deleted()).isEqualTo(1);
    assertThat(hits("created")).isEqualTo(1);
    assertThat(hits("rewritten")).isEqualTo(1);
    assertThat(hits("first")).isZero();
    assertThat(hits("infolder")).isZero();
  }
}
