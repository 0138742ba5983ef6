package org.fahras.app.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.fahras.api.DocumentParseException;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;

/**
 * A long-lived, writable index over a set of folders with near-real-time search: the service
 * behind {@code fahras watch} and the desktop application.
 *
 * <p>It owns one {@link IndexWriter} (so no other process can index the same index while it is
 * open) and a {@link SearcherManager} over it. Changes are searchable through {@link #search}
 * as soon as {@link #apply} or {@link #refreshAll} returns (and every second or so during a long
 * pass); they reach the disk, and other processes, with the next commit. Commits happen after
 * each applied batch, at most once per {@code minCommitInterval} while changes keep coming
 * (the rest wait for {@link #commitIfDue} or {@link #close}).
 *
 * <p>Commit data: only after a complete pass over the roots does a commit record the analysis
 * and the completion time ({@link Indexer#commit}); until then commits keep the previous commit
 * data, so an interrupted first pass is never taken for a complete index.
 *
 * <p>Thread-safe: changes are serialised; searches run concurrently with them. {@link #close}
 * waits a few seconds for a change in progress; if a long pass is still running then, it commits
 * what the pass has written so far (Lucene commits safely while other threads add documents)
 * and closes, which makes the pass fail.
 */
public final class LiveIndex implements ChangeTarget, AutoCloseable {

  /** Commits at most this often while changes keep coming. */
  public static final Duration DEFAULT_MIN_COMMIT_INTERVAL = Duration.ofSeconds(1);

  /** How long {@link #close} waits for a change in progress before cutting it short. */
  static final Duration DEFAULT_CLOSE_WAIT = Duration.ofSeconds(5);

  /** How often a long pass makes its progress searchable. */
  private static final long REFRESH_DURING_PASS_NANOS = 1_000_000_000L;

  /** Work to do with a searcher over the current state of the index. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private final Indexer indexer;
  private final List<Path> roots;
  private final IndexListener listener;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final long minCommitNanos;
  private final Duration closeWait;
  private final ReentrantLock lock = new ReentrantLock();
  private long lastCommit = System.nanoTime();
  private volatile long lastRefresh = System.nanoTime();
  private boolean dirty;
  private boolean complete;
  private volatile boolean closed;

  private LiveIndex(
      Indexer indexer,
      List<Path> roots,
      IndexListener listener,
      IndexWriter writer,
      SearcherManager searchers,
      Duration minCommitInterval,
      Duration closeWait) {
    this.indexer = indexer;
    this.roots = roots;
    this.listener = listener;
    this.writer = writer;
    this.searchers = searchers;
    this.minCommitNanos = minCommitInterval.toNanos();
    this.closeWait = closeWait;
  }

  /** Opens the index with the default commit rate; see {@link #open(Indexer, List, IndexListener, Duration)}. */
  public static LiveIndex open(Indexer indexer, List<Path> roots, IndexListener listener)
      throws IOException {
    return open(indexer, roots, listener, DEFAULT_MIN_COMMIT_INTERVAL);
  }

  /**
   * Opens the index for writing and searching. Nothing is read yet: call {@link #refreshAll}
   * (a {@link FolderWatcher} does) to bring the index up to date with the roots.
   *
   * @param indexer the indexer for the index folder, parsers and crawl settings
   * @param roots the folders kept up to date
   * @param listener receives per-file outcomes and notices
   * @param minCommitInterval the shortest time between two commits while changes keep coming
   * @throws org.fahras.app.index.IndexInUseException when another process writes the index
   */
  public static LiveIndex open(
      Indexer indexer, List<Path> roots, IndexListener listener, Duration minCommitInterval)
      throws IOException {
    return open(indexer, roots, listener, minCommitInterval, DEFAULT_CLOSE_WAIT);
  }

  static LiveIndex open(
      Indexer indexer,
      List<Path> roots,
      IndexListener listener,
      Duration minCommitInterval,
      Duration closeWait)
      throws IOException {
    List<Path> abs = new ArrayList<>();
    for (Path r : roots) {
      abs.add(r.toAbsolutePath().normalize());
    }
    IndexWriter writer = indexer.openWriter();
    try {
      SearcherManager searchers = new SearcherManager(writer, null);
      return new LiveIndex(
          indexer, List.copyOf(abs), listener, writer, searchers, minCommitInterval, closeWait);
    } catch (IOException | RuntimeException e) {
      try (Directory dir = writer.getDirectory();
          writer) {
        throw e;
      }
    }
  }

  @Override
  public List<Path> roots() {
    return roots;
  }

  /**
   * A full incremental pass over the roots (new and changed files read, vanished ones removed),
   * then a commit that records the pass as complete.
   */
  @Override
  public IndexRunResult refreshAll() throws IOException {
    lock.lock();
    try {
      ensureOpen();
      complete = false;
      return pass();
    } finally {
      lock.unlock();
    }
  }

