package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.fahras.api.backend.IndexBackend;
import org.apache.lucene.index.Term;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;

/**
 * One batch of files to parse and write: a pool of parse threads feeding one {@link
 * IndexWriter}, with counters, progress reports and periodic commits.
 *
 * <p>At most {@value #QUEUED_PER_THREAD} files per thread are queued or in work at once: {@link
 * #submit} waits until a slot is free, so memory stays bounded (a queued file is its fingerprint;
 * only files in work hold their bytes and text) and exactly {@code threads} threads parse (the
 * submitting thread never parses itself, which would leave the workers idle while it reads a
 * large file). The submitting thread waits by polling every {@value #SUBMIT_POLL_MILLIS} ms, not
 * by parking on the slots: otherwise every finished file would wake it, and waking a thread on
 * another core cost the worker about a tenth of a second per 5,000 files on the benchmark's
 * virtual machine (docs/performance.md, run M).
 *
 * <p>A worker takes the queued files in small groups (up to {@value #GROUP_FILES} files, or one
 * more file after {@value #GROUP_BYTES} bytes; fewer when the queue runs dry, so that no worker
 * waits for a group to fill): it reads, parses and recognises the entities of each file of the
 * group, then writes their records one after the other (or sooner, once the files it has ready
 * hold {@value #GROUP_CHARS} characters of text, so that memory stays bounded as before). The plugins' work and Lucene's then
 * alternate once per group rather than once per file, and each finds more of its tables still in
 * the processor's caches: on the benchmark's virtual machine, entity recognition cost about half
 * again as much inside the indexer as on its own, for that reason (docs/performance.md, run P).
 *
 * <p>A watchdog guards against plugins that hang (an infinite loop in a parser or an entity
 * recogniser that ignores its time limit): a file still in work after {@link #hangLimit} is
 * recorded as failed with reason {@code TIMEOUT} naming the plugin, its slot is given back and a
 * fresh worker thread replaces the stuck one, whose late result, if any, is dropped; the watchdog
 * writes the records of the files of its group that were ready and hands the files still to do to
 * the pool as a new group. A parser
 * that hangs on {@value #MAX_HANGS} files is not used again in this run, and the run says so.
 *
 * <p>A parser or entity recogniser that keeps <em>throwing</em> (a {@code RuntimeException}, a
 * {@code LinkageError}, a {@code StackOverflowError} out of the plugin, or a parser returning
 * nothing) is left out the same way, by the {@link org.fahras.app.entities.FailureRule}: after
 * {@value org.fahras.app.entities.FailureRule#MAX_CONSECUTIVE} such failures in a row, or on at
 * least half of its inputs once it has failed on {@value
 * org.fahras.app.entities.FailureRule#RATIO_MIN_FAILURES}. A {@code DocumentParseException} (a
 * corrupt or encrypted file) never counts. The user is told once, by a notice naming the plugin;
 * the {@link PluginFaults} shared by the indexer's batches keep the decision for the rest of the
 * run and record it for {@code fahras status}. Files that only the parser left out accepts then
 * fail with a reason saying so; a recogniser left out simply finds nothing in later files.
 */
final class IndexBatch {

  /** Files queued or in work per parse thread, at most. */
  static final int QUEUED_PER_THREAD = 64;

  /** Files a worker takes at once, at most. */
  static final int GROUP_FILES = 8;

  /** Bytes of files after which a group takes no more (a larger file makes a group of its own). */
  static final long GROUP_BYTES = 256 * 1024;

  /**
   * Characters of text after which a worker writes the files of its group it has ready before it
   * parses the next: a few kilobytes of a compressed format can hold megabytes of text, and a
   * group must not hold more in memory than one large file would.
   */
  static final long GROUP_CHARS = 1 << 20;

  /**
   * System property: the number of files a worker takes at once, 1 for one at a time (default
   * {@value #GROUP_FILES}); for measurements.
   */
  static final String GROUP_FILES_PROPERTY = "fahras.index.groupFiles";

