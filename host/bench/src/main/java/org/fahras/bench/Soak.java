package org.fahras.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.gui.IndexSearchBackend;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;
import org.fahras.app.watch.FolderWatcher;
import org.fahras.app.watch.LiveIndex;

/**
 * The soak run: for {@code --minutes N} (default 30) Fahras keeps a folder indexed with the same
 * services {@code fahras watch} and the window use ({@link LiveIndex}, {@link FolderWatcher}, the
 * packaged plugins), while one thread churns the folder (creates, rewrites, deletes and renames
 * files and folders: plain text, HTML, e-mail, RTF, DOCX, ODT, PDF, EPUB) and another searches it
 * without pause through the window's search backend ({@link IndexSearchBackend}: ranked hits with
 * snippets, facets now and then, reopened after every applied batch as the window does).
 *
 * <p>Every {@code --sample-seconds} (default 30) it forces a collection and records the heap in
 * use, the live threads (by name), the open file descriptors ({@code /proc/self/fd}), the files in
 * the JVM's temporary folder, the documents in the index, queries per second and files indexed.
 * At the end it stops the churn, waits until the index matches the folder, closes everything and
 * checks: {@code CheckIndex} clean, every file in the folder found by its path, no deleted file
 * left, no Fahras thread left running. Prints a Markdown report with a verdict and writes it to
 * {@code WORK/soak.md}; exit code 0 when every check passes, 2 otherwise.
 *
 * <p>Options: {@code --work DIR --repo DIR --plugins DIR --minutes N --sample-seconds N
 * --warmup-minutes N --files N (folder size kept around N) --ops-per-second X --threads N
 * --seed N}.
 */
public final class Soak {

  /** Heap growth over the second half of the run tolerated as "flat", in MB per hour. */
  static final double HEAP_SLOPE_LIMIT_MB_PER_HOUR = 20;

  private final BenchOptions opts;
  private final StringBuilder report = new StringBuilder();

  private Soak(BenchOptions opts) {
    this.opts = opts;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    int code = new Soak(opts).run();
    System.exit(code);
  }

  private String opt(String name, String dflt) {
    return opts.get(name, dflt);
  }

  private double num(String name, double dflt) {
    return Double.parseDouble(opt(name, Double.toString(dflt)));
  }

  // ---- state shared by the threads -----------------------------------------------------------

  private final AtomicLong queries = new AtomicLong();
  private final AtomicLong queryErrors = new AtomicLong();
  private final AtomicLong emptyResults = new AtomicLong();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong notices = new AtomicLong();
  private final Map<String, AtomicLong> operations = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> failureReasons = new ConcurrentHashMap<>();
  private final List<String> firstProblems = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean stopChurn;
  private volatile boolean stopSearch;

  /** One sample of the JVM's resources. */
  record Sample(
      double minutes,
      double heapMb,
      int threads,
      int fds,
      int tempFiles,
      long docs,
      double queriesPerSecond,
      long filesIndexed,
      long filesFailed,
      long folderFiles,
      long children,
      double rssMb,
      Map<String, Integer> threadKinds) {}

