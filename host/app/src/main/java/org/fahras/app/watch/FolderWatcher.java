package org.fahras.app.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;

/**
 * Watches folders recursively with the platform's {@link WatchService} and keeps a {@link
 * LiveIndex} up to date with what happens in them: files created, changed, deleted and moved,
 * folders created, moved in, moved away and deleted.
 *
 * <p>How it works, on a daemon thread of its own ({@value #THREAD_NAME}):
 *
 * <ol>
 *   <li>registers every folder under each root that the crawl settings take (hidden and
 *       excluded folders are neither watched nor reported), then runs one full incremental pass,
 *       so changes made while the pass runs are not lost;
 *   <li>collects changed paths until the folders have been quiet for {@code quiet} (or for at
 *       most {@value #MAX_DELAY_MILLIS} ms while changes keep coming), then applies them as one
 *       batch. A rename or move is seen as a delete of the old name and a create of the new one;
 *       both go into the batch, which removes what no longer exists and reads what does;
 *   <li>registers folders as they are created or moved in (the batch reads the files already
 *       inside them), and drops the watches of folders deleted or moved away;
 *   <li>after an event overflow (too many changes at once for the platform's queue) runs a full
 *       incremental pass instead of a batch.
 * </ol>
 *
 * <p>Nothing stops the watcher but {@link #close}: a batch that fails is reported through the
 * {@link IndexListener} ({@code notice}) and the watcher goes on. If the platform refuses more
 * watches (Linux: {@code fs.inotify.max_user_watches}) it says so once and keeps watching the
 * folders it could register.
 */
public final class FolderWatcher implements AutoCloseable {

  /** The watcher thread's name. */
  public static final String THREAD_NAME = "fahras-watch";
  /** Default quiet time that ends a batch. */
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(400);
  /** Longest a change waits for the folders to become quiet. */
  static final long MAX_DELAY_MILLIS = 3_000;
  /** Longest wait for events while nothing is pending, so pending commits are not forgotten. */
  private static final long IDLE_POLL_MILLIS = 1_000;

  /** Receives what the watcher did with the index. */
  public interface Listener {
    /**
     * The first full pass is done and the watcher now applies changes.
     *
     * @param initial the pass's counts, or {@code null} when it failed (reported as a notice)
     */
    default void ready(IndexRunResult initial) {}

    /** A batch of changes (or a full pass after an overflow) was applied. */
    default void applied(IndexRunResult batch) {}
  }

  private final ChangeTarget target;
  private final List<Path> roots;
  private final FolderRules rules;
  private final boolean followLinks;
  private final IndexListener listener;
  private final Listener batches;
  private final long quietMillis;
  private final WatchService service;
  private final Thread thread;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final WatchedFolders watched;
  private volatile boolean closed;

  /**
   * A watcher for the live index's roots; {@link #start} it.
   *
   * @param index the index to keep up to date
   * @param settings the crawl settings the index's {@link org.fahras.app.index.Indexer} uses
   * @param listener receives notices: failed batches, folders that cannot be watched
   * @param batches receives the result of each applied batch
   */
  public FolderWatcher(LiveIndex index, CrawlSettings settings, IndexListener listener, Listener batches)
      throws IOException {
    this(index, settings, listener, batches, DEFAULT_QUIET);
  }

  FolderWatcher(
      ChangeTarget target,
      CrawlSettings settings,
      IndexListener listener,
      Listener batches,
      Duration quiet)
      throws IOException {
    this.target = target;
    this.roots = target.roots();
    this.rules = new FolderRules(settings, FileSystems.getDefault());
    this.followLinks = settings.followLinks();
    this.listener = listener;
    this.batches = batches;
    this.quietMillis = Math.max(1, quiet.toMillis());
    this.service = FileSystems.getDefault().newWatchService();
    this.watched = new WatchedFolders(service, rules, followLinks, listener);
    this.thread = new Thread(this::runLoop, THREAD_NAME);
    this.thread.setDaemon(true);
  }

  /** Starts watching on the watcher's own thread; returns at once. */
  public void start() {
    thread.start();
  }

  /**
   * Waits until the first full pass is done (or failed, or the watcher was closed).
   *
   * @return whether that happened within the timeout
   */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The folders currently watched (a snapshot, for status and tests). */
  public Set<Path> watchedFolders() {
    return watched.snapshot();
  }