  /**
   * System property: {@code false} leaves the flush of the in-memory segments to the commit, on
   * one thread ({@link #flushInParallel}); for benchmarks comparing the two.
   */
  static final String PARALLEL_FLUSH_PROPERTY = "fahras.index.parallelFlush";

  /** How often {@link #submit} looks for a free slot while all are taken. */
  static final int SUBMIT_POLL_MILLIS = 5;

  /** Hangs after which a parser plugin is left out for the rest of the run. */
  static final int MAX_HANGS = 3;

  /**
   * System property: milliseconds after which a file still in work counts as hung (default: the
   * parse time limit plus 30 s).
   */
  static final String HANG_LIMIT_PROPERTY = "fahras.parse.hangLimitMillis";

  /** One file in work on a worker thread. */
  private static final class InFlight {
    static final int RUNNING = 0;
    static final int WRITING = 1;
    static final int ABANDONED = 2;

    final Thread thread = Thread.currentThread();
    final FileFingerprint fp;
    final Term key;
    /** The group the file belongs to. */
    final Group group;
    final long start = System.nanoTime();
    final AtomicInteger state = new AtomicInteger(RUNNING);
    volatile DocumentParser parser;
    volatile String stage = "reading the file";

    InFlight(FileFingerprint fp, Term key, Group group) {
      this.fp = fp;
      this.key = key;
      this.group = group;
    }
  }

  /** A file queued by {@link #submit}. */
  private record Queued(FileFingerprint fp, boolean wasKnown) {}

  /** A file read, parsed and mapped to its records, to be written. */
  private record Prepared(Queued file, Term key, byte[] hash, List<Document> docs, long chars) {}

  /**
   * Files one worker handles together ({@link #runGroup}): each prepared in turn, then all written.
   * Its state goes from {@link #OPEN} to {@link #WRITING} when its worker has prepared every file,
   * or to {@link #TAKEN} when the watchdog gives up on one of its files and takes the rest over.
   */
  private final class Group implements Runnable {
    static final int OPEN = 0;
    static final int WRITING = 1;
    static final int TAKEN = 2;

    final List<Queued> files;
    /**
     * The index of the next file to prepare. Written by the worker before it registers that
     * file's {@link InFlight}; read by the watchdog after it gave up on a registered one, when the
     * worker no longer touches the group.
     */
    int next;
    /**
     * The files prepared and not yet written, in order (same rule as {@link #next}; the worker
     * also takes them off as it writes them, when no file of the group is in work).
     */
    final List<Prepared> ready;
    final AtomicInteger state = new AtomicInteger(OPEN);

    Group(List<Queued> files) {
      this.files = files;
      this.ready = new ArrayList<>(files.size());
    }

    @Override
    public void run() {
      runGroup(this);
    }
  }

  private final java.util.Map<Thread, InFlight> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
  private final PluginFaults faults;
  private final AtomicInteger pending = new AtomicInteger();
  /** Notified when {@link #pending} drops to zero ({@link #finish} waits on it). */
  private final Object allDone = new Object();
  private final Duration hangLimit;
  private final java.util.concurrent.ScheduledExecutorService watchdog;

  private final IndexWriter writer;
  /** Where the records go when it is not this index (which then keeps the catalogue only); or null. */
  private final IndexBackend backend;
  private final IndexListener listener;
  private final List<DocumentParser> parsers;
  private final Function<Object, String> pluginIdOf;
  private final DocumentMapper mapper;
  private final CrawlSettings settings;
  private final long maxCharacters;
  private final Duration commitInterval;
  private final ThreadPoolExecutor pool;
  private final Semaphore slots;

  final AtomicInteger added = new AtomicInteger();
  final AtomicInteger updated = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  final AtomicLong records = new AtomicLong();
  private final AtomicLong filesDone = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private volatile IOException writeFailure;
  private long lastCommit = System.nanoTime();
  private final int groupFiles = Math.max(1, Integer.getInteger(GROUP_FILES_PROPERTY, GROUP_FILES));
  /** Files submitted and not yet handed to the pool (the submitting thread's). */
  private List<Queued> gathering = new ArrayList<>();
  private long gatheringBytes;