  private IndexRunResult pass() throws IOException {
    try {
      IndexRunResult r = indexer.run(writer, roots, refreshingDuringPass());
      complete = true;
      lastCommit = System.nanoTime();
      dirty = false;
      return r;
    } catch (IOException | RuntimeException e) {
      dirty = true; // the pass may have written part of its files
      throw e;
    } finally {
      searchers.maybeRefresh();
    }
  }

  /**
   * Brings single paths up to date — new and changed files read, files and folders that no
   * longer exist removed — makes the result searchable and commits when the rate allows.
   */
  @Override
  public IndexRunResult apply(Collection<Path> paths) throws IOException {
    lock.lock();
    try {
      ensureOpen();
      try {
        return indexer.update(writer, paths, roots, listener);
      } finally {
        dirty = true;
        searchers.maybeRefresh();
        commitIfDue();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long commitDelayMillis() {
    lock.lock();
    try {
      if (!dirty || closed) {
        return -1;
      }
      long left = minCommitNanos - (System.nanoTime() - lastCommit);
      return Math.max(0, left / 1_000_000);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void commitIfDue() throws IOException {
    lock.lock();
    try {
      if (dirty && !closed && System.nanoTime() - lastCommit >= minCommitNanos) {
        commit();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Commits now whatever is pending. */
  public void commit() throws IOException {
    lock.lock();
    try {
      ensureOpen();
      if (complete) {
        indexer.commit(writer);
      } else {
        indexer.commitBackend();
        writer.commit(); // keeps the previous commit data: the roots were not all read yet
      }
      lastCommit = System.nanoTime();
      dirty = false;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} with a searcher over the index as of the last applied change (not only
   * the last commit).
   */
  public <T> T search(SearcherFunction<T> work) throws IOException {
    IndexSearcher s = acquire();
    try {
      return work.apply(s);
    } finally {
      release(s);
    }
  }

  /** A searcher over the latest applied changes; hand it back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  /** Gives back a searcher from {@link #acquire}. */
  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Commits what is pending and closes the searchers, the writer and its directory. */
  @Override
  public void close() throws IOException {
    close(closeWait);
  }

  /**
   * Stops a pass in progress at once and closes: what the pass has written so far is committed
   * (without claiming the index complete, so the next pass reads the rest), the pass fails with
   * an {@link IOException} or {@link AlreadyClosedException}, and the parse threads finish the
   * few files they hold. The user's "stop indexing" in the desktop application; when nothing is
   * running it is the same as {@link #close()}.
   */
  public void closeNow() throws IOException {
    close(STOP_WAIT);
  }

  /** Whether a pass or a batch of changes is running right now. */
  public boolean isBusy() {
    return lock.isLocked();
  }

  /** How long {@link #closeNow} waits for a change in progress: a short batch may still end. */
  private static final Duration STOP_WAIT = Duration.ofMillis(100);

  private void close(Duration wait) throws IOException {
    boolean locked;
    try {
      locked = lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = lock.tryLock();
    }
    try {
      if (closed) {
        return;
      }
      closed = true;
      try (Directory dir = writer.getDirectory();
          IndexWriter w = writer;
          SearcherManager s = searchers) {
        if (!locked) {
          // A pass is still running: keep what it has written. The commit keeps the previous
          // commit data, as the pass is not complete.
          indexer.commitBackend();
          writer.commit();
        } else if (dirty || writer.hasUncommittedChanges()) {
          if (complete) {
            indexer.commit(writer);
          } else {
            indexer.commitBackend();
            writer.commit();
          }
        }
      }
    } finally {
      if (locked) {
        lock.unlock();
      }
    }
  }

  /** Whether {@link #close} was called. */
  public boolean isClosed() {
    return closed;
  }

  private void ensureOpen() {
    if (closed) {
      throw new AlreadyClosedException("the live index is closed");
    }
  }

  /** The listener, plus a searcher refresh every second while a long pass goes on. */
  private IndexListener refreshingDuringPass() {
    return new IndexListener() {
      @Override
      public void planned(int files, long bytes) {
        listener.planned(files, bytes);
      }

      @Override
      public void progressed(long files, long bytes) {
        listener.progressed(files, bytes);
        long now = System.nanoTime();
        if (now - lastRefresh >= REFRESH_DURING_PASS_NANOS) {
          lastRefresh = now;
          try {
            searchers.maybeRefresh();
          } catch (IOException | AlreadyClosedException e) {
            // Only an early view of the pass is lost; the refresh at its end reports failures.
          }
        }
      }

      @Override
      public void indexed(Path file, int records) {
        listener.indexed(file, records);
      }

      @Override
      public void warning(Path file, String message) {
        listener.warning(file, message);
      }

      @Override
      public void failed(Path file, DocumentParseException.Reason reason, String message) {
        listener.failed(file, reason, message);
      }

      @Override
      public void notice(String message) {
        listener.notice(message);
      }
    };
  }
}
