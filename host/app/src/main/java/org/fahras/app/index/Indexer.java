package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.fahras.api.backend.IndexBackend;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.analysis.IndexAnalysis;

/**
 * The indexing pipeline: walks folders, parses new and changed files on several threads through
 * the installed {@link DocumentParser}s, and writes them into one {@link IndexWriter}.
 *
 * <p>A run is incremental (see {@link ChangeDetector}): an unchanged file is skipped, a file
 * whose time changed but whose content did not only has its time updated, a changed file's
 * records are replaced atomically ({@code updateDocuments} on {@link IndexFields#FILE}), and
 * files gone from an indexed folder are deleted. A file that cannot be read is recorded as a
 * failure and retried only once it changes. The index is committed periodically and at the end,
 * so a killed run leaves the last commit intact and the next run continues where it stopped.
 *
 * <p>{@link #run} opens and closes its own writer; {@link #run(IndexWriter, List, IndexListener)}
 * and {@link #update} work on a writer the caller keeps open (folder watching, near-real-time
 * search).
 */
public final class Indexer {

  /** How often a long run commits, so a killed run loses little work. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(60);

  private final Path indexDir;
  private final IndexAnalysis analysis;
  private final List<DocumentParser> parsers;
  private final Function<Object, String> pluginIdOf;
  private final Path pluginsDir;
  private final int threads;
  private final CrawlSettings settings;
  private final long maxCharacters;
  private final Duration commitInterval;

  /**
   * An indexer with default crawl settings and limits.
   *
   * @param indexDir the index folder, created when missing
   * @param analysis the index's analyzers
   * @param parsers the installed parsers, preferred first
   * @param pluginIdOf names the plugin an extension comes from, for failure messages
   * @param pluginsDir the plugins folder, named in the message when there is no parser
   * @param threads parse threads (at least 1)
   */
  public Indexer(
      Path indexDir,
      IndexAnalysis analysis,
      List<DocumentParser> parsers,
      Function<Object, String> pluginIdOf,
      Path pluginsDir,
      int threads) {
    this(
        indexDir,
        analysis,
        parsers,
        pluginIdOf,
        pluginsDir,
        threads,
        CrawlSettings.defaults(),
        ParseRequest.DEFAULT_MAX_CHARACTERS,
        commitIntervalFromSystem());
  }

  /**
   * An indexer with explicit crawl settings and limits.
   *
   * @param settings which files to take
   * @param maxCharacters the most characters of text kept per file
   * @param commitInterval how often a long run commits
   */
  public Indexer(
      Path indexDir,
      IndexAnalysis analysis,
      List<DocumentParser> parsers,
      Function<Object, String> pluginIdOf,
      Path pluginsDir,
      int threads,
      CrawlSettings settings,
      long maxCharacters,
      Duration commitInterval) {
    this.indexDir = indexDir;
    this.analysis = analysis;
    this.parsers = List.copyOf(parsers);
    this.pluginIdOf = pluginIdOf;
    this.pluginsDir = pluginsDir;
    this.threads = Math.max(1, threads);
    this.settings = settings;
    this.maxCharacters = maxCharacters;
    this.commitInterval = commitInterval;
  }

  private boolean retryFailed;

  /** Where the records go instead of this index, which then keeps only the catalogue; or null. */
  private IndexBackend backend;

  /**
   * Sends the records to a backend (a SolrCloud collection …) instead of writing them into the
   * index folder, which then keeps the catalogue: every file's fingerprint and failure, and the
   * runs' commit data, so change detection, resuming and {@code status} work as for a local
   * index. The backend commits before the catalogue does, so the catalogue never claims a file
   * the backend may not hold; a file sent twice replaces itself.
   *
   * @return this indexer
   */
  public Indexer withBackend(IndexBackend target) {
    this.backend = target;
    return this;
  }

  /**
   * Makes what was sent to the backend durable, before the caller commits the catalogue with an
   * intermediate commit (folder watching); nothing to do for the local index.
   */
  public void commitBackend() throws IOException {
    if (backend != null) {
      backend.commit();
    }
  }

