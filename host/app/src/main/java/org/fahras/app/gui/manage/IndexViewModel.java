package org.fahras.app.gui.manage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.fahras.api.DocumentParseException;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.UserConfig;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.IndexStatus;
import org.fahras.app.index.Indexer;
import org.fahras.app.watch.FolderWatcher;
import org.fahras.app.watch.LiveIndex;

/**
 * Index management without Swing: the indexed folders (kept in the user's {@link UserConfig},
 * shared with {@code fahras folders}), indexing runs started and stopped through a {@link
 * LiveIndex}, their progress, the files that could not be read, and folder watching.
 *
 * <p>All work runs on a background thread of its own, one operation at a time; stopping runs
 * beside it, as it has to cut a running pass short ({@link LiveIndex#closeNow}). Listeners are
 * called on those threads: a view marshals to the event thread. The index is held open (and so
 * locked against the command line) only while a run or watching goes on.
 */
public final class IndexViewModel implements AutoCloseable {

  /** What the index is doing. */
  public enum State {
    /** Nothing runs; the index is closed. */
    IDLE,
    /** A full incremental pass runs. */
    INDEXING,
    /** A stop was asked for and the pass is being cut short. */
    STOPPING,
    /** Watching the folders; changes are indexed as they happen. */
    WATCHING
  }

  /**
   * Progress of the current (or last) pass.
   *
   * @param plannedFiles files the pass will read (-1 while the folders are walked)
   * @param plannedBytes their size
   * @param doneFiles files read so far
   * @param doneBytes bytes read so far
   * @param bytesPerSecond reading rate since the walk ended (0 when unknown)
   * @param eta the time left, or null when unknown
   */
  public record Progress(
      int plannedFiles, long plannedBytes, long doneFiles, long doneBytes, double bytesPerSecond, Duration eta) {

    static final Progress NONE = new Progress(-1, 0, 0, 0, 0, null);

    /** 0–100, or -1 while the total is unknown. */
    public int percent() {
      if (plannedFiles < 0) {
        return -1;
      }
      if (plannedBytes > 0) {
        return (int) Math.min(100, doneBytes * 100 / plannedBytes);
      }
      return plannedFiles == 0 ? 100 : (int) Math.min(100, doneFiles * 100 / plannedFiles);
    }
  }

  /**
   * A file that could not be read.
   *
   * @param path the file
   * @param reason the reason category ({@code CORRUPT}, {@code ENCRYPTED} …)
   * @param message what went wrong
   */
  public record Failure(String path, String reason, String message) {}

  /** What the last run ended with, for the status text. */
  public enum Outcome {
    NONE,
    DONE,
    STOPPED,
    FAILED
  }

  /**
   * Everything a view shows, as one consistent value.
   *
   * @param state what the index is doing
   * @param folders the indexed folders
   * @param progress the current or last pass's progress
   * @param failures files that could not be read, by path
   * @param outcome how the last run ended
   * @param result the last completed run's counts, or null
   * @param error the last error in words, or null
   * @param watching whether watching is on
   * @param leftOut the plugins the last run left out because they hung or kept failing (plugin id
   *     and why), as recorded in the index; empty when none
   */
  public record Snapshot(
      State state,
      List<Path> folders,
      Progress progress,
      List<Failure> failures,
      Outcome outcome,
      IndexRunResult result,
      String error,
      boolean watching,
      List<String> leftOut) {

    public boolean busy() {
      return state == State.INDEXING || state == State.STOPPING;
    }
  }

  /** Receives every change; called on a background thread. */
  @FunctionalInterface
  public interface Listener {
    void changed(Snapshot snapshot);
  }

  private final Path dataDir;
  private final Path indexDir;
  private final Function<CrawlSettings, Indexer> indexers;
  private final ExecutorService worker;
  private final Executor stopper;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Failure> failures = new LinkedHashMap<>();
  private List<String> leftOut = List.of();
  private Runnable indexChanged = () -> {};

  // Guarded by "this".
  private State state = State.IDLE;
  private List<Path> folders = List.of();
  private Progress progress = Progress.NONE;
  private Outcome outcome = Outcome.NONE;
  private IndexRunResult result;
  private String error;
  private boolean watching;
  private long plannedAt;

