package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An indexing process killed with SIGKILL at several points leaves an index that opens and
 * passes CheckIndex, and the next run completes it: exactly the documents of a clean run, none
 * twice, none missing.
 *
 * <p>The runs commit every half second ({@code -Dfahras.commitIntervalMillis=500}), so a run of the
 * corpus makes several commits; kill points are chosen by watching the index folder (before the
 * first commit, between early commits, half way, twice in a row) and the files the process has
 * open (near the end).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTest {

  static final int FILES = 800;
  static final String JAVA_OPTS = "-Xmx512m -Dfahras.commitIntervalMillis=500";
  static final long RUN_TIMEOUT_SECONDS = 120;

  @TempDir static Path tmp;
  Path corpus;
  Launcher launcher;
  List<String> reference;
  /** A large file among the last the indexer reads: while it is open, the run is near its end. */
  Path largeFile;

  @BeforeAll
  void corpusAndCleanRun() throws Exception {
    corpus = Corpus.write(tmp.resolve("corpus"), FILES, 20261126L);
    largeFile = Corpus.writeLargeFileNearTheEnd(corpus);
    launcher = new Launcher(tmp.resolve("data"), JAVA_OPTS);
    Path clean = tmp.resolve("clean");
    runToCompletion(clean, "clean");
    reference = sorted(IndexChecks.paths(clean));
    assertThat(reference).hasSize(FILES + 1).doesNotHaveDuplicates();
  }

  /**
   * When to kill: a condition on the index folder or on the running process, then a short wait
   * to land between commits.
   */
  record KillPoint(String name, Condition condition, long thenMillis, long pollMillis) {
    KillPoint(String name, Condition condition, long thenMillis) {
      this(name, condition, thenMillis, 10);
    }

    @Override
    public String toString() {
      return name;
    }
  }


  @FunctionalInterface
  interface Condition {
    boolean holds(Path index, Process run) throws IOException;
  }

  static Stream<KillPoint> killPoints() {
    return Stream.of(
        new KillPoint("before the first commit", CrashRecoveryTest::writerOpenWithoutCommit, 0),
        new KillPoint("between early commits", committedBetween(1, FILES), 400),
        new KillPoint("half way", committedBetween(FILES * 2 / 5, FILES), 50));
  }

  @ParameterizedTest(name = "killed {0}")
  @MethodSource("killPoints")
  void killedRunLeavesAConsistentIndexThatTheNextRunCompletes(KillPoint point) throws Exception {
    Path index = null;
    Integer committed = null;
    // On a loaded machine a run can finish between reaching the kill point and the kill; such
    // an attempt proves nothing, so it is made again on a new index (at most three times).
    for (int attempt = 1; committed == null && attempt <= 3; attempt++) {
      index = tmp.resolve("killed-" + point.name().replace(' ', '-') + "-" + attempt);
      committed = killAt(index, point, "run");
    }

    assertThat(committed).as("killed before the run ended on its own").isNotNull();
    if (point.name().startsWith("before")) {
      assertThat(committed).as("nothing committed yet").isEqualTo(-1);
    } else {
      assertThat(committed).as("killed part way").isBetween(1, FILES);
      assertThat(commitData(index))
          .as("an interrupted run is recorded, with the analysis the committed files used")
          .containsKeys("fahras.runStarted", "fahras.analysis", "fahras.schema")
          .doesNotContainKey("fahras.lastRun");
    }
    String summary = runToCompletion(index, "rerun");
    assertSameAsCleanRun(index);
    if (committed > 0) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) unchanged").matcher(summary);
      assertThat(m.find()).as(summary).isTrue();
      assertThat(Integer.parseInt(m.group(1)))
          .as("the next run continues: files committed before the kill are not read again")
          .isGreaterThanOrEqualTo(committed);
    }
    assertThat(commitData(index)).containsKey("fahras.lastRun").doesNotContainKey("fahras.runStarted");
  }

  @Test
  void runKilledNearTheEndIsCompletedByTheNextRun() throws Exception {
    // Commits can be far apart (each one fsyncs), so "near the end" is told by the file the
    // process is reading — the large one, read among the last — from /proc (Linux).
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc");
    Path index = tmp.resolve("killed-near-the-end");

    Integer committed = killAt(index, new KillPoint("near the end", reading(largeFile), 0, 1), "run");

    assertThat(committed).as("killed before the run ended on its own").isNotNull();
    runToCompletion(index, "rerun");
    assertSameAsCleanRun(index);
  }

  @Test
  void runKilledTwiceInARowIsCompletedByTheThirdRun() throws Exception {
    Path index = tmp.resolve("killed-twice");

    assertThat(killAt(index, new KillPoint("a quarter", committedAtLeast(FILES / 4), 100), "first")).isNotNull();
    assertThat(killAt(index, new KillPoint("recovering", committedAtLeast(FILES / 2), 100), "second")).isNotNull();
    runToCompletion(index, "third");

    assertSameAsCleanRun(index);
  }

  /**
   * Starts {@code fahras index}, kills it with SIGKILL at the point, and checks what is left.
   *
   * @return documents in the last commit, -1 when there is none, or {@code null} when the run
   *     completed before the kill point
   */
  Integer killAt(Path index, KillPoint point, String name) throws Exception {
    long start = System.nanoTime();
    Launcher.Child run = launcher.start(tmp.resolve("logs"), index.getFileName() + "-" + name,
        "index", "--index", index.toString(), corpus.toString());
    long deadline = start + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_SECONDS);
    while (!holds(point.condition(), index, run.process())) {
      if (!run.process().isAlive()) {
        assertThat(run.process().exitValue()).as("run ended on its own: %s", run.stderr()).isZero();
        System.out.printf("%s %s: completed before the kill point%n", index.getFileName(), point.name());
        return null;
      }
      if (System.nanoTime() > deadline) {
        run.process().destroyForcibly();
        fail("kill point '%s' not reached in %d s", point.name(), RUN_TIMEOUT_SECONDS);
      }
      Thread.sleep(point.pollMillis());
    }
    Thread.sleep(point.thenMillis());
    if (!run.process().isAlive()) {
      assertThat(run.process().exitValue()).as("run ended on its own: %s", run.stderr()).isZero();
      System.out.printf("%s %s: completed before the kill%n", index.getFileName(), point.name());
      return null;
    }
    run.process().destroyForcibly(); // SIGKILL on Linux and macOS
    assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).as("killed process gone").isTrue();
    assertThat(run.process().exitValue()).as("the run did not finish on its own").isNotZero();

    int committed = IndexChecks.committedDocs(index);
    if (committed >= 0) {
      IndexChecks.assertClean(index);
      List<String> paths = IndexChecks.paths(index);
      assertThat(paths).as("no file twice after a kill").doesNotHaveDuplicates();
      assertThat(reference).as("nothing the clean run does not have").containsAll(paths);
    }
    System.out.printf("killed %s %s: %d documents committed%n", index.getFileName(), point.name(), committed);
    return committed;
  }

  static java.util.Map<String, String> commitData(Path index) throws IOException {
    try (var dir = org.apache.lucene.store.FSDirectory.open(index)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData();
    }
  }

  String runToCompletion(Path index, String name) throws Exception {
    Launcher.Child run = launcher.start(tmp.resolve("logs"), index.getFileName() + "-" + name,
        "index", "--index", index.toString(), corpus.toString());
    assertThat(run.process().waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("run finished").isTrue();
    assertThat(run.process().exitValue()).as(run.stderr()).isZero();
    System.out.printf("%s %s: %s", index.getFileName(), name, run.stdout());
    return run.stdout();
  }

  void assertSameAsCleanRun(Path index) throws IOException {
    IndexChecks.assertClean(index);
    List<String> paths = sorted(IndexChecks.paths(index));
    assertThat(paths).as("no file twice").doesNotHaveDuplicates();
    assertThat(paths).as("exactly the clean run's documents").isEqualTo(reference);
  }

  static boolean holds(Condition c, Path index, Process run) {
    try {
      return c.holds(index, run);
    } catch (IOException e) {
      return false; // read while the writer replaced a commit: look again
    }
  }

  static boolean writerOpenWithoutCommit(Path index, Process run) throws IOException {
    return Files.exists(index.resolve("write.lock")) && !IndexChecks.hasCommit(index);
  }

  /** At least {@code docs} documents committed; a commit is opened only once. */
  /**
   * A commit with at least {@code min} and at most {@code max} documents: part way, not the
   * final commit of a complete run (which holds every file and the large one).
   */
  static Condition committedBetween(int min, int max) {
    Condition atLeast = committedAtLeast(min);
    return (index, run) -> atLeast.holds(index, run) && IndexChecks.committedDocs(index) <= max;
  }

  static Condition committedAtLeast(int docs) {
    String[] lastCommit = {""};
    return (index, run) -> {
      String commit;
      try (Stream<Path> files = Files.list(index)) {
        commit = files.map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("segments_"))
            .max(Comparator.comparing(n -> Long.parseLong(n.substring(9), Character.MAX_RADIX)))
            .orElse("");
      } catch (NoSuchFileException e) {
        return false;
      }
      if (commit.isEmpty() || commit.equals(lastCommit[0])) {
        return false;
      }
      int committed = IndexChecks.committedDocs(index); // may throw: the commit is read again
      lastCommit[0] = commit;
      return committed >= docs;
    };
  }

  /** The process has {@code file} open. */
  static Condition reading(Path file) {
    String wanted = file.toString();
    return (index, run) -> {
      Path fds = Path.of("/proc", Long.toString(run.pid()), "fd");
      try (DirectoryStream<Path> open = Files.newDirectoryStream(fds)) {
        for (Path fd : open) {
          try {
            if (Files.readSymbolicLink(fd).toString().equals(wanted)) {
              return true;
            }
          } catch (IOException e) {
            // closed meanwhile
          }
        }
      }
      return false;
    };
  }

  static List<String> sorted(List<String> paths) {
    List<String> s = new ArrayList<>(paths);
    s.sort(null);
    return s;
  }

  /** A deterministic corpus of small Arabic text files made of the sample corpus's sentences. */
  static final class Corpus {
    static final List<String> SOURCES =
        List.of("news/korea-deterrence-statement.txt", "history/bayt-al-hikma.md", "university/graduate-studies-announcement.txt");

    static Path write(Path root, int files, long seed) throws IOException {
      List<String> sentences = new ArrayList<>();
      for (String s : SOURCES) {
        String text = Files.readString(Cli.CORPUS.resolve(s), StandardCharsets.UTF_8);
        for (String sentence : text.split("[.\\n؟!]+")) {
          String t = sentence.replace("#", "").strip();
          if (t.length() > 20) {
            sentences.add(t);
          }
        }
      }
      Random random = new Random(seed);
      for (int i = 0; i < files; i++) {
        Path dir = root.resolve(String.format("مجلد-%02d/قسم-%d", i % 25, i % 3));
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 3 + random.nextInt(4); k++) {
          text.append(sentences.get(random.nextInt(sentences.size()))).append(". ");
        }
        text.append("وثيقة رقم ").append(i).append('\n');
        Files.writeString(dir.resolve(String.format("وثيقة-%04d.txt", i)), text, StandardCharsets.UTF_8);
      }
      return root;
    }

    /**
     * Writes a file of some megabytes into the folder the indexer walks last (walk order is the
     * file system's directory order, the same in this process as in the indexer's), so it is
     * read among the last files, and open long enough to be seen.
     */
    static Path writeLargeFileNearTheEnd(Path root) throws IOException {
      List<Path> order = new ArrayList<>();
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          order.add(file);
          return FileVisitResult.CONTINUE;
        }
      });
      Path last = order.get(order.size() - 1);
      String text = Files.readString(last, StandardCharsets.UTF_8);
      Path large = last.resolveSibling("ملحق-كبير.txt");
      Files.writeString(large, text.repeat(Math.max(1, 3_000_000 / text.length())), StandardCharsets.UTF_8);
      return large.toAbsolutePath().normalize();
    }
  }
}
