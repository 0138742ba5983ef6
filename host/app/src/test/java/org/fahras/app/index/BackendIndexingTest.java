package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.fahras.api.backend.BackendQuery;
import org.fahras.api.backend.BackendRecord;
import org.fahras.api.backend.BackendResult;
import org.fahras.api.backend.IndexBackend;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexing into a backend: the records go to the backend, the index folder keeps the catalogue
 * (fingerprints and failures, no text), and change detection, deletions and commits work as for
 * the local index.
 */
class BackendIndexingTest {

  @TempDir Path tmp;
  Path docs;
  Path catalogue;
  FakeParsers.Text parser;

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    catalogue = tmp.resolve("catalogue");
    parser = new FakeParsers.Text();
  }

  /** A backend that keeps what it is sent, as a cluster would, and what it has committed. */
  static final class KeepingBackend implements IndexBackend {
    final Map<String, List<BackendRecord>> pending = new ConcurrentHashMap<>();
    final Map<String, List<BackendRecord>> committed = new TreeMap<>();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    volatile String failOn;

    @Override
    public String describe() {
      return "test backend";
    }

    @Override
    public void replace(String file, List<BackendRecord> records) throws IOException {
      if (failOn != null && file.endsWith(failOn)) {
        throw new IOException("cluster unreachable");
      }
      for (BackendRecord r : records) {
        assertThat(r.file()).isEqualTo(file);
      }
      pending.put(file, List.copyOf(records));
      log.add("replace " + Path.of(file).getFileName());
    }

    @Override
    public void deleteFile(String file) {
      pending.remove(file);
      log.add("delete " + Path.of(file).getFileName());
    }

    @Override
    public void deleteUnder(String folder) {
      pending.keySet().removeIf(f -> f.startsWith(folder));
      log.add("deleteUnder " + folder);
    }

    @Override
    public synchronized void commit() {
      committed.clear();
      committed.putAll(pending);
      log.add("commit");
    }

    @Override
    public long documentCount() {
      return committed.values().stream().flatMap(List::stream).filter(r -> r.kind().equals(BackendRecord.KIND_DOC)).count();
    }

    @Override
    public BackendResult search(BackendQuery query) {
      throw new UnsupportedOperationException("not searched here");
    }

    @Override
    public String storedText(String path) {
      return null;
    }

    @Override
    public void close() {}

    BackendRecord record(Path file) {
      List<BackendRecord> records = committed.get(file.toAbsolutePath().toString());
      assertThat(records).as("records of " + file).isNotNull().hasSize(1);
      return records.get(0);
    }
  }

  private IndexRunResult run(IndexBackend backend) throws IOException {
    Indexer indexer = new Indexer(catalogue, IndexAnalysis.fallback(), List.of(parser), p -> "test", tmp.resolve("plugins"), 2);
    return indexer.withBackend(backend).run(List.of(docs), IndexListener.NONE);
  }

  private Path write(String name, String text) throws IOException {
    Path p = docs.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void recordsGoToTheBackendAndTheCatalogueKeepsNoText() throws Exception {
    Path a = write("a.txt", "مكتبة بغداد\nحفظ بيت الحكمة المخطوطات.");
    Path b = write("sub/b.txt", "معرض القاهرة\nكتب وقراء في القاهرة.");
    KeepingBackend backend = new KeepingBackend();

    IndexRunResult r = run(backend);

    assertThat(r.added()).isEqualTo(2);
    assertThat(backend.committed).containsOnlyKeys(a.toAbsolutePath().toString(), b.toAbsolutePath().toString());
    BackendRecord ra = backend.record(a);
    assertThat(ra.path()).isEqualTo(a.toAbsolutePath().toString());
    assertThat(ra.kind()).isEqualTo(BackendRecord.KIND_DOC);
    assertThat(ra.string(IndexFields.TITLE)).isEqualTo("مكتبة بغداد");
    assertThat(ra.string(IndexFields.BODY)).contains("حفظ بيت الحكمة المخطوطات");
    assertThat(ra.string(IndexFields.EXTENSION)).isEqualTo("txt");
    assertThat(ra.string(IndexFields.CONTENT_TYPE)).isEqualTo("text/plain");
    assertThat(ra.first(IndexFields.SIZE)).isEqualTo(Files.size(a));
    assertThat(ra.first(IndexFields.MTIME)).isEqualTo(Files.getLastModifiedTime(a).toMillis());
    assertThat(ra.first(IndexFields.FACET_YEAR)).isInstanceOf(Long.class);
    assertThat(ra.fields().get(IndexFields.FACET_FOLDER)).contains(docs.toAbsolutePath().toString());
    assertThat(ra.fields().get(IndexFields.PATH_TERM)).contains("a.txt");
    assertThat(ra.fields()).doesNotContainKey(IndexFields.NAME_SORT);

    // The catalogue knows both files but holds no searchable text.
    IndexStatus status = IndexStatus.read(catalogue);
    assertThat(status.files()).isEqualTo(2);
    try (SearchService local = new SearchService(catalogue, IndexAnalysis.fallback())) {
      assertThat(local.search("المخطوطات", 0, 10).total()).isZero();
    }
  }

  @Test
  void laterRunsSendOnlyWhatChangedAndDeleteWhatVanished() throws Exception {
    Path a = write("a.txt", "النص الأول");
    Path b = write("b.txt", "النص الثاني");
    KeepingBackend backend = new KeepingBackend();
    run(backend);
    backend.log.clear();

    IndexRunResult unchanged = run(backend);
    assertThat(unchanged.unchanged()).isEqualTo(2);
    assertThat(backend.log).noneMatch(op -> op.startsWith("replace"));

    Files.writeString(a, "النص الأول بعد التعديل وهو أطول");
    Files.delete(b);
    IndexRunResult changed = run(backend);

    assertThat(changed.updated()).isEqualTo(1);
    assertThat(changed.deleted()).isEqualTo(1);
    assertThat(backend.log).contains("replace a.txt", "delete b.txt");
    assertThat(backend.committed).containsOnlyKeys(a.toAbsolutePath().toString());
    assertThat(backend.record(a).string(IndexFields.BODY)).contains("بعد التعديل");
  }

  @Test
  void aFileThatCannotBeReadIsSentAsAFailureRecord() throws Exception {
    Path bad = write("bad.txt", "BROKEN header");
    KeepingBackend backend = new KeepingBackend();

    IndexRunResult r = run(backend);

    assertThat(r.failed()).isEqualTo(1);
    BackendRecord failure = backend.record(bad);
    assertThat(failure.kind()).isEqualTo(BackendRecord.KIND_FAILURE);
    assertThat(failure.string(IndexFields.FAILURE_REASON)).isEqualTo("CORRUPT");
    assertThat(IndexStatus.read(catalogue).failures()).hasSize(1);
  }

  @Test
  void aRunTheBackendFailsLeavesNothingMarkedDoneAndTheNextRunSendsEverything() throws Exception {
    write("a.txt", "الأول");
    write("b.txt", "الثاني");
    write("c.txt", "الثالث");
    KeepingBackend broken = new KeepingBackend();
    broken.failOn = "b.txt";

    assertThatThrownBy(() -> run(broken)).isInstanceOf(IOException.class).hasMessageContaining("cluster unreachable");

    KeepingBackend working = new KeepingBackend();
    IndexRunResult again = run(working);
    assertThat(again.added() + again.updated()).isEqualTo(3);
    assertThat(working.committed).hasSize(3);
  }

  @Test
  void theBackendCommitsBeforeTheCatalogueClaimsTheRun() throws Exception {
    write("a.txt", "الأول");
    KeepingBackend backend = new KeepingBackend();

    run(backend);

    assertThat(backend.log).last().isEqualTo("commit");
    assertThat(backend.committed).hasSize(1);
    assertThat(IndexStatus.read(catalogue).lastRun()).isNotNull();
  }
}