  /** The backend this indexer sends records to, or null for the local index. */
  public IndexBackend backend() {
    return backend;
  }

  /** Plugins that hung or kept failing, for all runs and batches of this indexer. */
  private final PluginFaults faults = new PluginFaults();

  /**
   * The plugins this indexer has left out because they hung or kept failing, one message each
   * (plugin id and reason), in the order it happened; empty when none.
   */
  public List<String> disabledPlugins() {
    return faults.messages();
  }

  /**
   * Reads again, in the next runs of this indexer, the files whose last attempt failed, even when
   * they have not changed (after installing OCR or a parser plugin, say).
   */
  public Indexer retryFailed(boolean on) {
    this.retryFailed = on;
    return this;
  }

  /** The files the index holds a failure record for. */
  private static java.util.Set<String> failedFiles(DirectoryReader reader) throws IOException {
    java.util.Set<String> failed = new java.util.HashSet<>();
    org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
    org.apache.lucene.search.TopDocs top = searcher.search(
        new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.KIND, IndexFields.KIND_FAILURE)),
        Math.max(1, reader.numDocs()));
    org.apache.lucene.index.StoredFields stored = searcher.storedFields();
    for (org.apache.lucene.search.ScoreDoc sd : top.scoreDocs) {
      String file = stored.document(sd.doc, java.util.Set.of(IndexFields.FILE)).get(IndexFields.FILE);
      if (file != null) {
        failed.add(file);
      }
    }
    return failed;
  }

  /** The commit interval, overridable with {@code -Dfahras.commitIntervalMillis} (tests, tools). */
  public static Duration commitIntervalFromSystem() {
    String v = System.getProperty("fahras.commitIntervalMillis");
    return v == null ? DEFAULT_COMMIT_INTERVAL : Duration.ofMillis(Long.parseLong(v));
  }

  /** Opens the index for writing, creating it when missing. */
  public IndexWriter openWriter() throws IOException {
    // A new index folder (and any folder above it Fahras creates) is private to the user.
    PrivateFolders.create(indexDir);
    Directory dir = FSDirectory.open(indexDir);
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(analysis.indexAnalyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      cfg.setCommitOnClose(false);
      return new IndexWriter(dir, cfg);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexInUseException(indexDir, e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Indexes files and folders with a writer of its own.
   *
   * @param roots files and folders to index; a missing one is reported and skipped
   * @param listener receives per-file outcomes and progress
   * @return the run's counts
   * @throws NoParserException when no parser is installed
   * @throws IndexInUseException when another process is writing the index
   * @throws IOException when the index cannot be opened or written
   */
  public IndexRunResult run(List<Path> roots, IndexListener listener) throws IOException {
    if (parsers.isEmpty()) {
      throw new NoParserException(pluginsDir);
    }
    List<Path> existing = existingRoots(roots, listener);
    IndexWriter writer = openWriter();
    // Closed in reverse order: the writer first, then its directory.
    try (Directory dir = writer.getDirectory();
        writer) {
      return run(writer, existing, listener);
    }
  }

  /**
   * Indexes files and folders with the caller's writer, and commits.
   *
   * @see #run(List, IndexListener)
   */
  public IndexRunResult run(IndexWriter writer, List<Path> roots, IndexListener listener)
      throws IOException {
    if (parsers.isEmpty()) {
      throw new NoParserException(pluginsDir);
    }
    long start = System.nanoTime();
    List<Path> existing = existingRoots(roots, IndexListener.NONE);
    Map<String, FingerprintFields.Known> known;
    java.util.Set<String> retry = java.util.Set.of();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      known = FingerprintFields.read(reader);
      if (retryFailed) {
        retry = failedFiles(reader);
      }
    }
    ChangeDetector changes = new ChangeDetector(known, analysisChanged(writer, known, listener), retry);
    markRunStarted(writer, known.isEmpty(), existing);

    // Walk first, so progress can show totals; only the files to read are kept in memory.
    Plan plan = new Plan();
    FileCrawler crawler = new FileCrawler(settings, FileSystems.getDefault());
    for (Path root : existing) {
      crawler.crawl(root, fp -> plan.consider(fp, changes, writer), problems(listener));
    }
    if (plan.writeFailure != null) {
      throw plan.writeFailure;
    }
    listener.planned(plan.todo.size(), plan.todoBytes);
    IndexBatch batch = parseAll(writer, plan, listener);
    int deleted = deleteVanished(writer, existing, changes, plan.seen);
    commit(writer);
    return result(batch, plan, deleted, start);
  }

  /**
   * Brings single paths up to date with the caller's writer, without a commit: new or changed
   * files are read, files and folders that no longer exist are removed from the index. Used by
   * folder watching.
   *
   * @param paths files or folders that were created, changed, moved or deleted
   * @param roots the indexed folders, whose crawl settings decide which files are taken
   */
  public IndexRunResult update(
      IndexWriter writer, Collection<Path> paths, List<Path> roots, IndexListener listener)
      throws IOException {
    long start = System.nanoTime();
    Map<String, FingerprintFields.Known> known;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      known = FingerprintFields.read(reader);
    }
    ChangeDetector changes = new ChangeDetector(known, false);
    FileCrawler crawler = new FileCrawler(settings, FileSystems.getDefault());
    Plan plan = new Plan();
    int deleted = 0;
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      Path root = roots.stream().filter(abs::startsWith).findFirst().orElse(null);
      if (root == null) {
        continue;
      }
      if (Files.isDirectory(abs)) {
        if (abs.equals(root) || crawler.admittedFolder(root, abs)) {
          crawler.crawl(abs, root, fp -> plan.consider(fp, changes, writer), problems(listener));
        }
      } else if (Files.isRegularFile(abs)) {
        if (crawler.admitted(root, abs)) {
          plan.consider(FileFingerprint.of(abs), changes, writer);
        }
      } else {
        deleted += deletePath(writer, abs, changes);
      }
    }
    if (plan.writeFailure != null) {
      throw plan.writeFailure;
    }
    IndexBatch batch = parseAll(writer, plan, listener);
    return result(batch, plan, deleted, start);
  }

  /** Parses and writes every file of a plan, waiting for the last one. */
  private IndexBatch parseAll(IndexWriter writer, Plan plan, IndexListener listener)
      throws IOException {
    IndexBatch batch = newBatch(writer, listener);
    try {
      for (Plan.Todo t : plan.todo) {
        batch.submit(t.fp(), t.known());
      }
    } finally {
      batch.finish();
    }
    return batch;
  }

  private static IndexRunResult result(IndexBatch batch, Plan plan, int deleted, long startNanos) {
    return new IndexRunResult(
        batch.added.get(),
        batch.updated.get(),
        plan.unchanged,
        batch.failed.get(),
        deleted,
        batch.records.get(),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /**
   * Removes files and folders from the index (not from disk), e.g. a folder the user no longer
   * wants indexed, and commits.
   *
   * @return how many files were removed
   */
  public int forget(Collection<Path> paths) throws IOException {
    IndexWriter writer = openWriter();
    try (Directory dir = writer.getDirectory();
        writer) {
      Map<String, FingerprintFields.Known> known;
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        known = FingerprintFields.read(reader);
      }
      ChangeDetector changes = new ChangeDetector(known, false);
      int n = 0;
      for (Path p : paths) {
        n += deletePath(writer, p.toAbsolutePath().normalize(), changes);
      }
      if (backend != null) {
        backend.commit();
      }
      writer.commit();
      return n;
    }
  }

  /** Removes every record of a file, or of every file below a folder. */
  private int deletePath(IndexWriter writer, Path gone, ChangeDetector changes)
      throws IOException {
    String path = gone.toString();
    int n = 0;
    String folderPrefix = path.endsWith(gone.getFileSystem().getSeparator())
        ? path
        : path + gone.getFileSystem().getSeparator();
    for (String f : changes.knownFiles()) {
      if (f.equals(path) || f.startsWith(folderPrefix)) {
        n++;
      }
    }
    if (backend != null) {
      backend.deleteFile(path);
      backend.deleteUnder(folderPrefix);
    }
    writer.deleteDocuments(new Term(IndexFields.FILE, path));
    writer.deleteDocuments(new PrefixQuery(new Term(IndexFields.FILE, folderPrefix)));
    return n;
  }

  /** Commits with this run's commit data. */
  public void commit(IndexWriter writer) throws IOException {
    if (backend != null) {
      backend.commit();
    }
    writer.setLiveCommitData(commitData().entrySet(), true);
    writer.commit();
  }

  private IndexBatch newBatch(IndexWriter writer, IndexListener listener) throws IOException {
    return new IndexBatch(
        writer,
        listener,
        parsers,
        pluginIdOf,
        new DocumentMapper(analysis.indexedFields(), analysis.entities(), offsetsInPostings(writer)),
        settings,
        maxCharacters,
        commitInterval,
        threads,
        faults,
        backend);
  }

  /**
   * Whether the base text fields get offsets in their postings: always when the analysis has no
   * offsets analyzer ({@link IndexAnalysis#offsetsAnalyzer}); otherwise only in an index whose
   * committed text fields already have them, since Lucene keeps a field's index options for the
   * life of the index. A new index gets positions only, and the highlighter finds offsets with
   * the offsets analyzer.
   */
  boolean offsetsInPostings(IndexWriter writer) throws IOException {
    if (analysis.offsetsAnalyzer() == null) {
      return true;
    }
    synchronized (this) {
      // Decided once per writer: its later batches (a watched folder's) must write alike, and
      // need not open the index again.
      if (offsetsDecidedFor != writer) {
        offsetsDecision = committedTextHasOffsets(writer.getDirectory());
        offsetsDecidedFor = writer;
      }
      return offsetsDecision;
    }
  }

  /** The writer {@link #offsetsDecision} was made for. */
  private IndexWriter offsetsDecidedFor;

  private boolean offsetsDecision;

  private static boolean committedTextHasOffsets(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return false;
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(r);
      for (String base : IndexFields.ANALYZED_BASES) {
        FieldInfo info = infos.fieldInfo(base);
        if (info != null) {
          return info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
        }
      }
    }
    return false;
  }

  private static List<Path> existingRoots(List<Path> roots, IndexListener listener)
      throws NoSuchFileException {
    List<Path> existing = new ArrayList<>();
    for (Path r : roots) {
      Path abs = r.toAbsolutePath().normalize();
      if (Files.exists(abs)) {
        existing.add(abs);
      } else {
        listener.failed(abs, Reason.IO, "no such file or folder");
      }
    }
    if (existing.isEmpty()) {
      throw new NoSuchFileException(roots.toString(), null, "none of the given paths exists");
    }
    return existing;
  }

  private static FileCrawler.Problems problems(IndexListener listener) {
    return new FileCrawler.Problems() {
      @Override
      public void unreadable(Path path, String message) {
        listener.failed(path, Reason.IO, "cannot read: " + message);
      }

      @Override
      public void loop(Path path) {
        listener.notice("skipped " + path + ": a symbolic link that leads back into an indexed folder");
      }
    };
  }

  /**
   * Records in the live commit data that a run is under way (carried by its intermediate
   * commits, dropped by the final one), so that {@code status} can tell an interrupted run. A
   * run on an empty index also records the analysis and schema at once: otherwise a run killed
   * before its end would leave commits without them, and the next run would read every file
   * again instead of continuing.
   */
  private void markRunStarted(IndexWriter writer, boolean emptyIndex, List<Path> roots) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      for (Map.Entry<String, String> e : live) {
        data.put(e.getKey(), e.getValue());
      }
    }
    if (emptyIndex) {
      data.put(IndexFields.COMMIT_ANALYSIS, analysis.signature());
      data.put(IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION);
    }
    data.put(IndexFields.COMMIT_RUN_STARTED, Instant.now().toString());
    data.put(IndexFields.COMMIT_RUN_ROOTS, String.join(java.io.File.pathSeparator, roots.stream().map(Path::toString).toList()));
    writer.setLiveCommitData(data.entrySet(), true);
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    data.put(IndexFields.COMMIT_ANALYSIS, analysis.signature());
    data.put(IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION);
    data.put(IndexFields.COMMIT_LAST_RUN, Instant.now().toString());
    String leftOut = faults.commitValue();
    if (!leftOut.isEmpty()) {
      data.put(PluginFaults.COMMIT_KEY, leftOut);
    }
    return data;
  }

  private boolean analysisChanged(
      IndexWriter writer, Map<String, FingerprintFields.Known> known, IndexListener listener) {
    if (known.isEmpty()) {
      return false;
    }
    String previous = null;
    String schema = null;
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (IndexFields.COMMIT_ANALYSIS.equals(e.getKey())) {
          previous = e.getValue();
        } else if (IndexFields.COMMIT_SCHEMA.equals(e.getKey())) {
          schema = e.getValue();
        }
      }
    }
    if (!IndexFields.SCHEMA_VERSION.equals(schema)) {
      listener.notice(
          "the index has schema version " + schema + ", now " + IndexFields.SCHEMA_VERSION
              + ": every file is indexed again");
      return true;
    }
    if (analysis.signature().equals(previous)) {
      return false;
    }
    listener.notice(
        "the index was built with analysis '"
            + previous
            + "', now '"
            + analysis.signature()
            + "': every file is indexed again");
    return true;
  }

  private int deleteVanished(
      IndexWriter writer, List<Path> roots, ChangeDetector changes, Set<String> seen)
      throws IOException {
    int deleted = 0;
    for (String file : changes.knownFiles()) {
      if (seen.contains(file)) {
        continue;
      }
      Path p = Path.of(file);
      boolean underRoot = roots.stream().anyMatch(p::startsWith);
      if (underRoot && !Files.exists(p)) {
        if (backend != null) {
          backend.deleteFile(file);
        }
        writer.deleteDocuments(new Term(IndexFields.FILE, file));
        deleted++;
      }
    }
    return deleted;
  }

  static String describe(Throwable e) {
    String msg = e.getMessage();
    String name = e.getClass().getSimpleName();
    return msg == null || msg.isBlank() ? name : msg.replaceAll("\\s+", " ").strip();
  }

  /** The files a run has to read, collected during the walk. */
  private static final class Plan {
    record Todo(FileFingerprint fp, boolean known) {}

    final List<Todo> todo = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    long todoBytes;
    int unchanged;
    IOException writeFailure;

    void consider(FileFingerprint fp, ChangeDetector changes, IndexWriter writer) {
      String key = fp.path().toString();
      if (!seen.add(key)) {
        return; // reached twice, e.g. through a symbolic link
      }
      Term term = new Term(IndexFields.FILE, key);
      try {
        switch (changes.classify(fp)) {
          case NEW, CHANGED -> {
            todo.add(new Todo(fp, changes.isKnown(key)));
            todoBytes += fp.size();
          }
          case TOUCHED -> {
            writer.updateNumericDocValue(term, FingerprintFields.MTIME, fp.modifiedMillis());
            writer.updateNumericDocValue(term, FingerprintFields.INDEXED_AT, System.currentTimeMillis());
            unchanged++;
          }
          case CONFIRMED -> {
            writer.updateNumericDocValue(term, FingerprintFields.INDEXED_AT, System.currentTimeMillis());
            unchanged++;
          }
          case UNCHANGED -> unchanged++;
        }
      } catch (IOException e) {
        writeFailure = e;
      }
    }
  }
}
