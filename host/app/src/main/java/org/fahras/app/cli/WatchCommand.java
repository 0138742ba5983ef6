package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.store.AlreadyClosedException;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.UserConfig;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;
import org.fahras.app.index.NoParserException;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.watch.FolderWatcher;
import org.fahras.app.watch.LiveIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fahras watch}: brings the index up to date with folders, then keeps it so — every
 * file created, changed, moved or deleted is applied within a second or two — until stopped with
 * Ctrl-C or SIGTERM, which commits and exits 0.
 */
@Command(
    name = "watch",
    description = {
      "Index folders (without PATH: the folders added with `fahras folders add`), then keep the"
          + " index up to date as files are created, changed, moved and deleted, until stopped"
          + " with Ctrl-C.",
      "Prints one line per applied batch of changes; each file that cannot be read is reported"
          + " on stderr as by `fahras index`."
    })
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;
  @Mixin CrawlOptions crawl;

  @Parameters(arity = "0..*", paramLabel = "FOLDER", description = "Folders to watch.")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Parse threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UserConfig config = UserConfig.load(AppPaths.system().dataDir());
    List<Path> given = paths == null || paths.isEmpty() ? config.folders() : paths;
    if (given.isEmpty()) {
      err.println("fahras: nothing to watch: give a FOLDER, or add folders with `fahras folders add PATH`");
      return 1;
    }
    IndexReporter reporter = new IndexReporter(err, false, false);
    List<Path> roots = existingFolders(given, reporter);
    if (roots.isEmpty()) {
      err.println("fahras: none of the given folders exists");
      return 1;
    }
    CrawlSettings settings = crawl.toSettings(config.crawlSettings());
    Path indexDir = index.resolve();
    PluginHost host = context.host();
    List<DocumentParser> parsers = host.extensions(DocumentParser.class);
    if (parsers.isEmpty()) {
      throw new NoParserException(host.pluginsDir()); // fail now, not in the watcher's thread
    }
    Indexer indexer =
        new Indexer(
            indexDir,
            context.analysis(err),
            parsers,
            host::pluginIdOf,
            host.pluginsDir(),
            threads != null ? threads : Runtime.getRuntime().availableProcessors(),
            settings,
            ParseRequest.DEFAULT_MAX_CHARACTERS,
            Indexer.commitIntervalFromSystem());

    // Left open until the process ends: the watcher's last commit goes through it.
    indexer.withBackend(context.openBackend(index.backend()));
    LiveIndex live = LiveIndex.open(indexer, roots, reporter);
    FolderWatcher watcher = new FolderWatcher(live, settings, reporter, printer(out, indexDir, roots));
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> stop(watcher, live, out, err, stopped), "fahras-watch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    watcher.start();
    stopped.await(); // until Ctrl-C or SIGTERM: the hook ends the process
    return 0;
  }

  /**
   * Closes the watcher and the index (the final commit), then ends the process with 0: the JVM
   * would otherwise report 130/143 for a signal, yet stopping is how this command completes.
   */
  private static void stop(
      FolderWatcher watcher, LiveIndex live, PrintWriter out, PrintWriter err, CountDownLatch stopped) {
    int code = 0;
    // If a long first pass is cut short, its parse threads fail on the closed writer: that is
    // the expected end, not something to print a stack trace for.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (!(e instanceof AlreadyClosedException)) {
            err.println("fahras: " + thread.getName() + ": " + Main.oneLine(e));
            err.flush();
          }
        });
    try {
      watcher.close();
      live.close();
      out.println("Stopped; the index is committed.");
    } catch (Exception | LinkageError e) {
      err.println("fahras: could not close the index cleanly: " + Main.oneLine(e)
          + "; the next run continues from the last commit");
      code = 1;
    } finally {
      out.flush();
      err.flush();
      stopped.countDown();
    }
    Runtime.getRuntime().halt(code);
  }

  private static FolderWatcher.Listener printer(PrintWriter out, Path indexDir, List<Path> roots) {
    return new FolderWatcher.Listener() {
      @Override
      public void ready(IndexRunResult initial) {
        synchronized (out) {
          if (initial != null) {
            out.println(IndexCommand.summary(initial, indexDir));
          }
          out.println(
              "Watching "
                  + (roots.size() == 1 ? roots.get(0) : roots.size() + " folders")
                  + " for changes (Ctrl-C to stop)");
          out.flush();
        }
      }

      @Override
      public void applied(IndexRunResult batch) {
        if (batch.added() + batch.updated() + batch.deleted() + batch.failed() == 0) {
          return; // only events that changed nothing (a touched file, a folder's metadata)
        }
        synchronized (out) {
          out.println(batchLine(LocalDateTime.now(), batch));
          out.flush();
        }
      }
    };
  }

  /** One applied batch, e.g. {@code 2026-11-26T10:00:01 +2 new, 1 updated, 1 removed}. */
  static String batchLine(LocalDateTime at, IndexRunResult r) {
    StringBuilder s = new StringBuilder();
    s.append(at.truncatedTo(ChronoUnit.SECONDS))
        .append(String.format(Locale.ROOT, " +%d new, %d updated, %d removed", r.added(), r.updated(), r.deleted()));
    if (r.failed() > 0) {
      s.append(", ").append(r.failed()).append(" failed");
    }
    return s.toString();
  }

  /** The given folders that exist; the others are reported like unreadable paths. */
  private static List<Path> existingFolders(List<Path> given, IndexReporter reporter) {
    List<Path> roots = new ArrayList<>();
    for (Path p : given) {
      Path abs = p.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        roots.add(abs);
      } else if (Files.exists(abs)) {
        reporter.failed(abs, DocumentParseException.Reason.IO, "not a folder; use `fahras index` for single files");
      } else {
        reporter.failed(abs, DocumentParseException.Reason.IO, "no such file or folder");
      }
    }
    return roots;
  }
}
