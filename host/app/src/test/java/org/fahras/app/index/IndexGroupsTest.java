package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer's workers take files in groups: each file of a group is parsed, then the records
 * of all are written ({@link IndexBatch}). Every file is still indexed once, and a parser that
 * hangs in the middle of a group costs only that file: the watchdog writes the files of the group
 * that were ready and hands the rest to a fresh worker.
 */
class IndexGroupsTest {

  @TempDir Path tmp;
  Path docs;
  Path index;
  /** "parse NAME" and "write NAME", in the order they happened. */
  final List<String> events = Collections.synchronizedList(new ArrayList<>());
  final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  static volatile boolean released;

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    index = tmp.resolve("index");
    released = false;
  }

  @AfterEach
  void clear() {
    released = true;
    System.clearProperty(IndexBatch.GROUP_FILES_PROPERTY);
    System.clearProperty(IndexBatch.HANG_LIMIT_PROPERTY);
  }

  /** Reads text files, noting each parse; spins (ignoring interrupts) on a text starting "hang". */
  final class Recording implements DocumentParser {
    @Override
    public String id() {
      return "recording";
    }

    @Override
    public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
      String text;
      try {
        text = Files.readString(request.file(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage(), e);
      }
      events.add("parse " + request.file().getFileName());
      if (text.startsWith("hang")) {
        while (!released) {
          Thread.onSpinWait();
        }
      }
      if (text.startsWith("error")) {
        throw new AssertionError("a plugin's bug"); // no exception: out of the worker's reach
      }
      if (text.startsWith("big ")) {
        // A few bytes that hold much text, as a compressed format may.
        return ParsedDocument.ofText("manuscript ".repeat(600_000 / 11) + text, "text/plain");
      }
      return ParsedDocument.ofText(text, "text/plain");
    }
  }

  IndexRunResult run() throws IOException {
    Indexer indexer = new Indexer(index, IndexAnalysis.fallback(), List.of(new Recording()), p -> "recording", tmp.resolve("plugins"), 1);
    return indexer.run(
        List.of(docs),
        new IndexListener() {
          @Override
          public void indexed(Path file, int records) {
            events.add("write " + file.getFileName());
          }

          @Override
          public void failed(Path file, DocumentParseException.Reason reason, String message) {
            failures.add(file.getFileName() + ": " + reason + ": " + message);
          }
        });
  }

  long found(String word) throws Exception {
    try (SearchService s = new SearchService(index, IndexAnalysis.fallback())) {
      return s.search(word, 0, 100).total();
    }
  }

  void writeFiles(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      Files.writeString(docs.resolve(String.format("f%02d.txt", i)), "manuscript number" + i);
    }
  }

  /** Whether some file was parsed right after another, before the first was written. */
  boolean parsedTwoInARow() {
    synchronized (events) {
      for (int i = 1; i < events.size(); i++) {
        if (events.get(i - 1).startsWith("parse ") && events.get(i).startsWith("parse ")) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aWorkerParsesAGroupOfFilesThenWritesThemEachOnce() throws Exception {
    writeFiles(60);

    IndexRunResult r = run();

    assertThat(r.added()).isEqualTo(60);
    assertThat(r.failed()).isZero();
    assertThat(found("manuscript")).isEqualTo(60);
    assertThat(parsedTwoInARow()).as("grouped: %s", events).isTrue();
    for (int i = 0; i < 60; i++) {
      String name = String.format("f%02d.txt", i);
      assertThat(events).containsOnlyOnce("parse " + name, "write " + name);
      assertThat(events.indexOf("parse " + name)).isLessThan(events.indexOf("write " + name));
    }
  }

  @Test
  void withGroupsOfOneEachFileIsWrittenBeforeTheNextIsParsed() throws Exception {
    System.setProperty(IndexBatch.GROUP_FILES_PROPERTY, "1");
    writeFiles(30);

    IndexRunResult r = run();

    assertThat(r.added()).isEqualTo(30);
    assertThat(parsedTwoInARow()).as("one at a time: %s", events).isFalse();
  }

  @Test
  void aGroupHoldsNoMoreThanAMillionCharactersOfTextBeforeWriting() throws Exception {
    // Small files whose texts have 600,000 chars each: two ready files pass the limit, so they
    // are written before a third is parsed.
    for (int i = 0; i < 8; i++) {
      Files.writeString(docs.resolve(String.format("big%d.txt", i)), "big " + i);
    }

    IndexRunResult r = run();

    assertThat(r.added()).isEqualTo(8);
    int unwritten = 0;
    int most = 0;
    synchronized (events) {
      for (String e : events) {
        unwritten += e.startsWith("parse ") ? 1 : -1;
        most = Math.max(most, unwritten);
      }
    }
    assertThat(most).as("files parsed and not yet written: %s", events).isBetween(1, 2);
  }

  @Test
  void anErrorOutOfAWorkerLeavesTheRestOfItsGroupIndexed() throws Exception {
    writeFiles(40);
    Files.writeString(docs.resolve("f20.txt"), "error here");

    IndexRunResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), this::run);

    assertThat(found("manuscript")).isEqualTo(39);
    assertThat(r.added()).isEqualTo(39);
    assertThat(parsedTwoInARow()).isTrue();
  }

  @Test
  void aHangInTheMiddleOfAGroupCostsOnlyThatFile() throws Exception {
    System.setProperty(IndexBatch.HANG_LIMIT_PROPERTY, "700");
    writeFiles(40);
    // Among the files parsed in groups, whichever group it falls in: files before it in the group
    // are ready (the watchdog writes them), files after it are not begun (a new worker takes them).
    Files.writeString(docs.resolve("f20.txt"), "hang here");

    IndexRunResult r = run();

    assertThat(r.added()).isEqualTo(39);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(failures).singleElement().asString().startsWith("f20.txt: TIMEOUT:");
    assertThat(found("manuscript")).isEqualTo(39);
    assertThat(parsedTwoInARow()).isTrue();
  }
}