  // Used on the worker thread, and by stop.
  private volatile LiveIndex live;
  private volatile FolderWatcher watcher;
  private volatile boolean stopRequested;

  /**
   * A view-model for one data folder and index.
   *
   * @param dataDir the data folder holding {@code config.properties}
   * @param indexDir the index folder
   * @param indexers makes an indexer for the index with the configured crawl settings
   */
  public IndexViewModel(Path dataDir, Path indexDir, Function<CrawlSettings, Indexer> indexers) {
    this.dataDir = dataDir;
    this.indexDir = indexDir;
    this.indexers = indexers;
    this.worker = Executors.newSingleThreadExecutor(r -> thread(r, "fahras-gui-index"));
    this.stopper = r -> thread(r, "fahras-gui-index-stop").start();
  }

  private static Thread thread(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  public void addListener(Listener l) {
    listeners.add(l);
  }

  public void removeListener(Listener l) {
    listeners.remove(l);
  }

  /** Called (on the worker thread) after a pass or a watch batch changed the index. */
  public void onIndexChanged(Runnable r) {
    this.indexChanged = r == null ? () -> {} : r;
  }

  public Path indexDir() {
    return indexDir;
  }

  /** The current state, as one value. */
  public synchronized Snapshot snapshot() {
    return new Snapshot(
        state, folders, progress, List.copyOf(failures.values()), outcome, result, error, watching, leftOut);
  }

  /** Reads the folders and the failures recorded in the index; returns at once. */
  public void load() {
    worker.execute(() -> {
      try {
        List<Path> f = UserConfig.load(dataDir).folders();
        synchronized (this) {
          folders = f;
        }
      } catch (IOException | RuntimeException e) {
        setError("cannot read the configuration: " + describe(e));
      }
      reloadFailures();
      publish();
    });
  }

  /** Adds a folder to the configuration (and to watching, when on); returns at once. */
  public void addFolder(Path folder) {
    worker.execute(() -> {
      try {
        UserConfig c = UserConfig.load(dataDir);
        if (c.addFolder(folder)) {
          c.save();
        }
        synchronized (this) {
          folders = c.folders();
          error = null;
        }
        publish();
        restartWatchingIfOn();
      } catch (IOException | RuntimeException e) {
        setError("cannot add " + folder + ": " + describe(e));
      }
    });
  }

  /**
   * Removes a folder from the configuration and its documents from the index (like {@code
   * fahras folders remove}); returns at once. Ignored while a pass runs.
   */
  public void removeFolder(Path folder) {
    worker.execute(() -> {
      if (snapshot().busy()) {
        return;
      }
      boolean wasWatching = watching();
      try {
        UserConfig c = UserConfig.load(dataDir);
        if (c.removeFolder(folder)) {
          c.save();
        }
        synchronized (this) {
          folders = c.folders();
          error = null;
        }
        closeLive(false);
        if (AppPaths.looksLikeIndex(indexDir)) {
          indexers.apply(c.crawlSettings()).forget(List.of(folder));
        }
        Path gone = folder.toAbsolutePath().normalize();
        synchronized (this) {
          failures.values().removeIf(f -> Path.of(f.path()).startsWith(gone));
        }
        publish();
        indexChanged.run();
        if (wasWatching) {
          startWatching();
        }
      } catch (IOException | RuntimeException e) {
        setError("cannot remove " + folder + ": " + describe(e));
      }
    });
  }

  /** Starts a full incremental pass over the folders; returns at once. Ignored while one runs. */
  public void start() {
    begin(this::runPass);
  }

  /** Marks a pass as started and hands {@code pass} to the worker; ignored while one runs. */
  private void begin(Runnable pass) {
    synchronized (this) {
      if (busyOrQueued()) {
        return;
      }
      state = State.INDEXING;
      outcome = Outcome.NONE;
      progress = Progress.NONE;
      error = null;
    }
    stopRequested = false;
    publish();
    worker.execute(pass);
  }

  /**
   * Sets the current index aside (renamed beside it, not deleted) and builds a new one from the
   * folders: for a damaged index. Returns at once; ignored while a pass runs.
   */
  public void rebuild() {
    begin(() -> {
      try {
        closeLive(false);
        org.fahras.app.index.IndexDamage.setAside(indexDir);
      } catch (IOException | RuntimeException e) {
        setErrorQuietly("cannot set the index aside: " + describe(e));
        finish(Outcome.FAILED, null);
        return;
      }
      runPass();
    });
  }

  private boolean busyOrQueued() {
    return state == State.INDEXING || state == State.STOPPING;
  }

  private void runPass() {
    try {
      LiveIndex l = stopRequested ? null : openLive();
      if (l == null || stopRequested) {
        finish(stopRequested ? Outcome.STOPPED : Outcome.FAILED, null);
        return;
      }
      IndexRunResult r = l.refreshAll();
      finish(Outcome.DONE, r);
    } catch (Exception | LinkageError e) {
      if (stopRequested) {
        finish(Outcome.STOPPED, null);
      } else {
        setErrorQuietly("indexing failed: " + describe(e));
        finish(Outcome.FAILED, null);
      }
    }
  }

  private void finish(Outcome how, IndexRunResult r) {
    if (!watching()) {
      closeLive(false);
    }
    reloadFailures();
    synchronized (this) {
      outcome = how;
      if (r != null) {
        result = r;
      }
      state = watching ? State.WATCHING : State.IDLE;
    }
    publish();
    indexChanged.run();
  }

  /**
   * Stops the running pass at once: what it has read is kept, and the next run reads the rest.
   * Watching, when on, stops too (it would only start the pass again). Returns at once.
   */
  public void stop() {
    synchronized (this) {
      if (state != State.INDEXING && !(state == State.WATCHING && live != null && live.isBusy())) {
        return;
      }
      state = State.STOPPING;
    }
    stopRequested = true;
    publish();
    stopper.execute(() -> {
      FolderWatcher w = watcher;
      LiveIndex l = live;
      try {
        if (l != null) {
          l.closeNow();
        }
      } catch (IOException | RuntimeException e) {
        setErrorQuietly("stopping failed: " + describe(e));
      }
      if (w != null) {
        try {
          w.close();
        } catch (IOException e) {
          // the watch service is gone either way
        }
        synchronized (this) {
          watching = false;
        }
      }
      worker.execute(() -> {
        closeLive(false);
        synchronized (this) {
          if (state == State.STOPPING) {
            state = State.IDLE;
            outcome = Outcome.STOPPED;
          }
        }
        reloadFailures();
        publish();
        indexChanged.run();
      });
    });
  }

  /** Turns folder watching on or off; returns at once. */
  public void setWatching(boolean on) {
    worker.execute(() -> {
      if (on) {
        startWatching();
      } else {
        closeLive(false);
        synchronized (this) {
          if (state == State.WATCHING) {
            state = State.IDLE;
          }
        }
        publish();
      }
    });
  }

  private synchronized boolean watching() {
    return watching;
  }

  private void restartWatchingIfOn() {
    if (watching()) {
      closeLive(false);
      startWatching();
    }
  }

  /** On the worker thread. */
  private void startWatching() {
    if (watcher != null) {
      return;
    }
    LiveIndex l = openLive();
    if (l == null) {
      return;
    }
    try {
      UserConfig c = UserConfig.load(dataDir);
      FolderWatcher w = new FolderWatcher(l, c.crawlSettings(), events(), new FolderWatcher.Listener() {
        @Override
        public void ready(IndexRunResult initial) {
          worker.execute(() -> {
            reloadFailures();
            synchronized (IndexViewModel.this) {
              if (initial != null) {
                result = initial;
                outcome = Outcome.DONE;
              }
            }
            publish();
            indexChanged.run();
          });
        }

        @Override
        public void applied(IndexRunResult batch) {
          worker.execute(() -> {
            reloadFailures();
            publish();
            indexChanged.run();
          });
        }
      });
      watcher = w;
      synchronized (this) {
        watching = true;
        if (state == State.IDLE) {
          state = State.WATCHING;
        }
        error = null;
      }
      publish();
      w.start();
    } catch (IOException | RuntimeException e) {
      closeLive(false);
      setError("cannot watch the folders: " + describe(e));
    }
  }

  /** Opens the live index over the configured folders, or reports why not (null). */
  private LiveIndex openLive() {
    LiveIndex l = live;
    if (l != null && !l.isClosed()) {
      return l;
    }
    try {
      UserConfig c = UserConfig.load(dataDir);
      List<Path> roots = c.folders();
      synchronized (this) {
        folders = roots;
      }
      if (roots.isEmpty()) {
        setErrorQuietly("no folders to index: add one first");
        return null;
      }
      l = LiveIndex.open(indexers.apply(c.crawlSettings()), roots, events());
      live = l;
      return l;
    } catch (IOException | RuntimeException e) {
      setErrorQuietly("cannot open the index " + indexDir + ": " + describe(e));
      return null;
    }
  }

  /** Stops watching and closes the index; on the worker or stopper thread. */
  private void closeLive(boolean now) {
    FolderWatcher w = watcher;
    watcher = null;
    if (w != null) {
      try {
        w.close();
      } catch (IOException e) {
        // the watch service is gone either way
      }
    }
    synchronized (this) {
      watching = false;
    }
    LiveIndex l = live;
    live = null;
    if (l != null) {
      try {
        if (now) {
          l.closeNow();
        } else {
          l.close();
        }
      } catch (IOException | RuntimeException e) {
        setErrorQuietly("cannot close the index: " + describe(e));
      }
    }
  }

  /** Per-file events of the live index: progress and failures. */
  private IndexListener events() {
    return new IndexListener() {
      @Override
      public void planned(int files, long bytes) {
        synchronized (IndexViewModel.this) {
          plannedAt = System.nanoTime();
          progress = new Progress(files, bytes, 0, 0, 0, null);
        }
        publish();
      }

      @Override
      public void progressed(long files, long bytes) {
        synchronized (IndexViewModel.this) {
          if (files <= progress.doneFiles()) {
            // Parse threads report in any order: a count that arrives after a higher one is old.
            return;
          }
          double seconds = (System.nanoTime() - plannedAt) / 1e9;
          double rate = seconds > 0.2 ? bytes / seconds : 0;
          Duration eta = null;
          if (rate > 0 && progress.plannedBytes() > 0) {
            eta = Duration.ofSeconds((long) Math.ceil(Math.max(0, progress.plannedBytes() - bytes) / rate));
          }
          progress = new Progress(progress.plannedFiles(), progress.plannedBytes(), files, bytes, rate, eta);
        }
        publish();
      }

      @Override
      public void failed(Path file, DocumentParseException.Reason reason, String message) {
        synchronized (IndexViewModel.this) {
          failures.put(file.toString(), new Failure(file.toString(), reason.name(), message));
        }
        publish();
      }

      @Override
      public void notice(String message) {
        if (!stopRequested) {
          setErrorQuietly(message);
        }
      }
    };
  }

  private void reloadFailures() {
    if (!AppPaths.looksLikeIndex(indexDir)) {
      return;
    }
    try {
      IndexStatus status = IndexStatus.read(indexDir);
      List<IndexStatus.Failure> recorded = status.failures();
      synchronized (this) {
        leftOut = List.copyOf(status.disabledPlugins());
        failures.clear();
        for (IndexStatus.Failure f : recorded) {
          failures.put(f.path(), new Failure(f.path(), f.reason(), f.message()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // keep the failures seen live; the status is read again after the next run
    }
  }

  private void setError(String message) {
    setErrorQuietly(message);
    publish();
  }

  private synchronized void setErrorQuietly(String message) {
    error = message;
  }

  private void publish() {
    Snapshot s = snapshot();
    for (Listener l : listeners) {
      l.changed(s);
    }
  }

  /** Waits until every queued operation ran (tests). */
  public void awaitIdle(Duration timeout) throws InterruptedException {
    var done = new java.util.concurrent.CountDownLatch(1);
    worker.execute(done::countDown);
    done.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Stops watching and any pass, and closes the index; blocks until done. */
  @Override
  public void close() {
    stopRequested = true;
    LiveIndex l = live;
    if (l != null && l.isBusy()) {
      try {
        l.closeNow();
      } catch (IOException | RuntimeException e) {
        // closing anyway
      }
    }
    worker.execute(() -> closeLive(false));
    worker.shutdown();
    try {
      worker.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }

  /** Failures as a sorted list, for tests and views. */
  static List<Failure> sorted(List<Failure> f) {
    List<Failure> l = new ArrayList<>(f);
    l.sort(java.util.Comparator.comparing(Failure::path));
    return l;
  }
}
