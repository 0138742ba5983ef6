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
import org.fahras.app.entities.FailureRule;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that misbehave while indexing: a parser that throws on some files, one that never
 * returns (ignoring interrupts), one that returns garbage, and an entity recogniser that throws
 * or hangs. The run completes, the good files are searchable, each bad one is a failure naming
 * the plugin, and a parser that keeps hanging is left out of the rest of the run. A parser or a
 * recogniser that keeps throwing is left out too ({@link FailureRule}), named once by its plugin
 * id on the listener and in the index's status, while the other plugins go on.
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
    return run(new Indexer(index, analysis, List.of(new Moody()), p -> ((DocumentParser) p).id(), tmp.resolve("plugins"), 2));
  }

  IndexRunResult run(Indexer indexer) throws IOException {
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

  // ---- plugins that keep throwing ------------------------------------------------------------

  /** A parser of {@code .bad} files that throws something else out of itself on every file. */
  static final class Thrower implements DocumentParser {
    final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String id() {
      return "thrower";
    }

    @Override
    public boolean accepts(Path file) {
      return file.toString().endsWith(".bad");
    }

    @Override
    public ParsedDocument parse(ParseRequest request) {
      switch (calls.incrementAndGet() % 3) {
        case 0 -> throw new IllegalStateException("thrower cannot cope");
        case 1 -> throw new NoClassDefFoundError("com/example/Missing");
        default -> throw new StackOverflowError();
      }
    }
  }

  /** Reads every file as text; listed after another parser, it takes what that one leaves. */
  static final class Plain implements DocumentParser {
    @Override
    public String id() {
      return "plain";
    }

    @Override
    public boolean accepts(Path file) {
      return true;
    }

    @Override
    public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
      try {
        return ParsedDocument.ofText(Files.readString(request.file()), "text/plain");
      } catch (IOException e) {
        throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage());
      }
    }
  }

  /** A parser of {@code .txt} files only. */
  static final class TextOnly implements DocumentParser {
    final Plain plain = new Plain();

    @Override
    public String id() {
      return "text-only";
    }

    @Override
    public boolean accepts(Path file) {
      return file.toString().endsWith(".txt");
    }

    @Override
    public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
      return plain.parse(request);
    }
  }

  /**
   * The failure that crosses the limit leaves the parser out at once: another thread asking for a
   * parser in the moment before the indexer records it must not get it (with two threads on a
   * busy machine, the other thread used to hand the parser three more files).
   */
  @Test
  void aParserIsLeftOutFromTheFailureThatCrossesTheLimit() {
    PluginFaults faults = new PluginFaults();
    Thrower thrower = new Thrower();
    for (int i = 1; i < FailureRule.MAX_CONSECUTIVE; i++) {
      assertThat(faults.parserFailures.failed(thrower, "files", "boom")).isNull();
      assertThat(faults.leftOut(thrower)).isNull();
    }
    String why = faults.parserFailures.failed(thrower, "files", "boom");

    assertThat(why).startsWith("failed on " + FailureRule.MAX_CONSECUTIVE + " files in a row");
    // Before leaveOut is called: already left out, for the same reason.
    assertThat(faults.leftOut(thrower)).isEqualTo(why);
    faults.leaveOut(thrower, why);
    assertThat(faults.leftOut(thrower)).isEqualTo(why);
  }

  @Test
  void aParserThatThrowsOnEveryFileIsLeftOutNamedOnceAndTheOtherParserGoesOn() throws Exception {
    int bad = FailureRule.MAX_CONSECUTIVE + 8;
    for (int i = 0; i < bad; i++) {
      Files.writeString(docs.resolve(String.format("b%02d.bad", i)), "broken " + i);
    }
    for (int i = 0; i < 6; i++) {
      Files.writeString(docs.resolve("good" + i + ".txt"), "library manuscripts " + i);
    }
    Thrower thrower = new Thrower();
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(thrower, new TextOnly()), p -> ((DocumentParser) p).id(),
            tmp.resolve("plugins"), 2);

    IndexRunResult r = run(indexer);

    assertThat(r.added()).isEqualTo(6);
    assertThat(r.failed()).isEqualTo(bad);
    // Told once, by plugin id, with the rule and the last error.
    assertThat(notices).filteredOn(n -> n.contains("'thrower'")).singleElement().satisfies(n -> assertThat(n)
        .startsWith("plugin 'thrower' failed on " + FailureRule.MAX_CONSECUTIVE + " files in a row (last: ")
        .endsWith("it is not used for the rest of this run"));
    // The files it failed on name it and the error; the later ones say it is left out.
    assertThat(failures).filteredOn(f -> f.contains("error while parsing in plugin 'thrower'"))
        .hasSizeBetween(FailureRule.MAX_CONSECUTIVE, FailureRule.MAX_CONSECUTIVE + 1) // one more may be in work
        .anySatisfy(f -> assertThat(f).contains("thrower cannot cope"))
        .anySatisfy(f -> assertThat(f).contains("com/example/Missing"))
        .anySatisfy(f -> assertThat(f).contains("StackOverflowError"));
    assertThat(failures).filteredOn(f -> f.contains("plugin 'thrower' is left out of this run"))
        .hasSize(bad - (int) failures.stream().filter(f -> f.contains("error while parsing")).count())
        .allSatisfy(f -> assertThat(f).contains(": OTHER: ").contains("failed on " + FailureRule.MAX_CONSECUTIVE + " files in a row")
            .contains("no other installed parser accepts this file"));
    // Left out means not called again.
    assertThat(thrower.calls.get()).isLessThanOrEqualTo(FailureRule.MAX_CONSECUTIVE + 1);
    assertThat(found(IndexAnalysis.fallback(), "manuscripts")).isEqualTo(6);
    // Recorded: the indexer and the index's status name it.
    assertThat(indexer.disabledPlugins()).singleElement().asString().startsWith("plugin 'thrower' failed on");
    IndexStatus status = IndexStatus.read(index);
    assertThat(status.disabledPlugins()).singleElement().asString().startsWith("plugin 'thrower' failed on");
    assertThat(status.failures()).hasSize(bad);

    // The next run of the same indexer (a watched folder's next batch, say) does not try it again.
    notices.clear();
    Files.writeString(docs.resolve("late.bad"), "late");
    Files.writeString(docs.resolve("late.txt"), "late manuscripts");
    int before = thrower.calls.get();
    IndexRunResult again = run(indexer);
    assertThat(again.added()).isEqualTo(1);
    assertThat(thrower.calls.get()).isEqualTo(before);
    assertThat(notices).noneMatch(n -> n.contains("'thrower'"));
    assertThat(IndexStatus.read(index).disabledPlugins()).singleElement().asString().contains("'thrower'");
  }

  @Test
  void filesOfALeftOutParserGoToTheNextParserThatAcceptsThem() throws Exception {
    int bad = FailureRule.MAX_CONSECUTIVE + 5;
    for (int i = 0; i < bad; i++) {
      Files.writeString(docs.resolve(String.format("b%02d.bad", i)), "readable manuscripts " + i);
    }
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(new Thrower(), new Plain()), p -> ((DocumentParser) p).id(),
            tmp.resolve("plugins"), 1);

    IndexRunResult r = run(indexer);

    // One parse thread: exactly the threshold fails, the rest is read by the other parser.
    assertThat(r.failed()).isEqualTo(FailureRule.MAX_CONSECUTIVE);
    assertThat(r.added()).isEqualTo(bad - FailureRule.MAX_CONSECUTIVE);
    assertThat(notices).anySatisfy(n -> assertThat(n).startsWith("plugin 'thrower' failed on"));
    assertThat(found(IndexAnalysis.fallback(), "readable")).isEqualTo(bad - FailureRule.MAX_CONSECUTIVE);
  }

  @Test
  void corruptFilesNeverCountAgainstAParser() throws Exception {
    DocumentParser strict =
        new DocumentParser() {
          @Override
          public String id() {
            return "strict";
          }

          @Override
          public boolean accepts(Path file) {
            return true;
          }

          @Override
          public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
            try {
              String text = Files.readString(request.file());
              if (text.startsWith("corrupt")) {
                throw new DocumentParseException(DocumentParseException.Reason.CORRUPT, "not a valid file");
              }
              if (text.startsWith("locked")) {
                throw new DocumentParseException(DocumentParseException.Reason.ENCRYPTED, "password protected");
              }
              return ParsedDocument.ofText(text, "text/plain");
            } catch (IOException e) {
              throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage());
            }
          }
        };
    int broken = 3 * FailureRule.MAX_CONSECUTIVE;
    for (int i = 0; i < broken; i++) {
      Files.writeString(docs.resolve(String.format("x%02d.txt", i)), (i % 2 == 0 ? "corrupt " : "locked ") + i);
    }
    Files.writeString(docs.resolve("zz-fine.txt"), "intact manuscripts");
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(strict), p -> ((DocumentParser) p).id(), tmp.resolve("plugins"), 2);

    IndexRunResult r = run(indexer);

    assertThat(r.failed()).isEqualTo(broken);
    assertThat(r.added()).isEqualTo(1);
    assertThat(notices).noneMatch(n -> n.contains("'strict'"));
    assertThat(indexer.disabledPlugins()).isEmpty();
    assertThat(IndexStatus.read(index).disabledPlugins()).isEmpty();
    assertThat(found(IndexAnalysis.fallback(), "intact")).isEqualTo(1);
  }

  @Test
  void aRecogniserThatKeepsThrowingIsLeftOutAndIndexingCompletes() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    EntityRecognizer failing =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "failing-entities";
          }

          @Override
          public Set<String> types() {
            return Set.of("PERSON");
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            calls.incrementAndGet();
            throw new UnsupportedOperationException("model file missing");
          }
        };
    EntityRecognizer working =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "working-entities";
          }

          @Override
          public Set<String> types() {
            return Set.of("PERSON");
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            int at = text.indexOf("Omar");
            return at < 0 ? List.of() : List.of(new EntitySpan(at, at + 4, "PERSON", "Omar", "Omar"));
          }
        };
    int n = FailureRule.MAX_CONSECUTIVE + 30;
    for (int i = 0; i < n; i++) {
      Files.writeString(docs.resolve("doc" + i + ".txt"), "Omar reads manuscripts " + i);
    }
    EntityExtraction extraction = EntityExtraction.of(List.of(failing, working));
    IndexAnalysis analysis = IndexAnalysis.fallback().withEntities(extraction);

    IndexRunResult r = run(analysis);

    assertThat(r.added()).isEqualTo(n);
    assertThat(r.failed()).isZero();
    assertThat(failures).isEmpty();
    assertThat(notices).filteredOn(m -> m.contains("'failing-entities'")).singleElement().satisfies(m -> assertThat(m)
        .startsWith("plugin 'failing-entities' failed on " + FailureRule.MAX_CONSECUTIVE + " texts in a row")
        .contains("model file missing")
        .endsWith("entity recognition goes on without it for the rest of this run"));
    // Not asked again once left out: only the texts already in it when the limit was crossed (on
    // other worker threads) were given to it after that.
    assertThat(calls.get()).isGreaterThanOrEqualTo(FailureRule.MAX_CONSECUTIVE).isLessThan(n);
    assertThat(extraction.isDisabled("failing-entities")).isTrue();
    assertThat(extraction.isDisabled("working-entities")).isFalse();
    assertThat(IndexStatus.read(index).disabledPlugins()).singleElement().asString().contains("'failing-entities'");
    // Every document is searchable, and the other recogniser's entities are there.
    assertThat(found(analysis, "manuscripts")).isEqualTo(n);
    try (SearchService s = new SearchService(index, analysis)) {
      assertThat(s.search(org.fahras.app.search.SearchRequest.of("*").withFilter("person", "Omar")).total()).isEqualTo(n);
    }
    // Left out for good: the next run, over new files, never asks it.
    int before = calls.get();
    for (int i = 0; i < 5; i++) {
      Files.writeString(docs.resolve("more" + i + ".txt"), "Omar again " + i);
    }
    assertThat(run(analysis).added()).isEqualTo(5);
    assertThat(calls.get()).isEqualTo(before);
  }
}
