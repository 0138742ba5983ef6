package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
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
 * <p>At most {@code 2 × threads} files are queued or in work at once: {@link #submit} blocks
 * until a slot is free, so memory stays bounded and exactly {@code threads} threads parse (the
 * submitting thread never parses itself, which would leave the workers idle while it reads a
 * large file).
 */
final class IndexBatch {

  private final IndexWriter writer;
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

  IndexBatch(
      IndexWriter writer,
      IndexListener listener,
      List<DocumentParser> parsers,
      Function<Object, String> pluginIdOf,
      DocumentMapper mapper,
      CrawlSettings settings,
      long maxCharacters,
      Duration commitInterval,
      int threads) {
    this.writer = writer;
    this.listener = listener;
    this.parsers = parsers;
    this.pluginIdOf = pluginIdOf;
    this.mapper = mapper;
    this.settings = settings;
    this.maxCharacters = maxCharacters;
    this.commitInterval = commitInterval;
    AtomicInteger n = new AtomicInteger();
    this.slots = new Semaphore(threads * 2);
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
  }

  /** Queues one file; blocks while {@code 2 × threads} files are already queued or in work. */
  void submit(FileFingerprint fp, boolean wasKnown) throws IOException {
    if (writeFailure != null) {
      throw writeFailure;
    }
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    }
    try {
      pool.execute(
          () -> {
            try {
              index(fp, wasKnown);
            } finally {
              slots.release();
            }
          });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
    maybeCommit();
  }

  private void index(FileFingerprint fp, boolean wasKnown) {
    if (writeFailure != null) {
      return; // the index cannot be written: parsing more would be wasted
    }
    Term key = new Term(IndexFields.FILE, fp.path().toString());
    try {
      if (fp.size() > settings.maxFileSize()) {
        // No hash: reading a file that is too large to read is what the limit avoids.
        fail(key, fp, new byte[0], Reason.TOO_LARGE, "larger than the " + megabytes(settings.maxFileSize()) + " limit");
        return;
      }
      byte[] hash;
      List<Document> docs;
      try {
        hash = FingerprintFields.sha256(fp.path());
        DocumentParser parser = parserFor(fp.path());
        ParsedDocument parsed =
            parser.parse(new ParseRequest(fp.path(), maxCharacters, ParseRequest.DEFAULT_TIMEOUT));
        if (parsed == null) {
          throw new DocumentParseException(
              Reason.OTHER, "parser '" + pluginIdOf.apply(parser) + "' returned nothing");
        }
        docs = mapper.toDocuments(fp, parser.id(), parsed);
        for (String w : parsed.warnings()) {
          listener.warning(fp.path(), w);
        }
      } catch (DocumentParseException e) {
        fail(key, fp, null, e.reason(), e.getMessage());
        return;
      } catch (IOException e) {
        fail(key, fp, null, Reason.IO, "cannot read: " + Indexer.describe(e));
        return;
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        fail(key, fp, null, Reason.OTHER, "parser error: " + Indexer.describe(e));
        return;
      } catch (OutOfMemoryError e) {
        fail(key, fp, null, Reason.TOO_LARGE, "ran out of memory while reading the file");
        return;
      }
      FingerprintFields.addTo(docs, fp.modifiedMillis(), hash, System.currentTimeMillis());
      try {
        if (wasKnown) {
          writer.updateDocuments(key, docs);
        } else {
          // A file new to the index has nothing to replace: skip the delete-by-term.
          writer.addDocuments(docs);
        }
      } catch (IllegalArgumentException e) {
        // Lucene refuses this document (e.g. a term longer than 32 KB); the writer is fine.
        fail(key, fp, hash, Reason.OTHER, "cannot be indexed: " + Indexer.describe(e));
        return;
      }
      records.addAndGet(docs.size());
      (wasKnown ? updated : added).incrementAndGet();
      listener.indexed(fp.path(), docs.size());
    } catch (IOException e) {
      writeFailure = e;
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      writeFailure = new IOException("the index was closed while indexing", e);
    } finally {
      listener.progressed(filesDone.incrementAndGet(), bytesDone.addAndGet(fp.size()));
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

  private void fail(Term key, FileFingerprint fp, byte[] hash, Reason reason, String message)
      throws IOException {
    String msg = message == null || message.isBlank() ? reason.name().toLowerCase(Locale.ROOT) : message;
    List<Document> record = List.of(mapper.toFailure(fp, reason, msg));
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

  private synchronized void maybeCommit() throws IOException {
    if (System.nanoTime() - lastCommit > commitInterval.toNanos()) {
      // Intermediate commits keep the previous commit data (analysis signature, last run):
      // only a finished run may claim the whole index is up to date.
      writer.commit();
      lastCommit = System.nanoTime();
    }
  }

  /** Waits for every queued file. */
  void finish() throws IOException {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // parsers are bounded by their own limits
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

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