  private int run() throws Exception {
    Path repo = Path.of(opt("repo", ".")).toAbsolutePath().normalize();
    Path work = Path.of(opt("work", repo.resolve("host/bench/target/soak-work").toString())).toAbsolutePath();
    Path plugins = Path.of(opt("plugins", repo.resolve("host/bench/target/bench-plugins").toString())).toAbsolutePath();
    double minutes = num("minutes", 30);
    double sampleSeconds = num("sample-seconds", 30);
    double warmupMinutes = num("warmup-minutes", Math.min(5, minutes / 3));
    int targetFiles = (int) num("files", 400);
    double opsPerSecond = num("ops-per-second", 2);
    int threads = (int) num("threads", 2);
    long seed = (long) num("seed", 20261126);

    Files.createDirectories(work);
    log("generating the source corpus in " + work.resolve("corpus") + " …");
    Corpus corpus =
        new CorpusGenerator(new CorpusGenerator.Spec(seed, 1200, 6_000_000L, 8), repo, work.resolve("npm-cache"))
            .generate(work.resolve("corpus"));
    Path folder = work.resolve("watched");
    Path index = work.resolve("index");
    CorpusGenerator.deleteTree(folder);
    CorpusGenerator.deleteTree(index);
    Files.createDirectories(folder);
    Churn churn = new Churn(corpus, folder, new Random(seed), targetFiles);
    churn.populate();
    log("folder " + folder + ": " + churn.countFiles() + " files to start with");

    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Sample> samples = new ArrayList<>();
    Set<String> baseline;
    Set<String> leftAfterClose;
    int baselineFds;
    int fdsAfterClose;
    int tempBefore = countEntries(tmp);
    int tempAfterClose;
    String consistency;
    boolean consistent;
    long started;
    double ranMinutes;
    long finalDocs;
    String check;
    List<String> present;
    Set<String> gone;
    int missing = 0;
    int stale = 0;
    List<String> examples = new ArrayList<>();
    int fdsIndexClosed;
    int threadsIndexClosed;
    Set<String> indexThreadsLeft;
    int openIntoIndex;
    int openIntoFolder;
    gc(memory);
    baseline = threadNames().keySet();
    baselineFds = countEntries(Path.of("/proc/self/fd"));
    try (FahrasPipeline fahras = new FahrasPipeline(plugins, work.resolve("plugin-cache"))) {
      List<DocumentParser> parsers = fahras.host.extensions(DocumentParser.class);
      CrawlSettings settings = CrawlSettings.defaults();
      Indexer indexer =
          new Indexer(
              index,
              fahras.analysis,
              parsers,
              fahras.host::pluginIdOf,
              fahras.host.pluginsDir(),
              threads,
              settings,
              ParseRequest.DEFAULT_MAX_CHARACTERS,
              Indexer.commitIntervalFromSystem());
      List<String> queryList =
          QueryBench.queries(corpus.plainFiles(), 500, seed, fahras.analysis.indexAnalyzer());
      IndexSearchBackend backend = new IndexSearchBackend(index, fahras.analysis);
      LiveIndex live = LiveIndex.open(indexer, List.of(folder), listener());
      FolderWatcher watcher =
          new FolderWatcher(
              live,
              settings,
              listener(),
              new FolderWatcher.Listener() {
                @Override
                public void ready(IndexRunResult initial) {
                  backend.reload();
                }

                @Override
                public void applied(IndexRunResult batch) {
                  batches.incrementAndGet();
                  backend.reload(); // as the window does when the index changed
                }
              });
      started = System.nanoTime();
      watcher.start();
      if (!watcher.awaitReady(Duration.ofMinutes(10))) {
        throw new IllegalStateException("the first pass did not finish in 10 minutes");
      }
      log(String.format(Locale.ROOT, "first pass done in %.1f s; churning and searching for %.0f minutes",
          (System.nanoTime() - started) / 1e9, minutes));

      Thread churner = new Thread(() -> churn.run(opsPerSecond), "soak-churn");
      Thread searcher = new Thread(() -> search(backend, queryList, seed), "soak-search");
      churner.start();
      searcher.start();

      long end = started + (long) (minutes * 60e9);
      long nextSample = System.nanoTime();
      long lastQueries = 0;
      long lastSampleAt = System.nanoTime();
      while (true) {
        long now = System.nanoTime();
        if (now >= nextSample) {
          long q = queries.get();
          double qps = (q - lastQueries) / Math.max(1e-3, (now - lastSampleAt) / 1e9);
          lastQueries = q;
          lastSampleAt = now;
          gc(memory);
          Map<String, Integer> names = threadNames();
          long docs = live.search(s -> (long) s.getIndexReader().numDocs());
          Sample s =
              new Sample(
                  (System.nanoTime() - started) / 60e9,
                  heapAfterLastGc(memory) / 1048576.0,
                  names.values().stream().mapToInt(Integer::intValue).sum(),
                  countEntries(Path.of("/proc/self/fd")),
                  countEntries(tmp) - tempBefore,
                  docs,
                  qps,
                  indexed.get(),
                  failed.get(),
                  churn.countFiles(),
                  ProcessHandle.current().children().count(),
                  rssMb(),
                  kinds(names));
          samples.add(s);
          log(String.format(Locale.ROOT,
              "t=%5.1f min heap=%6.1f MB threads=%3d fds=%4d tmp=%3d docs=%5d q/s=%6.1f indexed=%6d failed=%4d files=%4d batches=%5d children=%d rss=%.0f MB",
              s.minutes(), s.heapMb(), s.threads(), s.fds(), s.tempFiles(), s.docs(), s.queriesPerSecond(),
              s.filesIndexed(), s.filesFailed(), s.folderFiles(), batches.get(), s.children(), s.rssMb()));
          nextSample += (long) (sampleSeconds * 1e9);
        }
        if (System.nanoTime() >= end) {
          break;
        }
        Thread.sleep(Math.max(1, Math.min(end, nextSample) - System.nanoTime()) / 1_000_000 + 1);
      }
      ranMinutes = (System.nanoTime() - started) / 60e9;
      stopChurn = true;
      churner.join();
      log("churn stopped; waiting for the index to match the folder …");
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      String diff;
      while (true) {
        diff = compare(folder, live);
        if (diff.isEmpty() || System.nanoTime() > deadline) {
          break;
        }
        Thread.sleep(1000);
      }
      stopSearch = true;
      searcher.join();
      watcher.close();
      live.close();
      backend.close();
      finalDocs = countDocs(index);
      gc(memory);
      fdsIndexClosed = countEntries(Path.of("/proc/self/fd"));
      threadsIndexClosed = threadNames().values().stream().mapToInt(Integer::intValue).sum();
      // Nothing of the index or the folder may stay open, and no thread of the index or watcher
      // may stay (the parser plugin's process pool lives as long as the plugins).
      long waitThreads = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < waitThreads && !indexThreads(threadNames().keySet()).isEmpty()) {
        Thread.sleep(200);
      }
      indexThreadsLeft = indexThreads(threadNames().keySet());
      openIntoIndex = fdsInto(index);
      openIntoFolder = fdsInto(folder);
      consistent = diff.isEmpty();
      consistency = diff;
      // Checks on the closed index: CheckIndex, every file found by its path, no deleted one left.
      check = checkIndex(index);
      present = churn.files();
      gone = new TreeSet<>(churn.everSeen());
      gone.removeAll(present);
      try (SearchService s = new SearchService(index, fahras.analysis)) {
        for (String p : present) {
          if (s.storedText(p) == null) {
            missing++;
            if (examples.size() < 5) {
              examples.add("not found: " + p);
            }
          }
        }
        for (String p : gone) {
          if (s.storedText(p) != null) {
            stale++;
            if (examples.size() < 10) {
              examples.add("deleted but found: " + p);
            }
          }
        }
      }
    }
    // The plugins are stopped: their parser processes end, their threads too.
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until
        && (ProcessHandle.current().children().findAny().isPresent() || !fahrasThreads(threadNames().keySet()).isEmpty())) {
      Thread.sleep(200);
    }
    gc(memory);
    leftAfterClose = new TreeSet<>(threadNames().keySet());
    leftAfterClose.removeAll(baseline);
    fdsAfterClose = countEntries(Path.of("/proc/self/fd"));
    tempAfterClose = countEntries(tmp) - tempBefore;
    long childrenLeft = ProcessHandle.current().children().count();
    return report(samples, minutes, ranMinutes, warmupMinutes, sampleSeconds, threads, targetFiles, opsPerSecond,
        baseline, leftAfterClose, baselineFds, fdsAfterClose, tempAfterClose, consistent, consistency, check,
        present.size(), gone.size(), missing, stale, examples, finalDocs, work,
        fdsIndexClosed, threadsIndexClosed, indexThreadsLeft, openIntoIndex, openIntoFolder, childrenLeft);
  }

  private IndexListener listener() {
    return new IndexListener() {
      @Override
      public void indexed(Path file, int records) {
        indexed.incrementAndGet();
      }

      @Override
      public void failed(Path file, DocumentParseException.Reason reason, String message) {
        failed.incrementAndGet();
        failureReasons.computeIfAbsent(reason.name(), k -> new AtomicLong()).incrementAndGet();
        if (firstProblems.size() < 10) {
          firstProblems.add("failed " + file.getFileName() + ": " + reason + ": " + message);
        }
      }

      @Override
      public void notice(String message) {
        notices.incrementAndGet();
        if (firstProblems.size() < 10) {
          firstProblems.add("notice: " + message);
        }
      }
    };
  }

  private void search(IndexSearchBackend backend, List<String> queryList, long seed) {
    Random rnd = new Random(seed + 1);
    int i = 0;
    while (!stopSearch) {
      String q = queryList.get(i++ % queryList.size());
      SearchRequest r = SearchRequest.of(q).page(0, 10);
      if (rnd.nextInt(20) == 0) {
        r = r.withFacets();
      }
      try {
        SearchResult res = backend.search(r);
        if (res.total() == 0) {
          emptyResults.incrementAndGet();
        }
        queries.incrementAndGet();
      } catch (Exception | LinkageError e) {
        queryErrors.incrementAndGet();
        if (firstProblems.size() < 10) {
          firstProblems.add("query '" + q + "': " + e);
        }
        try {
          Thread.sleep(100); // e.g. the index folder between two states: try the next one
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  // ---- the churn -----------------------------------------------------------------------------

  /** Changes the folder as a user's documents change: files and folders come, change and go. */
  private final class Churn {
    private final Corpus corpus;
    private final Path folder;
    private final Random rnd;
    private final int target;
    private final List<Path> mixed = new ArrayList<>();
    private final Set<String> everSeen = ConcurrentHashMap.newKeySet();
    private int serial;

    Churn(Corpus corpus, Path folder, Random rnd, int target) {
      this.corpus = corpus;
      this.folder = folder;
      this.rnd = rnd;
      this.target = target;
      corpus.mixed().values().forEach(mixed::addAll);
    }

    void populate() throws IOException {
      for (int d = 0; d < 8; d++) {
        Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "d%02d", d)));
      }
      for (int i = 0; i < target; i++) {
        create(randomFolder());
      }
    }

    void run(double opsPerSecond) {
      long pause = (long) (1000 / opsPerSecond);
      while (!stopChurn) {
        try {
          step();
        } catch (IOException | RuntimeException e) {
          count("error");
          if (firstProblems.size() < 10) {
            firstProblems.add("churn: " + e);
          }
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void step() throws IOException {
      List<Path> files = listFiles();
      int n = files.size();
      double r = rnd.nextDouble();
      if (r < 0.02) {
        // a new folder with a few files in it, moved in at once (as an unpacked download)
        Path staging = folder.getParent().resolve("staging-" + (++serial));
        Files.createDirectories(staging);
        for (int i = 0; i < 3 + rnd.nextInt(4); i++) {
          writeNew(staging);
        }
        Path dest = folder.resolve(String.format(Locale.ROOT, "new-%05d", serial));
        Files.move(staging, dest);
        remember(dest);
        count("folder moved in");
        return;
      }
      if (r < 0.03) {
        Path dir = randomSubfolder();
        if (dir != null) {
          Path dest = folder.resolve(String.format(Locale.ROOT, "renamed-%05d", ++serial));
          Files.move(dir, dest);
          remember(dest);
          count("folder renamed");
          return;
        }
      }
      if (r < 0.04) {
        Path dir = randomSubfolder();
        if (dir != null && dir.getFileName().toString().matches("(new|renamed)-\\d+")) {
          CorpusGenerator.deleteTree(dir);
          count("folder deleted");
          return;
        }
      }
      double create = n < target * 0.9 ? 0.5 : n > target * 1.1 ? 0.05 : 0.25;
      double delete = n > target * 1.1 ? 0.5 : n < target * 0.9 ? 0.05 : 0.2;
      r = rnd.nextDouble();
      if (r < create || n == 0) {
        create(randomFolder());
        count("created");
        return;
      }
      Path f = files.get(rnd.nextInt(n));
      if (r < create + delete) {
        Files.deleteIfExists(f);
        count("deleted");
      } else if (r < create + delete + 0.2) {
        Path dest = randomFolder().resolve(freshName(extensionOf(f)));
        Files.move(f, dest);
        remember(dest);
        count("renamed");
      } else {
        rewrite(f);
        count("modified");
      }
    }

    private void create(Path dir) throws IOException {
      remember(writeNew(dir));
    }

    /** A new file in {@code dir}: mostly plain text, else a copy of a mixed-format document. */
    private Path writeNew(Path dir) throws IOException {
      if (rnd.nextDouble() < 0.75 || mixed.isEmpty()) {
        Path src = corpus.plainFiles().get(rnd.nextInt(corpus.plainFiles().size()));
        Path dest = dir.resolve(freshName(".txt"));
        Files.copy(src, dest);
        return dest;
      }
      Path src = mixed.get(rnd.nextInt(mixed.size()));
      Path dest = dir.resolve(freshName(extensionOf(src)));
      Files.copy(src, dest);
      return dest;
    }

    /** Rewrites a file in place: new text for plain text, another document of the same format else. */
    private void rewrite(Path f) throws IOException {
      String ext = extensionOf(f);
      if (ext.equals(".txt")) {
        Path src = corpus.plainFiles().get(rnd.nextInt(corpus.plainFiles().size()));
        if (rnd.nextBoolean()) {
          Files.write(f, Files.readAllBytes(src));
        } else {
          Files.writeString(f, "\nملحق " + (++serial) + " للوثيقة\n", StandardCharsets.UTF_8,
              java.nio.file.StandardOpenOption.APPEND);
        }
        return;
      }
      List<Path> same = mixed.stream().filter(p -> p.toString().endsWith(ext)).toList();
      if (!same.isEmpty()) {
        Files.copy(same.get(rnd.nextInt(same.size())), f, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    private String freshName(String ext) {
      int k = ++serial;
      // Some Arabic file names, as real folders have.
      return (k % 5 == 0 ? "وثيقة-" : "soak-") + String.format(Locale.ROOT, "%06d", k) + ext;
    }

    private Path randomFolder() throws IOException {
      List<Path> dirs = subfolders();
      return dirs.isEmpty() || rnd.nextInt(5) == 0 ? folder : dirs.get(rnd.nextInt(dirs.size()));
    }

    private Path randomSubfolder() throws IOException {
      List<Path> dirs = subfolders();
      return dirs.isEmpty() ? null : dirs.get(rnd.nextInt(dirs.size()));
    }

    private List<Path> subfolders() throws IOException {
      try (Stream<Path> s = Files.list(folder)) {
        return s.filter(Files::isDirectory).sorted().toList();
      }
    }

    private void remember(Path p) throws IOException {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).forEach(f -> everSeen.add(f.toString()));
        }
      } else {
        everSeen.add(p.toString());
      }
    }

    private List<Path> listFiles() throws IOException {
      try (Stream<Path> s = Files.walk(folder)) {
        return s.filter(Files::isRegularFile).sorted().toList();
      }
    }

    long countFiles() {
      try {
        return listFiles().size();
      } catch (IOException | java.io.UncheckedIOException e) {
        return -1; // a folder moved away during the walk
      }
    }

    List<String> files() throws IOException {
      return listFiles().stream().map(Path::toString).toList();
    }

    Set<String> everSeen() {
      return everSeen;
    }

    private void count(String op) {
      operations.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
    }
  }

  private static String extensionOf(Path f) {
    String name = f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }

  // ---- checks --------------------------------------------------------------------------------

  /** What differs between the folder's files and the files in the live index; empty when equal. */
  private static String compare(Path folder, LiveIndex live) throws IOException {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> s = Files.walk(folder)) {
      s.filter(Files::isRegularFile).forEach(f -> onDisk.add(f.toString()));
    } catch (java.io.UncheckedIOException e) {
      return "the folder changed during the walk";
    }
    Set<String> inIndex = live.search(s -> indexedFiles(s.getIndexReader()));
    Set<String> missing = new TreeSet<>(onDisk);
    missing.removeAll(inIndex);
    Set<String> extra = new TreeSet<>(inIndex);
    extra.removeAll(onDisk);
    if (missing.isEmpty() && extra.isEmpty()) {
      return "";
    }
    return missing.size() + " file(s) not in the index (e.g. " + first(missing) + "), "
        + extra.size() + " gone file(s) still in it (e.g. " + first(extra) + ")";
  }

  private static String first(Set<String> s) {
    return s.isEmpty() ? "none" : s.iterator().next();
  }

  /** Distinct values of the {@code file} field among live records. */
  private static Set<String> indexedFiles(org.apache.lucene.index.IndexReader reader) throws IOException {
    Set<String> files = new HashSet<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      SortedDocValues dv = ctx.reader().getSortedDocValues("file");
      if (dv == null) {
        continue;
      }
      var live = ctx.reader().getLiveDocs();
      for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
        if (live == null || live.get(d)) {
          files.add(dv.lookupOrd(dv.ordValue()).utf8ToString());
        }
      }
    }
    return files;
  }

  private static long countDocs(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      return r.numDocs();
    }
  }

  private static String checkIndex(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status st = check.checkIndex();
      return st.clean
          ? "clean (" + st.segmentInfos.size() + " segments)"
          : "NOT CLEAN: " + st.numBadSegments + " bad segment(s)";
    }
  }

  // ---- measurements --------------------------------------------------------------------------

  private static void gc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      memory.gc();
      Thread.sleep(100);
    }
  }

  /**
   * Heap in use right after the last full collection (the searcher and the indexer keep
   * allocating, so the heap read a moment later already holds new garbage): a forced collection,
   * then the collector's own after-collection figures.
   */
  private static long heapAfterLastGc(MemoryMXBean memory) throws InterruptedException {
    memory.gc();
    Set<String> heapPools = new HashSet<>();
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    com.sun.management.GcInfo latest = null;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof com.sun.management.GarbageCollectorMXBean g) {
        com.sun.management.GcInfo info = g.getLastGcInfo();
        if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
          latest = info;
        }
      }
    }
    if (latest == null) {
      return memory.getHeapMemoryUsage().getUsed();
    }
    long used = 0;
    for (var e : latest.getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    return used;
  }

  /** Live threads by name. */
  private static Map<String, Integer> threadNames() {
    Map<String, Integer> m = new TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive()) {
        m.merge(t.getName(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** The names of threads Fahras or this benchmark started (not the JDK's own). */
  private static Set<String> fahrasThreads(Set<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      if (n.startsWith("fahras") || n.startsWith("soak") || n.startsWith("pool-")) {
        out.add(n);
      }
    }
    return out;
  }

  /** Threads of the index, the watcher, the searches and this benchmark's own workers. */
  private static Set<String> indexThreads(Set<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : fahrasThreads(names)) {
      if (!n.startsWith("fahras-tika")) { // the parser plugin's pool, alive as long as the plugin
        out.add(n);
      }
    }
    return out;
  }

  /** Open file descriptors of this process on files under {@code dir}. */
  private static int fdsInto(Path dir) {
    int n = 0;
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : s.toList()) {
        try {
          if (Files.readSymbolicLink(fd).startsWith(dir)) {
            n++;
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return n;
  }

  /** The resident memory of this JVM (heap, code, mapped index files …), in MB. */
  private static double rssMb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D+", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  /** Live threads by kind: the name with its numbers taken out ({@code fahras-parse-#}). */
  private static Map<String, Integer> kinds(Map<String, Integer> names) {
    Map<String, Integer> m = new TreeMap<>();
    names.forEach((k, v) -> m.merge(k.replaceAll("\\d+", "#"), v, Integer::sum));
    return m;
  }

  private static int countEntries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return (int) s.count();
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      return -1;
    }
  }

  // ---- report --------------------------------------------------------------------------------

  private int report(
      List<Sample> samples,
      double minutes,
      double ranMinutes,
      double warmupMinutes,
      double sampleSeconds,
      int threads,
      int targetFiles,
      double opsPerSecond,
      Set<String> baseline,
      Set<String> leftAfterClose,
      int baselineFds,
      int fdsAfterClose,
      int tempAfterClose,
      boolean consistent,
      String consistency,
      String check,
      int present,
      int gone,
      int missing,
      int stale,
      List<String> examples,
      long finalDocs,
      Path work,
      int fdsIndexClosed,
      int threadsIndexClosed,
      Set<String> indexThreadsLeft,
      int openIntoIndex,
      int openIntoFolder,
      long childrenLeft)
      throws IOException {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    line("## Soak run%n%n");
    line("- started %s, ran %.1f minutes of churn and search (asked: %.0f), samples every %.0f s, warm-up %.1f min%n",
        Instant.now().minusSeconds((long) (ranMinutes * 60)).toString(), ranMinutes, minutes, sampleSeconds, warmupMinutes);
    line("- machine: %d cores, %s %s, %.1f GB RAM; JVM %s %s, max heap %.0f MB; parse threads %d%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        os.getTotalMemorySize() / 1e9, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1048576.0, threads);
    line("- churn: folder kept around %d files, %.1f operations/s: %s%n", targetFiles, opsPerSecond, new TreeMap<>(counts(operations)));
    line("- indexing: %d files indexed, %d failed %s, %d watch batches, %d notices%n",
        indexed.get(), failed.get(), new TreeMap<>(counts(failureReasons)), batches.get(), notices.get());
    line("- search: %d queries (%.1f/s), %d found nothing, %d errors%n%n",
        queries.get(), queries.get() / Math.max(1e-3, ranMinutes * 60), emptyResults.get(), queryErrors.get());

    line("| t (min) | heap after GC (MB) | threads | open fds | temp files | parser processes | RSS (MB) | docs | queries/s | files indexed | failed | files in folder |%n");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
    for (Sample s : samples) {
      line("| %.1f | %.1f | %d | %d | %d | %d | %.0f | %d | %.1f | %d | %d | %d |%n", s.minutes(), s.heapMb(), s.threads(), s.fds(),
          s.tempFiles(), s.children(), s.rssMb(), s.docs(), s.queriesPerSecond(), s.filesIndexed(), s.filesFailed(), s.folderFiles());
    }
    line("%n");

    List<Sample> after = samples.stream().filter(s -> s.minutes() >= warmupMinutes).toList();
    List<Sample> half = samples.stream().filter(s -> s.minutes() >= ranMinutes / 2).toList();
    double[] fit = slopePerHour(half);
    double slope = fit[0];
    double slopeError = fit[1];
    // The floor of the heap (the smallest value after GC in a stretch) filters out what is live
    // only for a moment (a batch in work, a searcher being opened); a leak raises the floor.
    int third = Math.max(1, after.size() / 3);
    double floorFirst = after.isEmpty() ? 0 : after.subList(0, third).stream().mapToDouble(Sample::heapMb).min().orElse(0);
    double floorLast = after.isEmpty() ? 0 : after.subList(after.size() - third, after.size()).stream().mapToDouble(Sample::heapMb).min().orElse(0);
    double floorLimit = Math.max(16, floorFirst * 0.05);
    boolean slopeOk = Math.abs(slope) <= HEAP_SLOPE_LIMIT_MB_PER_HOUR || Math.abs(slope) <= 2 * slopeError;
    boolean floorOk = floorLast - floorFirst <= floorLimit;
    boolean heapFlat = half.size() >= 3 && slopeOk && floorOk;
    int thrMin = after.stream().mapToInt(Sample::threads).min().orElse(0);
    int thrMax = after.stream().mapToInt(Sample::threads).max().orElse(0);
    int fdMin = after.stream().mapToInt(Sample::fds).min().orElse(0);
    int fdMax = after.stream().mapToInt(Sample::fds).max().orElse(0);
    int tmpMax = after.stream().mapToInt(Sample::tempFiles).max().orElse(0);
    // Transient threads: one batch's parse threads and watchdog, the searcher manager's refresh.
    int threadTolerance = 2 * threads + 4;
    boolean threadsGrow = trendUp(after, Sample::threads, 2);
    boolean fdsGrow = trendUp(after, Sample::fds, 20);
    boolean threadsOk = after.size() >= 2 && thrMax - thrMin <= threadTolerance && !threadsGrow;
    boolean closedClean = indexThreadsLeft.isEmpty() && openIntoIndex == 0 && openIntoFolder == 0;
    boolean fdsOk = after.size() >= 2 && !fdsGrow;
    boolean tempOk = tempAfterClose <= 0;
    boolean searchOk = missing == 0 && stale == 0;
    boolean checkOk = check.startsWith("clean");
    boolean pass = heapFlat && threadsOk && closedClean && fdsOk && consistent && searchOk && checkOk && tempOk
        && queryErrors.get() == 0;

    line("### Verdict: %s%n%n", pass ? "PASS" : "FAIL");
    line("| check | figure | rule | result |%n|---|---|---|---|%n");
    line("| heap after GC, second half of the run | slope %+.1f ± %.1f MB/hour (least squares ± standard error, %d samples, mean %.1f MB) | \\|slope\\| ≤ %.0f MB/hour or within 2 standard errors of 0 | %s |%n",
        slope, slopeError, half.size(), half.stream().mapToDouble(Sample::heapMb).average().orElse(0),
        HEAP_SLOPE_LIMIT_MB_PER_HOUR, ok(slopeOk && half.size() >= 3));
    line("| heap floor after warm-up (lowest sample of the first and of the last third) | %.1f → %.1f MB (%+.1f) | rise ≤ max(16 MB, 5 %%) = %.1f MB | %s |%n",
        floorFirst, floorLast, floorLast - floorFirst, floorLimit, ok(floorOk));
    line("| live threads after warm-up | %d–%d (max−min %d)%s | max−min ≤ %d (one batch's parse threads come and go), no upward trend | %s |%n",
        thrMin, thrMax, thrMax - thrMin, threadsGrow ? ", growing" : "", threadTolerance, ok(threadsOk));
    line("| open file descriptors after warm-up | %d–%d (max−min %d)%s | no upward trend (lowest of the last third ≤ highest of the first + 20) | %s |%n",
        fdMin, fdMax, fdMax - fdMin, fdsGrow ? ", growing" : "", ok(fdsOk));
    line("| after closing the watcher, the live index and the searches | %d threads, %d fds; Fahras threads left: %s; fds on index files: %d, on the folder: %d | no index, watch or search thread left; no file of the index or the folder open | %s |%n",
        threadsIndexClosed, fdsIndexClosed, indexThreadsLeft.isEmpty() ? "none" : String.join(", ", indexThreadsLeft),
        openIntoIndex, openIntoFolder, ok(closedClean));
    line("| after stopping the plugins too (information) | %d fds (%d before the plugins started); %d parser processes still running; threads not there at the start: %s | — | info |%n",
        fdsAfterClose, baselineFds, childrenLeft, leftAfterClose.isEmpty() ? "none" : String.join(", ", leftAfterClose));
    line("| files left in the temporary folder | at most %d during the run, %d after closing | none left after closing | %s |%n",
        tmpMax, tempAfterClose, ok(tempOk));
    line("| index matches the folder after the churn stops | %s | equal sets of files | %s |%n",
        consistent ? "equal" : consistency, ok(consistent));
    line("| CheckIndex | %s | clean | %s |%n", check, ok(checkOk));
    line("| search by path | %d present files all found: %s; %d deleted files none found: %s; %d documents | all present found, no deleted one | %s |%n",
        present, missing == 0 ? "yes" : missing + " missing", gone, stale == 0 ? "yes" : stale + " found", finalDocs, ok(searchOk));
    line("| query errors | %d | none | %s |%n%n", queryErrors.get(), ok(queryErrors.get() == 0));
    if (!after.isEmpty()) {
      line("Threads by kind at the last sample: %s%n%n", after.get(after.size() - 1).threadKinds());
    }
    if (!examples.isEmpty() || !firstProblems.isEmpty()) {
      line("First problems seen:%n%n");
      for (String e : examples) {
        line("- %s%n", e);
      }
      synchronized (firstProblems) {
        for (String e : firstProblems) {
          line("- %s%n", e);
        }
      }
      line("%n");
    }
    Path out = work.resolve("soak.md");
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    log("report written to " + out);
    return pass ? 0 : 2;
  }

  private static String ok(boolean b) {
    return b ? "ok" : "**FAIL**";
  }

  private static Map<String, Long> counts(Map<String, AtomicLong> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Least-squares slope of the heap over time and its standard error, in MB per hour. */
  static double[] slopePerHour(List<Sample> s) {
    int n = s.size();
    if (n < 3) {
      return new double[] {0, 0};
    }
    double mx = 0;
    double my = 0;
    for (Sample x : s) {
      mx += x.minutes() / 60;
      my += x.heapMb();
    }
    mx /= n;
    my /= n;
    double num = 0;
    double den = 0;
    for (Sample x : s) {
      double dx = x.minutes() / 60 - mx;
      num += dx * (x.heapMb() - my);
      den += dx * dx;
    }
    if (den == 0) {
      return new double[] {0, 0};
    }
    double slope = num / den;
    double residuals = 0;
    for (Sample x : s) {
      double fitted = my + slope * (x.minutes() / 60 - mx);
      residuals += (x.heapMb() - fitted) * (x.heapMb() - fitted);
    }
    return new double[] {slope, Math.sqrt(residuals / (n - 2) / den)};
  }

  /**
   * Whether a figure keeps growing: the smallest value of the last third is above the largest
   * of the first third by more than {@code margin}.
   */
  static boolean trendUp(List<Sample> s, java.util.function.ToIntFunction<Sample> f, int margin) {
    int n = s.size();
    if (n < 3) {
      return false;
    }
    int third = Math.max(1, n / 3);
    int firstMax = s.subList(0, third).stream().mapToInt(f).max().orElse(0);
    int lastMin = s.subList(n - third, n).stream().mapToInt(f).min().orElse(0);
    return lastMin > firstMax + margin;
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args));
  }

  private static void log(String msg) {
    System.err.println("soak: " + msg);
  }
}