  IndexBatch(
      IndexWriter writer,
      IndexListener listener,
      List<DocumentParser> parsers,
      Function<Object, String> pluginIdOf,
      DocumentMapper mapper,
      CrawlSettings settings,
      long maxCharacters,
      Duration commitInterval,
      int threads,
      PluginFaults faults,
      IndexBackend backend) {
    this.backend = backend;
    this.faults = faults;
    this.writer = writer;
    this.listener = listener;
    this.parsers = parsers;
    this.pluginIdOf = pluginIdOf;
    this.mapper = mapper;
    this.settings = settings;
    this.maxCharacters = maxCharacters;
    this.commitInterval = commitInterval;
    AtomicInteger n = new AtomicInteger();
    this.slots = new Semaphore(threads * QUEUED_PER_THREAD);
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "fahras-parse-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.hangLimit = hangLimit();
    this.watchdog =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fahras-parse-watchdog");
              t.setDaemon(true);
              return t;
            });
    long tick = Math.max(50, Math.min(1000, hangLimit.toMillis() / 4));
    watchdog.scheduleWithFixedDelay(this::checkHangs, tick, tick, TimeUnit.MILLISECONDS);
  }

  private static Duration hangLimit() {
    String p = System.getProperty(HANG_LIMIT_PROPERTY);
    if (p != null && p.strip().matches("\\d+")) {
      return Duration.ofMillis(Math.max(1, Long.parseLong(p.strip())));
    }
    return ParseRequest.DEFAULT_TIMEOUT.plusSeconds(30);
  }

  /** Gives up on files in work for longer than the hang limit (watchdog thread). */
  private void checkHangs() {
    long now = System.nanoTime();
    for (InFlight f : inFlight.values()) {
      if (now - f.start < hangLimit.toNanos() || !f.state.compareAndSet(InFlight.RUNNING, InFlight.ABANDONED)) {
        continue;
      }
      DocumentParser parser = f.parser;
      String recogniser = mapper.entities().runningOn(f.thread);
      String plugin = recogniser != null ? recogniser : parser == null ? "host" : pluginIdOf.apply(parser);
      String message =
          "gave up after " + hangLimit.toSeconds() + " s " + f.stage
              + (parser == null && recogniser == null ? "" : " (plugin '" + plugin + "')")
              + ": the plugin did not stop at its time limit";
      try {
        fail(f.key, f.fp, new byte[0], Reason.TIMEOUT, message);
      } catch (IOException | RuntimeException e) {
        writeFailure = e instanceof IOException io ? io : new IOException(e);
      }
      f.thread.interrupt();
      // A fresh worker takes the stuck one's place.
      synchronized (pool) {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
      }
      inFlight.remove(f.thread, f);
      done(f.fp);
      takeOver(f.group);
      if ((parser != null || recogniser != null) && faults.hung(plugin) == MAX_HANGS) {
        if (recogniser != null) {
          mapper.entities().disable(recogniser);
        } else {
          faults.leaveOut(parser, "hung on " + MAX_HANGS + " files");
        }
        String notice = "plugin '" + plugin + "' hung on " + MAX_HANGS + " files: it is not used for the rest of this run";
        faults.record("hang " + plugin, notice);
        listener.notice(notice);
      }
    }
  }

  /**
   * The rest of a group whose worker the watchdog gave up on (watchdog thread): the records of
   * its prepared files are written here, the files it had not begun go to the pool as a new group.
   */
  private void takeOver(Group g) {
    if (g.state.compareAndSet(Group.OPEN, Group.TAKEN)) {
      handOn(g);
    }
  }

  /** A file is done (indexed, failed or given up): counted, its slot given back. */
  private void done(FileFingerprint fp) {
    listener.progressed(filesDone.incrementAndGet(), bytesDone.addAndGet(fp.size()));
    slots.release();
    if (pending.decrementAndGet() == 0) {
      synchronized (allDone) {
        allDone.notifyAll();
      }
    }
  }

  /**
   * Queues one file; waits while {@value #QUEUED_PER_THREAD} files per thread are already queued or
   * in work (committing meanwhile when a commit is due). Files are handed to the pool in groups
   * (see the class comment).
   */
  void submit(FileFingerprint fp, boolean wasKnown) throws IOException {
    if (writeFailure != null) {
      throw writeFailure;
    }
    try {
      // Polls rather than parks: a parked submitter would be woken by every finished file.
      while (!slots.tryAcquire()) {
        if (pool.getQueue().isEmpty()) {
          dispatch(); // the workers would run dry while this thread waits
        }
        Thread.sleep(SUBMIT_POLL_MILLIS);
        maybeCommit();
        if (writeFailure != null) {
          throw writeFailure;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    }
    pending.incrementAndGet();
    gathering.add(new Queued(fp, wasKnown));
    gatheringBytes += fp.size();
    // A group is handed over when full, or at once when no work is queued: a worker never waits
    // for a group to fill.
    if (gathering.size() >= groupFiles || gatheringBytes >= GROUP_BYTES || pool.getQueue().isEmpty()) {
      dispatch();
    }
    maybeCommit();
  }

  /** Hands the files gathered so far to the pool as one group. */
  private void dispatch() {
    if (gathering.isEmpty()) {
      return;
    }
    Group g = new Group(gathering);
    gathering = new ArrayList<>(groupFiles);
    gatheringBytes = 0;
    try {
      pool.execute(g);
    } catch (RuntimeException e) {
      for (int i = 0; i < g.files.size(); i++) {
        slots.release();
        pending.decrementAndGet();
      }
      throw e;
    }
  }

  /**
   * A group's work on its worker: each file read, parsed and mapped to its records in turn, then
   * the records of all written. Stops as soon as the watchdog has given up on one of its files
   * (it has then taken the group over).
   */
  private void runGroup(Group g) {
    try {
      while (g.next < g.files.size()) {
        Queued q = g.files.get(g.next);
        g.next++;
        try {
          if (!prepare(q, g)) {
            return;
          }
        } catch (RuntimeException e) {
          // Not a plugin's (those are the file's failure): the index refused even the failure
          // record. The file is accounted for; the run stops as on a write error.
          writeFailure = new IOException("cannot write to the index: " + Indexer.describe(e), e);
        }
        if (g.next < g.files.size() && readyChars(g) >= GROUP_CHARS) {
          // Much text already: written now, before the next file is parsed. No file of the group
          // is in work meanwhile, so the watchdog cannot take the group over.
          writeReady(g);
        }
      }
      if (g.state.compareAndSet(Group.OPEN, Group.WRITING)) {
        writeReady(g);
      }
    } catch (RuntimeException | Error e) {
      // Out of this thread unexpectedly (an error of the JVM, a bug): the group's other files
      // must still be done, or the run would wait for them forever.
      if (g.state.compareAndSet(Group.OPEN, Group.TAKEN) || g.state.compareAndSet(Group.WRITING, Group.TAKEN)) {
        handOn(g);
      }
      throw e;
    }
  }

  /** Writes the group's ready files, each taken off the list as it is written. */
  private void writeReady(Group g) {
    while (!g.ready.isEmpty()) {
      write(g.ready.remove(0));
    }
  }

  /**
   * The rest of a group its worker no longer handles (the watchdog gave up on one of its files,
   * or the worker failed): the ready files written, the files not begun handed to the pool as a
   * new group. The caller has set the group {@link Group#TAKEN}.
   */
  private void handOn(Group g) {
    List<Queued> rest = new ArrayList<>(g.files.subList(g.next, g.files.size()));
    g.next = g.files.size();
    if (!rest.isEmpty()) {
      try {
        pool.execute(new Group(rest));
      } catch (RuntimeException e) {
        // The pool is shut down: the run is over, the files are simply not done.
        for (Queued q : rest) {
          done(q.fp());
        }
      }
    }
    writeReady(g);
  }

  private static long readyChars(Group g) {
    long n = 0;
    for (Prepared p : g.ready) {
      n += p.chars();
    }
    return n;
  }

  /** The characters of a parsed document's text and of its embedded documents'. */
  private static long textLength(ParsedDocument d) {
    long n = d.text() == null ? 0 : d.text().length();
    if (d.embedded() != null) {
      for (ParsedDocument.EmbeddedDocument e : d.embedded()) {
        n += textLength(e.document());
      }
    }
    return n;
  }

  /**
   * Reads, parses and maps one file of group {@code g}, adding it to the group's ready files, or
   * records its failure; false when the watchdog gave up on it (it has done the bookkeeping).
   */
  private boolean prepare(Queued q, Group g) {
    FileFingerprint fp = q.fp();
    if (writeFailure != null) {
      done(fp);
      return true; // the index cannot be written: parsing more would be wasted
    }
    Term key = new Term(IndexFields.FILE, fp.path().toString());
    InFlight flight = new InFlight(fp, key, g);
    inFlight.put(flight.thread, flight);
    boolean ready = false;
    try {
      if (fp.size() > settings.maxFileSize()) {
        // No hash: reading a file that is too large to read is what the limit avoids.
        if (claim(flight)) {
          fail(key, fp, new byte[0], Reason.TOO_LARGE, "larger than the " + megabytes(settings.maxFileSize()) + " limit");
        }
        return flight.state.get() != InFlight.ABANDONED;
      }
      byte[] hash;
      List<Document> docs;
      long chars;
      try {
        // A small file is read once: hashed here, its bytes handed to the parser.
        byte[] content = FingerprintFields.readSmall(fp.path(), FingerprintFields.READ_ONCE_MAX_BYTES);
        hash = content != null ? FingerprintFields.sha256(content) : FingerprintFields.sha256(fp.path());
        DocumentParser parser = parserFor(fp.path());
        flight.parser = parser;
        flight.stage = "parsing";
        ParsedDocument parsed =
            parser.parse(new ParseRequest(fp.path(), maxCharacters, ParseRequest.DEFAULT_TIMEOUT, content));
        if (parsed == null) {
          parserFailed(parser, "returned nothing");
          throw new DocumentParseException(
              Reason.OTHER, "parser '" + pluginIdOf.apply(parser) + "' returned nothing");
        }
        faults.parserFailures.succeeded(parser);
        chars = textLength(parsed);
        flight.stage = "recognising entities";
        try {
          docs = mapper.toFields(fp, parser.id(), parsed);
        } finally {
          reportDisabledRecognisers();
        }
        for (String w : parsed.warnings()) {
          listener.warning(fp.path(), w);
        }
      } catch (DocumentParseException e) {
        if (claim(flight)) {
          fail(key, fp, null, e.reason(), e.getMessage());
        }
        return flight.state.get() != InFlight.ABANDONED;
      } catch (IOException e) {
        if (claim(flight)) {
          fail(key, fp, null, Reason.IO, "cannot read: " + Indexer.describe(e));
        }
        return flight.state.get() != InFlight.ABANDONED;
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        DocumentParser p = flight.parser;
        if (p != null && "parsing".equals(flight.stage) && flight.state.get() != InFlight.ABANDONED) {
          parserFailed(p, org.fahras.app.entities.FailureRule.describe(e));
        }
        if (claim(flight)) {
          String who = p == null ? "" : " in plugin '" + pluginIdOf.apply(p) + "'";
          fail(key, fp, null, Reason.OTHER, "error while " + flight.stage + who + ": " + Indexer.describe(e));
        }
        return flight.state.get() != InFlight.ABANDONED;
      } catch (OutOfMemoryError e) {
        if (claim(flight)) {
          fail(key, fp, null, Reason.TOO_LARGE, "ran out of memory while reading the file");
        }
        return flight.state.get() != InFlight.ABANDONED;
      }
      if (!claim(flight)) {
        return false; // given up by the watchdog, which recorded the failure
      }
      g.ready.add(new Prepared(q, key, hash, docs, chars));
      ready = true;
      return true;
    } catch (IOException e) {
      writeFailure = e;
      return flight.state.get() != InFlight.ABANDONED;
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      writeFailure = new IOException("the index was closed while indexing", e);
      return flight.state.get() != InFlight.ABANDONED;
    } finally {
      inFlight.remove(flight.thread, flight);
      if (!ready && flight.state.get() != InFlight.ABANDONED) {
        done(fp);
      }
    }
  }

  /** Writes the records of a prepared file (or its failure when Lucene refuses them). */
  private void write(Prepared p) {
    FileFingerprint fp = p.file().fp();
    try {
      if (writeFailure != null) {
        return; // the index cannot be written
      }
      List<Document> docs = toLocal(fp, p.docs());
      FingerprintFields.addTo(docs, fp.modifiedMillis(), p.hash(), System.currentTimeMillis());
      try {
        if (p.file().wasKnown()) {
          writer.updateDocuments(p.key(), docs);
        } else {
          // A file new to the index has nothing to replace: skip the delete-by-term.
          writer.addDocuments(docs);
        }
      } catch (IllegalArgumentException e) {
        // Lucene refuses this document (e.g. a term longer than 32 KB); the writer is fine.
        fail(p.key(), fp, p.hash(), Reason.OTHER, "cannot be indexed: " + Indexer.describe(e));
        return;
      }
      records.addAndGet(docs.size());
      (p.file().wasKnown() ? updated : added).incrementAndGet();
      listener.indexed(fp.path(), docs.size());
    } catch (IOException e) {
      writeFailure = e;
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      writeFailure = new IOException("the index was closed while indexing", e);
    } catch (RuntimeException e) {
      // A backend that refuses this file, or a bug: the file fails, the run goes on, unless the
      // index cannot take even that (then the run stops as on a write error).
      try {
        fail(p.key(), fp, p.hash(), Reason.OTHER, "cannot be indexed: " + Indexer.describe(e));
      } catch (IOException | RuntimeException again) {
        again.addSuppressed(e);
        writeFailure = again instanceof IOException io ? io : new IOException("cannot write to the index: " + Indexer.describe(again), again);
      }
    } finally {
      done(fp);
    }
  }

  /** Takes a file from the watchdog's reach before writing its record; false when it gave up on it. */
  private static boolean claim(InFlight f) {
    return f.state.compareAndSet(InFlight.RUNNING, InFlight.WRITING) || f.state.get() == InFlight.WRITING;
  }

  private DocumentParser parserFor(Path file) throws DocumentParseException {
    DocumentParser left = null;
    for (DocumentParser p : parsers) {
      if (p.accepts(file)) {
        if (faults.leftOut(p) == null) {
          return p;
        }
        left = left == null ? p : left;
      }
    }
    if (left != null) {
      throw new DocumentParseException(
          Reason.OTHER,
          "plugin '" + pluginIdOf.apply(left) + "' is left out of this run (it " + faults.leftOut(left)
              + ") and no other installed parser accepts this file");
    }
    throw new DocumentParseException(Reason.UNSUPPORTED, "no installed parser accepts this file");
  }

  /**
   * Counts an unexpected failure of a parser (an exception or error out of it, or nothing
   * returned); leaves it out, tells the user and records it when the {@link
   * org.fahras.app.entities.FailureRule} says so.
   */
  private void parserFailed(DocumentParser parser, String error) {
    String why = faults.parserFailures.failed(parser, "files", error);
    if (why == null) {
      return;
    }
    faults.leaveOut(parser, why);
    String plugin = pluginIdOf.apply(parser);
    String notice =
        "plugin '" + plugin + "'" + (plugin.equals(parser.id()) ? "" : " (parser '" + parser.id() + "')")
            + " " + why + ": it is not used for the rest of this run";
    faults.record("parser " + plugin + "/" + parser.id(), notice);
    listener.notice(notice);
  }

  /** Tells the user about entity recognisers left out because they kept failing (once each). */
  private void reportDisabledRecognisers() {
    for (org.fahras.app.entities.EntityExtraction.Disabled d : mapper.entities().takeDisabled()) {
      String id = d.recognizer().id();
      String plugin;
      try {
        plugin = pluginIdOf.apply(d.recognizer());
      } catch (RuntimeException e) {
        plugin = null;
      }
      if (plugin == null || plugin.isBlank()) {
        plugin = id;
      }
      String notice =
          "plugin '" + plugin + "'" + (plugin.equals(id) ? "" : " (entity recogniser '" + id + "')")
              + " " + d.reason() + ": entity recognition goes on without it for the rest of this run";
      faults.record("recogniser " + plugin + "/" + id, notice);
      listener.notice(notice);
    }
  }

  private void fail(Term key, FileFingerprint fp, byte[] hash, Reason reason, String message)
      throws IOException {
    String msg = message == null || message.isBlank() ? reason.name().toLowerCase(Locale.ROOT) : message;
    List<Document> record = toLocal(fp, List.of(mapper.toFailure(fp, reason, msg)));
    byte[] h = hash;
    if (h == null) {
      try {
        h = FingerprintFields.sha256(fp.path());
      } catch (IOException e) {
        h = new byte[0];
      }
    }
    FingerprintFields.addTo(record, fp.modifiedMillis(), h, System.currentTimeMillis());
    writer.updateDocuments(key, record);
    failed.incrementAndGet();
    listener.failed(fp.path(), reason, msg);
  }

  /**
   * The records this index keeps for a file: all of them, facets built; or, when a backend takes
   * the records, the catalogue's slim copies, after the backend has them.
   */
  private List<Document> toLocal(FileFingerprint fp, List<Document> unbuilt) throws IOException {
    if (backend == null) {
      return mapper.build(unbuilt);
    }
    backend.replace(fp.path().toString(), BackendRecords.of(unbuilt));
    return BackendRecords.catalogue(unbuilt);
  }

  private synchronized void maybeCommit() throws IOException {
    if (System.nanoTime() - lastCommit > commitInterval.toNanos()) {
      if (backend != null) {
        backend.commit(); // the catalogue never claims more than the backend holds
      }
      // Intermediate commits keep the previous commit data (analysis signature, last run):
      // only a finished run may claim the whole index is up to date.
      writer.commit();
      lastCommit = System.nanoTime();
    }
  }

  /**
   * Waits for every queued file: done, failed, or given up by the watchdog (a stuck thread is
   * left behind, interrupted; it can no longer write). The pool takes work until then: the
   * watchdog hands it the rest of a stuck worker's group.
   */
  void finish() throws IOException {
    dispatch();
    try {
      while (true) {
        synchronized (allDone) {
          if (pending.get() == 0) {
            break;
          }
          allDone.wait(100);
        }
        // The last queued files can take long (large documents): commit meanwhile when due.
        try {
          maybeCommit();
        } catch (IOException e) {
          writeFailure = e; // the files still queued are skipped; thrown below
        }
      }
      if (writeFailure == null) {
        flushInParallel();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } finally {
      watchdog.shutdownNow();
      pool.shutdownNow(); // only abandoned threads can be left: interrupt them once more
    }
    if (writeFailure != null) {
      throw writeFailure;
    }
  }

  /**
   * Writes the writer's in-memory segments to disk on the pool's threads, one segment a thread,
   * before the run's commit. Lucene's commit flushes them one after another on the committing
   * thread; with several parse threads there are as many segments in memory, and flushing them
   * side by side takes the time of the largest instead of the sum. A thread that finds no segment
   * left to flush is done ({@link IndexWriter#flushNextBuffer}).
   */
  private void flushInParallel() throws IOException, InterruptedException {
    int threads = pool.getCorePoolSize();
    if (threads < 2 || !Boolean.parseBoolean(System.getProperty(PARALLEL_FLUSH_PROPERTY, "true"))) {
      return;
    }
    List<Future<?>> flushes = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      flushes.add(
          pool.submit(
              () -> {
                while (writer.flushNextBuffer()) {
                  // next segment, if another thread has not taken it
                }
                return null;
              }));
    }
    for (Future<?> f : flushes) {
      try {
        f.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        throw cause instanceof IOException io ? io : new IOException("flushing the index: " + cause, cause);
      }
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
