package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fahras.api.DocumentParseException;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  @TempDir Path tmp;
  Path docs;
  Path index;
  FakeParsers.Text parser;
  List<String> failures;

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    index = tmp.resolve("index");
    parser = new FakeParsers.Text();
    failures = Collections.synchronizedList(new ArrayList<>());
  }

  private IndexRunResult run(Path... roots) throws IOException {
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(parser), p -> "test", tmp.resolve("plugins"), 2);
    return indexer.run(
        List.of(roots),
        new IndexListener() {
          @Override
          public void failed(Path file, DocumentParseException.Reason reason, String message) {
            failures.add(file.getFileName() + ": " + reason + ": " + message);
          }
        });
  }

  private SearchResult search(String q) throws Exception {
    try (SearchService s = new SearchService(index, IndexAnalysis.fallback())) {
      return s.search(q, 0, 10);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = docs.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void indexedWordsAreFoundWithHighlightedSnippets() throws Exception {
    write("a.txt", "Baghdad library\nThe House of Wisdom kept manuscripts.");
    write("sub/b.txt", "Cairo fair\nBooks and readers in Cairo.");

    IndexRunResult r = run(docs);

    assertThat(r.added()).isEqualTo(2);
    SearchResult result = search("manuscripts");
    assertThat(result.total()).isEqualTo(1);
    SearchHit hit = result.hits().get(0);
    assertThat(hit.path()).isEqualTo(docs.resolve("a.txt").toAbsolutePath().toString());
    assertThat(hit.title()).isEqualTo("Baghdad library");
    assertThat(hit.snippets()).anyMatch(s -> s.contains("<mark>manuscripts</mark>"));
  }

  @Test
  void secondRunReadsNoUnchangedFile() throws Exception {
    write("a.txt", "one");
    write("b.txt", "two");
    run(docs);
    parser.parsed.clear();

    IndexRunResult r = run(docs);

    assertThat(r.unchanged()).isEqualTo(2);
    assertThat(r.added() + r.updated()).isZero();
    assertThat(parser.parsed).isEmpty();
    assertThat(search("one OR two").total()).isEqualTo(2);
  }

  @Test
  void changedFileIsReplacedNotDuplicated() throws Exception {
    Path a = write("a.txt", "first version alpha");
    run(docs);
    Files.writeString(a, "second version omega");
    Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(5)));

    IndexRunResult r = run(docs);

    assertThat(r.updated()).isEqualTo(1);
    assertThat(search("alpha").total()).isZero();
    assertThat(search("omega").total()).isEqualTo(1);
    assertThat(search("version").total()).isEqualTo(1);
  }

  @Test
  void fileGoneFromIndexedFolderIsRemoved() throws Exception {
    Path a = write("a.txt", "vanishing word");
    write("b.txt", "staying word");
    run(docs);
    Files.delete(a);

    IndexRunResult r = run(docs);

    assertThat(r.deleted()).isEqualTo(1);
    assertThat(search("word").total()).isEqualTo(1);
    assertThat(search("vanishing").total()).isZero();
  }

  @Test
  void unreadableFileIsReportedAndTheOthersAreIndexed() throws Exception {
    write("good.txt", "healthy content");
    write("bad.txt", "BROKEN bytes");

    IndexRunResult r = run(docs);

    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(failures).containsExactly("bad.txt: CORRUPT: damaged header");
    assertThat(search("healthy").total()).isEqualTo(1);
    assertThat(search("BROKEN").total()).isZero();
    IndexStatus status = IndexStatus.read(index);
    assertThat(status.failures())
        .extracting(IndexStatus.Failure::path, IndexStatus.Failure::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(docs.resolve("bad.txt").toString(), "CORRUPT"));
    assertThat(status.documents()).isEqualTo(1);
  }

  @Test
  void failedFileIsRetriedOnlyAfterItChanges() throws Exception {
    Path bad = write("bad.txt", "BROKEN once");
    run(docs);
    parser.parsed.clear();

    run(docs);
    assertThat(parser.parsed).isEmpty();

    Files.writeString(bad, "repaired text");
    Files.setLastModifiedTime(bad, FileTime.from(Instant.now().plusSeconds(5)));
    IndexRunResult r = run(docs);

    assertThat(parser.parsed).containsExactly("bad.txt");
    assertThat(r.updated()).isEqualTo(1);
    assertThat(IndexStatus.read(index).failures()).isEmpty();
    assertThat(search("repaired").total()).isEqualTo(1);
  }

  @Test
  void embeddedDocumentsAreSearchableUnderTheirContainerPath() throws Exception {
    write("box.arc", "--- docs/inner.txt\nhidden treasure\n--- notes.txt\nplain note\n");

    run(docs);

    SearchResult r = search("treasure");
    assertThat(r.hits()).extracting(SearchHit::path)
        .containsExactly(docs.resolve("box.arc") + "!/docs/inner.txt");
    assertThat(search("note").hits()).extracting(SearchHit::path)
        .containsExactly(docs.resolve("box.arc") + "!/notes.txt");
  }

  @Test
  void deletingAContainerRemovesItsEntries() throws Exception {
    Path box = write("box.arc", "--- a.txt\nhidden treasure\n");
    run(docs);
    Files.delete(box);

    run(docs);

    assertThat(search("treasure").total()).isZero();
  }

  @Test
  void hitsFarBeyondTenThousandCharactersAreHighlighted() throws Exception {
    String filler = "filler ".repeat(20_000);
    write("long.txt", "title\n" + filler + "needle " + filler);

    run(docs);

    SearchHit hit = search("needle").hits().get(0);
    assertThat(hit.snippets()).anyMatch(s -> s.contains("<mark>needle</mark>"));
  }

  @Test
  void hiddenFilesAndFoldersAreSkipped() throws Exception {
    write(".secret.txt", "invisible");
    write(".git/config.txt", "invisible");
    write("seen.txt", "visible");

    IndexRunResult r = run(docs);

    assertThat(r.added()).isEqualTo(1);
    assertThat(search("invisible").total()).isZero();
  }

  @Test
  void missingPathIsReportedAndTheOthersIndexed() throws Exception {
    write("a.txt", "present");

    IndexRunResult r = run(docs, tmp.resolve("nope"));

    assertThat(r.added()).isEqualTo(1);
    assertThat(failures).containsExactly("nope: IO: no such file or folder");
  }

  @Test
  void indexingWithoutAnyParserFailsWithAClearMessage() throws IOException {
    write("a.txt", "text");
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(), p -> "x", tmp.resolve("plugins"), 1);

    assertThatThrownBy(() -> indexer.run(List.of(docs), IndexListener.NONE))
        .isInstanceOf(NoParserException.class)
        .hasMessageContaining("no document parser is available")
        .hasMessageContaining(tmp.resolve("plugins").toString());
    assertThat(Files.exists(index.resolve("write.lock"))).isFalse();
  }

  @Test
  void htmlInDocumentTextIsEscapedInSnippets() throws Exception {
    write("x.txt", "t\nclick <script>alert(1)</script> payload here");

    run(docs);

    String snippet = search("payload").hits().get(0).snippets().get(0);
    assertThat(snippet).contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(snippet).contains("<mark>payload</mark>");
  }

  @Test
  void aSmallFileIsReadOnceItsBytesGoingToTheParserAndItsHashBeingOfThoseBytes() throws Exception {
    Path small = write("small.txt", "مكتبة بيت الحكمة\nنص قصير");
    // Larger than what is read whole: hashed as a stream, read by the parser itself.
    Path large = write("large.txt", "word ".repeat(FingerprintFields.READ_ONCE_MAX_BYTES / 5 + 1));
    assertThat(Files.size(large)).isGreaterThan(FingerprintFields.READ_ONCE_MAX_BYTES);

    IndexRunResult r = run(docs);

    assertThat(r.added()).isEqualTo(2);
    assertThat(parser.contents.get("small.txt")).isEqualTo(Files.readAllBytes(small));
    assertThat(parser.contents).containsKey("large.txt");
    assertThat(parser.contents.get("large.txt")).isNull();
    try (org.apache.lucene.index.DirectoryReader reader =
        org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
      java.util.Map<String, FingerprintFields.Known> known = FingerprintFields.read(reader);
      for (Path p : List.of(small, large)) {
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        assertThat(known.get(p.toAbsolutePath().toString()).hash()).as(p.toString()).isEqualTo(expected);
      }
    }
    assertThat(search("بيت").total()).isEqualTo(1);
  }

  @Test
  void readSmallReadsAWholeFileUpToItsLimitAndNothingLarger() throws Exception {
    Path p = Files.write(docs.resolve("f.bin"), new byte[] {1, 2, 3, 4, 5});

    assertThat(FingerprintFields.readSmall(p, 5)).containsExactly(1, 2, 3, 4, 5);
    assertThat(FingerprintFields.readSmall(p, 100)).containsExactly(1, 2, 3, 4, 5);
    assertThat(FingerprintFields.readSmall(p, 4)).isNull();
    assertThat(FingerprintFields.readSmall(Files.write(docs.resolve("empty"), new byte[0]), 4)).isEmpty();
    assertThat(FingerprintFields.sha256(Files.readAllBytes(p))).isEqualTo(FingerprintFields.sha256(p));
  }
}