  /**
   * Stops watching and waits a few seconds for a batch in progress; the index stays open (close
   * the {@link LiveIndex} next: it cuts a long pass short).
   */
  @Override
  public void close() throws IOException {
    closed = true;
    // Wakes the thread's poll. No interrupt: an interrupt during Lucene's file I/O closes the
    // channel (ClosedByInterruptException) and with it the IndexWriter, for good.
    service.close();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void runLoop() {
    try {
      for (Path root : roots) {
        watched.registerTree(root, root);
      }
      IndexRunResult initial = fullPass();
      ready.countDown();
      if (!closed) {
        batches.ready(initial);
      }
      watch();
    } catch (ClosedWatchServiceException e) {
      // closed: done
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ready.countDown();
    }
  }

  private void watch() throws InterruptedException {
    Set<Path> pending = new LinkedHashSet<>();
    boolean overflow = false;
    long firstPending = 0;
    while (!closed) {
      boolean waiting = overflow || !pending.isEmpty();
      long timeout = waiting ? quietMillis : idleTimeout();
      WatchKey key = service.poll(timeout, TimeUnit.MILLISECONDS);
      if (key != null) {
        overflow |= take(key, pending);
        if (firstPending == 0 && (overflow || !pending.isEmpty())) {
          firstPending = System.nanoTime();
        }
        boolean overdue = firstPending != 0 && System.nanoTime() - firstPending > MAX_DELAY_MILLIS * 1_000_000;
        if (!overdue) {
          continue;
        }
      }
      if (overflow) {
        listener.notice("too many changes at once to follow one by one; checking every watched folder");
        for (Path root : roots) {
          watched.registerTree(root, root);
        }
        report(fullPass());
      } else if (!pending.isEmpty()) {
        report(applyBatch(new ArrayList<>(pending)));
      } else {
        commitIfDue();
      }
      pending.clear();
      overflow = false;
      firstPending = 0;
    }
  }

  private long idleTimeout() {
    long delay = target.commitDelayMillis();
    return delay < 0 ? IDLE_POLL_MILLIS : Math.max(1, Math.min(IDLE_POLL_MILLIS, delay));
  }

  /** Takes one key's events into {@code pending}; true on overflow. */
  private boolean take(WatchKey key, Set<Path> pending) {
    Path folder = watched.folderOf(key);
    boolean overflow = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        overflow = true;
        continue;
      }
      if (folder == null) {
        continue; // a key dropped after its folder went away
      }
      Path changed = folder.resolve((Path) event.context());
      Path root = rootOf(changed);
      if (root == null || rules.leftOut(root, changed)) {
        continue;
      }
      if (event.kind() == ENTRY_DELETE) {
        watched.forget(changed);
      } else if (Files.isDirectory(changed, linkOptions())) {
        if (event.kind() == ENTRY_MODIFY && watched.isWatched(changed)) {
          continue; // a folder's own metadata; its content has a watch of its own
        }
        if (event.kind() == ENTRY_CREATE) {
          watched.registerTree(root, changed);
        }
      }
      pending.add(changed);
    }
    if (!key.reset()) {
      watched.drop(key, folder);
      if (folder != null && roots.contains(folder) && !Files.exists(folder)) {
        listener.notice("the watched folder " + folder + " is gone; its files are removed from the index");
        pending.add(folder);
      }
    }
    return overflow;
  }

  private IndexRunResult fullPass() {
    try {
      return target.refreshAll();
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      if (!closed) {
        listener.notice("could not bring the index up to date with " + describeRoots() + ": " + describe(e));
      }
      return null;
    }
  }

  private IndexRunResult applyBatch(List<Path> paths) {
    try {
      return target.apply(paths);
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      if (!closed) {
        listener.notice(
            "could not update the index for "
                + (paths.size() == 1 ? paths.get(0) : paths.size() + " changed paths")
                + ": "
                + describe(e)
                + "; the next change to them or the next `fahras index` run picks them up");
      }
      return null;
    }
  }

  private void commitIfDue() {
    try {
      target.commitIfDue();
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        listener.notice("could not commit the index: " + describe(e) + "; retrying with the next change");
      }
    }
  }

  private void report(IndexRunResult r) {
    if (r == null || closed) {
      return;
    }
    try {
      batches.applied(r);
    } catch (RuntimeException e) {
      listener.notice("a batch listener failed: " + describe(e));
    }
  }

  private Path rootOf(Path p) {
    for (Path r : roots) {
      if (p.startsWith(r)) {
        return r;
      }
    }
    return null;
  }

  private LinkOption[] linkOptions() {
    return followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
  }

  private String describeRoots() {
    return roots.size() == 1 ? roots.get(0).toString() : roots.size() + " watched folders";
  }

  static String describe(Throwable e) {
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg.replaceAll("\\s+", " ").strip();
  }
}
