package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.UserConfig;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.IndexDamage;
import org.fahras.app.index.Indexer;
import org.fahras.api.backend.IndexBackend;
import org.fahras.app.config.BackendChoice;
import org.fahras.app.plugins.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras index}: indexes files and folders incrementally. */
@Command(
    name = "index",
    description = {
      "Index files and folders (without PATH: the folders added with `fahras folders add`). Only"
          + " new and changed files are read; files gone from an indexed folder are removed.",
      "Each file that cannot be read is reported on stderr (path and reason) and listed by"
          + " `fahras status`; the exit code is 0 when the run completed."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;
  @Mixin CrawlOptions crawl;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Parse threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Most characters of text kept per file (default: 50,000,000); longer text is cut with a note.")
  Long maxChars;

  @Option(names = {"-q", "--quiet"}, description = "Print failures only: no progress, no summary.")
  boolean quiet;

  @Option(
      names = "--retry-failed",
      description =
          "Read again the files that failed last time even if they have not changed (after installing OCR"
              + " or a parser plugin, say). Without it a failed file is retried only when it changes.")
  boolean retryFailed;

  @Option(
      names = "--rebuild",
      description =
          "Set the current index aside (renamed to INDEX.set-aside-TIME, not deleted) and build a new one: for a"
              + " damaged index, or to start afresh.")
  boolean rebuild;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UserConfig config = UserConfig.load(AppPaths.system().dataDir());
    List<Path> roots = paths == null || paths.isEmpty() ? config.folders() : paths;
    if (roots.isEmpty()) {
      err.println(
          "fahras: nothing to index: give a PATH, or add folders with `fahras folders add PATH`");
      return 1;
    }
    CrawlSettings settings = crawl.toSettings(config.crawlSettings());
    if (rebuild) {
      Path aside = IndexDamage.setAside(index.resolve());
      if (aside != null) {
        err.println("fahras: the previous index was set aside as " + aside + " (delete it when the new one is complete)");
      }
    }
    IndexReporter reporter = new IndexReporter(err, System.console() != null, !quiet);
    BackendChoice choice = index.backend();
    IndexRunResult r;
    String where;
    try (IndexBackend backend = context.openBackend(choice)) {
      r = run(context, index.resolve(), roots, settings, reporter, backend);
      where = backend == null ? index.resolve().toString() : backend.describe() + " (catalogue " + index.resolve() + ")";
    }
    if (!quiet) {
      out.println(summary(r, where));
    }
    out.flush();
    return 0;
  }

  private IndexRunResult run(
      AppContext context, Path indexDir, List<Path> roots, CrawlSettings settings, IndexListener listener,
      IndexBackend backend)
      throws Exception {
    PluginHost host = context.host();
    Indexer indexer =
        new Indexer(
            indexDir,
            context.analysis(spec.commandLine().getErr()),
            host.extensions(DocumentParser.class),
            host::pluginIdOf,
            host.pluginsDir(),
            threads != null ? threads : Runtime.getRuntime().availableProcessors(),
            settings,
            maxChars != null ? maxChars : ParseRequest.DEFAULT_MAX_CHARACTERS,
            Indexer.commitIntervalFromSystem());
    return indexer.retryFailed(retryFailed).withBackend(backend).run(roots, listener);
  }

  /** Runs an indexing pass with default settings, reporting on {@code err} (for `demo`). */
  static IndexRunResult run(AppContext context, Path indexDir, List<Path> paths, PrintWriter err)
      throws Exception {
    PluginHost host = context.host();
    Indexer indexer =
        new Indexer(
            indexDir,
            context.analysis(err),
            host.extensions(DocumentParser.class),
            host::pluginIdOf,
            host.pluginsDir(),
            Runtime.getRuntime().availableProcessors());
    return indexer.run(paths, new IndexReporter(err, System.console() != null, false));
  }

  static String summary(IndexRunResult r, Object where) {
    return String.format(
        Locale.ROOT,
        "Indexed %d files in %.1f s: %d new, %d updated, %d unchanged, %d removed, %d failed"
            + " (%d documents written) -> %s",
        r.scanned(),
        r.took().toMillis() / 1000.0,
        r.added(),
        r.updated(),
        r.unchanged(),
        r.deleted(),
        r.failed(),
        r.records(),
        where);
  }
}
