package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that misbehave while indexing: a parser that throws on some files, one that never
 * returns (ignoring interrupts), one that returns garbage, and an entity recogniser that throws
 * or hangs. The run completes, the good files are searchable, each bad one is a failure naming
 * the plugin, and a parser that keeps hanging is left out of the rest of the run.
 */
class PluginFaultsTest {

  @TempDir Path tmp;
  Path docs;
  Path index;
  final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  final List<String> notices = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void setUp() throws IOException {
    docs = Files.createDirectories(tmp.resolve("docs"));
    index = tmp.resolve("index");
    System.setProperty(IndexBatch.HANG_LIMIT_PROPERTY, "700");
    released = false;
  }

  @AfterEach
  void clear() {
    released = true;
    System.clearProperty(IndexBatch.HANG_LIMIT_PROPERTY);
  }

  /** Ends the stuck parsers' loops after each test, so they do not spin on in the test JVM. */
  static volatile boolean released;

  /** Reads text files; throws on "boom", spins forever on "hang", returns null on "null". */
  static final class Moody implements DocumentParser {
    @Override
    public String id() {
      return "moody";
    }

    @Override
    public boolean accepts(Path file) {
      return file.toString().endsWith(".txt");
    }

    @Override
    public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
      String text;
      try {
        text = Files.readString(request.file());
      } catch (IOException e) {
        throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage());
      }
      if (text.startsWith("boom")) {
        throw new IllegalStateException("cannot cope");
      }
      if (text.startsWith("hang")) {
        long x = 0;
        while (!released) { // ignores interrupts, like a parser stuck in a loop
          x = (x + 1) % 1_000_000;
          Thread.onSpinWait();
        }
      }
      if (text.startsWith("null")) {
        return null;
      }
      return ParsedDocument.ofText(text, "text/plain");
    }
  }

  IndexRunResult run(IndexAnalysis analysis) throws IOException {
    Indexer indexer = new Indexer(index, analysis, List.of(new Moody()), p -> ((DocumentParser) p).id(), tmp.resolve("plugins"), 2);
    return indexer.run(
        List.of(docs),
        new IndexListener() {
          @Override
          public void failed(Path file, DocumentParseException.Reason reason, String message) {
            failures.add(file.getFileName() + ": " + reason + ": " + message);
          }

          @Override
          public void notice(String message) {
            notices.add(message);
          }
        });
  }

  long found(IndexAnalysis analysis, String word) throws Exception {
    try (SearchService s = new SearchService(index, analysis)) {
      return s.search(word, 0, 10).total();
    }
  }

  @Test
  void aThrowingOrHangingParserFailsThoseFilesAndTheRunGoesOn() throws Exception {
    for (int i = 0; i < 6; i++) {
      Files.writeString(docs.resolve("good" + i + ".txt"), "library number" + i + " manuscripts");
    }
    Files.writeString(docs.resolve("boom.txt"), "boom library");
    Files.writeString(docs.resolve("null.txt"), "null library");
    Files.writeString(docs.resolve("hang1.txt"), "hang library");

    IndexRunResult r = run(IndexAnalysis.fallback());

    assertThat(r.added()).isEqualTo(6);
    assertThat(r.failed()).isEqualTo(3);
    assertThat(failures)
        .anySatisfy(f -> assertThat(f).startsWith("boom.txt: OTHER:").contains("plugin 'moody'").contains("cannot cope"))
        .anySatisfy(f -> assertThat(f).startsWith("null.txt: OTHER:").contains("'moody' returned nothing"))
        .anySatisfy(f -> assertThat(f).startsWith("hang1.txt: TIMEOUT:").contains("plugin 'moody'"));
    assertThat(found(IndexAnalysis.fallback(), "manuscripts")).isEqualTo(6);
  }

  @Test
  void aParserThatKeepsHangingIsLeftOutOfTheRestOfTheRun() throws Exception {
    for (int i = 0; i < IndexBatch.MAX_HANGS + 2; i++) {
      Files.writeString(docs.resolve("hang" + i + ".txt"), "hang " + i);
    }
    IndexRunResult r = run(IndexAnalysis.fallback());

    assertThat(r.failed()).isEqualTo(IndexBatch.MAX_HANGS + 2);
    assertThat(failures.stream().filter(f -> f.contains(": TIMEOUT:"))).hasSizeGreaterThanOrEqualTo(IndexBatch.MAX_HANGS);
    assertThat(notices).anySatisfy(n -> assertThat(n).contains("plugin 'moody' hung on " + IndexBatch.MAX_HANGS + " files"));
  }

  @Test
  void aFailingEntityRecogniserLeavesTheDocumentsIndexed() throws Exception {
    EntityRecognizer broken =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "broken-entities";
          }

          @Override
          public Set<String> types() {
            return Set.of("PERSON");
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            if (text.contains("explode")) {
              throw new IllegalArgumentException("bad day");
            }
            return List.of(new EntitySpan(0, 3, "PERSON", text.substring(0, 3), text.substring(0, 3)));
          }
        };
    Files.writeString(docs.resolve("a.txt"), "Ali explode manuscripts");
    Files.writeString(docs.resolve("b.txt"), "Omar reads manuscripts");
    IndexAnalysis analysis = IndexAnalysis.fallback().withEntities(EntityExtraction.of(List.of(broken)));

    IndexRunResult r = run(analysis);

    assertThat(r.added()).isEqualTo(2);
    assertThat(found(analysis, "manuscripts")).isEqualTo(2);
    assertThat(analysis.entities().failures()).containsEntry("broken-entities", 1L);
  }

  @Test
  void aHangingEntityRecogniserIsNamedAndLeftOutAfterRepeatedHangs() throws Exception {
    EntityRecognizer stuck =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "stuck-entities";
          }

          @Override
          public Set<String> types() {
            return Set.of("PERSON");
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            long x = 0;
            while (!released && text.contains("loop")) {
              x = (x + 1) % 1_000;
              Thread.onSpinWait();
            }
            return List.of();
          }
        };
    for (int i = 0; i < IndexBatch.MAX_HANGS + 1; i++) {
      Files.writeString(docs.resolve("loop" + i + ".txt"), "loop manuscripts " + i);
    }
    Files.writeString(docs.resolve("fine.txt"), "calm manuscripts");
    IndexAnalysis analysis = IndexAnalysis.fallback().withEntities(EntityExtraction.of(List.of(stuck)));

    IndexRunResult r = run(analysis);

    assertThat(failures).filteredOn(f -> f.contains(": TIMEOUT:")).isNotEmpty()
        .allSatisfy(f -> assertThat(f).contains("recognising entities").contains("plugin 'stuck-entities'"));
    assertThat(notices).anySatisfy(n -> assertThat(n).contains("plugin 'stuck-entities' hung on"));
    // Files after the recogniser was left out are indexed without it.
    assertThat(r.added() + r.failed()).isEqualTo(IndexBatch.MAX_HANGS + 2);
    assertThat(found(analysis, "calm")).isEqualTo(1);
  }
}
