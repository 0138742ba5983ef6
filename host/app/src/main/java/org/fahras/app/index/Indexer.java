package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.analysis.IndexAnalysis;

/**
 * The indexing pipeline: walks folders, parses changed files on several threads through the
 * installed {@link DocumentParser}s, and writes them into one {@link IndexWriter}.
 *
 * <p>A run is incremental: a file whose size and modification time match the index is skipped;
 * a changed file's records are replaced atomically ({@code updateDocuments} on {@link
 * IndexFields#FILE}); files gone from an indexed folder are deleted. A file that cannot be read
 * is recorded as a failure and retried only once it changes. The index is committed
 * periodically and at the end, so a killed run leaves the last commit intact and the next run
 * continues where it stopped.
 */
public final class Indexer {

  /** How often a long run commits, so a killed run loses little work. */
  private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(60);

  private final Path indexDir;
  private final IndexAnalysis analysis;
  private final List<DocumentParser> parsers;
  private final Function<Object, String> pluginIdOf;
  private final Path pluginsDir;
  private final int threads;
  private final long maxCharacters;

  /**
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
    this.indexDir = indexDir;
    this.analysis = analysis;
    this.parsers = List.copyOf(parsers);
    this.pluginIdOf = pluginIdOf;
    this.pluginsDir = pluginsDir;
    this.threads = Math.max(1, threads);
    this.maxCharacters = ParseRequest.DEFAULT_MAX_CHARACTERS;
  }

  /**
   * Indexes files and folders.
   *
   * @param roots files and folders to index; a missing one is reported and skipped
   * @param listener receives per-file outcomes
   * @return the run's counts
   * @throws NoParserException when no parser is installed
   * @throws IndexInUseException when another process is writing the index
   * @throws IOException when the index cannot be opened or written
   */
  public IndexRunResult run(List<Path> roots, IndexListener listener) throws IOException {
    if (parsers.isEmpty()) {
      throw new NoParserException(pluginsDir);
    }
    long start = System.nanoTime();
    List<Path> existingRoots = new ArrayList<>();
    for (Path r : roots) {
      Path abs = r.toAbsolutePath().normalize();
      if (Files.exists(abs)) {
        existingRoots.add(abs);
      } else {
        listener.failed(abs, Reason.IO, "no such file or folder");
      }
    }
    if (existingRoots.isEmpty()) {
      throw new NoSuchFileException(roots.toString(), null, "none of the given paths exists");
    }
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = openWriter(dir)) {
      Map<String, long[]> known = readFingerprints(writer);
      boolean reanalyse = analysisChanged(writer, known, listener);
      Run run = new Run(writer, listener);
      Set<String> seen = new HashSet<>();
      try {
        for (Path root : existingRoots) {
          walk(root, known, reanalyse, seen, run);
        }
      } finally {
        run.finish();
      }
      int deleted = deleteVanished(writer, existingRoots, known, seen);
      writer.setLiveCommitData(commitData().entrySet(), true);
      writer.commit();
      return new IndexRunResult(
          run.added.get(),
          run.updated.get(),
          run.unchanged.get(),
          run.failed.get(),
          deleted,
          run.records.get(),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (LockObtainFailedException e) {
      throw new IndexInUseException(indexDir, e);
    }
  }

  private IndexWriter openWriter(Directory dir) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(analysis.indexAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    cfg.setCommitOnClose(false);
    return new IndexWriter(dir, cfg);
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    data.put(IndexFields.COMMIT_ANALYSIS, analysis.signature());
    data.put(IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA_VERSION);
    data.put(IndexFields.COMMIT_LAST_RUN, Instant.now().toString());
    return data;
  }

  private boolean analysisChanged(IndexWriter writer, Map<String, long[]> known, IndexListener listener) {
    if (known.isEmpty()) {
      return false;
    }
    String previous = null;
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (IndexFields.COMMIT_ANALYSIS.equals(e.getKey())) {
          previous = e.getValue();
        }
      }
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

  /** File path → {size, mtime} of every file recorded in the index. */
  private static Map<String, long[]> readFingerprints(IndexWriter writer) throws IOException {
    Map<String, long[]> known = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        SortedDocValues files = leaf.getSortedDocValues(IndexFields.FILE);
        NumericDocValues sizes = leaf.getNumericDocValues(IndexFields.SIZE);
        NumericDocValues mtimes = leaf.getNumericDocValues(IndexFields.MTIME);
        if (files == null || sizes == null || mtimes == null) {
          continue;
        }
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          if ((live != null && !live.get(doc))
              || !files.advanceExact(doc)
              || !sizes.advanceExact(doc)
              || !mtimes.advanceExact(doc)) {
            continue;
          }
          String file = files.lookupOrd(files.ordValue()).utf8ToString();
          known.putIfAbsent(file, new long[] {sizes.longValue(), mtimes.longValue()});
        }
      }
    }
    return known;
  }

  private void walk(Path root, Map<String, long[]> known, boolean reanalyse, Set<String> seen, Run run)
      throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && (file.equals(root) || !isHidden(file))) {
              FileFingerprint fp = FileFingerprint.of(file, attrs);
              String key = fp.path().toString();
              seen.add(key);
              long[] old = known.get(key);
              if (!reanalyse && old != null && fp.sameVersionAs(old[0], old[1])) {
                run.unchanged.incrementAndGet();
              } else {
                run.submit(fp, old != null);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            run.listener.failed(file.toAbsolutePath(), Reason.IO, "cannot read: " + describe(e));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static int deleteVanished(
      IndexWriter writer, List<Path> roots, Map<String, long[]> known, Set<String> seen) throws IOException {
    int deleted = 0;
    for (String file : known.keySet()) {
      if (seen.contains(file)) {
        continue;
      }
      Path p = Path.of(file);
      boolean underRoot = roots.stream().anyMatch(r -> p.startsWith(r));
      if (underRoot && !Files.exists(p)) {
        writer.deleteDocuments(new Term(IndexFields.FILE, file));
        deleted++;
      }
    }
    return deleted;
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    String name = e.getClass().getSimpleName();
    return msg == null || msg.isBlank() ? name : msg.replaceAll("\\s+", " ").strip();
  }

  /** The mutable state of one run: counters, the parse pool and periodic commits. */
  private final class Run {
    final IndexWriter writer;
    final IndexListener listener;
    final DocumentMapper mapper = new DocumentMapper(analysis.fields());
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong records = new AtomicLong();
    final ThreadPoolExecutor pool;
    volatile IOException writeFailure;
    long lastCommit = System.nanoTime();

    Run(IndexWriter writer, IndexListener listener) {
      this.writer = writer;
      this.listener = listener;
      AtomicInteger n = new AtomicInteger();
      // A bounded queue with caller-runs is the back-pressure: the walker parses a file itself
      // when the workers are busy, so at most threads*2 files wait in memory.
      this.pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              30,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(threads * 2),
              r -> {
                Thread t = new Thread(r, "fahras-parse-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              },
              new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void submit(FileFingerprint fp, boolean wasKnown) {
      if (writeFailure != null) {
        return;
      }
      pool.execute(() -> index(fp, wasKnown));
      maybeCommit();
    }

    private void index(FileFingerprint fp, boolean wasKnown) {
      Term key = new Term(IndexFields.FILE, fp.path().toString());
      try {
        List<Document> docs;
        try {
          DocumentParser parser = parserFor(fp.path());
          ParsedDocument parsed = parser.parse(new ParseRequest(fp.path(), maxCharacters, ParseRequest.DEFAULT_TIMEOUT));
          if (parsed == null) {
            throw new DocumentParseException(
                Reason.OTHER, "parser '" + pluginIdOf.apply(parser) + "' returned nothing");
          }
          docs = mapper.toDocuments(fp, parser.id(), parsed);
        } catch (DocumentParseException e) {
          fail(key, fp, e.reason(), e.getMessage());
          return;
        } catch (RuntimeException | StackOverflowError e) {
          fail(key, fp, Reason.OTHER, "parser error: " + describe(e));
          return;
        } catch (OutOfMemoryError e) {
          fail(key, fp, Reason.TOO_LARGE, "ran out of memory while reading the file");
          return;
        }
        writer.updateDocuments(key, docs);
        records.addAndGet(docs.size());
        (wasKnown ? updated : added).incrementAndGet();
        listener.indexed(fp.path(), docs.size());
      } catch (IOException e) {
        writeFailure = e;
      }
    }

    private DocumentParser parserFor(Path file) throws DocumentParseException {
      for (DocumentParser p : parsers) {
        if (p.accepts(file)) {
          return p;
        }
      }
      throw new DocumentParseException(Reason.UNSUPPORTED, "no installed parser accepts this file");
    }

    private void fail(Term key, FileFingerprint fp, Reason reason, String message) throws IOException {
      String msg = message == null || message.isBlank() ? reason.name().toLowerCase() : message;
      writer.updateDocuments(key, List.of(mapper.toFailure(fp, reason, msg)));
      failed.incrementAndGet();
      listener.failed(fp.path(), reason, msg);
    }

    private synchronized void maybeCommit() {
      if (System.nanoTime() - lastCommit > COMMIT_INTERVAL.toNanos()) {
        try {
          // Intermediate commits keep the previous commit data (analysis signature, last run):
          // only a finished run may claim the whole index is up to date.
          writer.commit();
        } catch (IOException e) {
          writeFailure = e;
        }
        lastCommit = System.nanoTime();
      }
    }

    void finish() throws IOException {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
          // keep waiting: parsers are bounded by their own limits
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        throw new IOException("indexing interrupted", e);
      }
      if (writeFailure != null) {
        throw writeFailure;
      }
    }
  }
}
