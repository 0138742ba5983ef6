package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;
import org.fahras.app.plugins.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fahras index}: indexes files and folders incrementally. */
@Command(
    name = "index",
    description = {
      "Index files and folders. Only new and changed files are read; files gone from an indexed"
          + " folder are removed.",
      "Each file that cannot be read is reported on stderr (path and reason) and listed by"
          + " `fahras status`; the exit code is 0 when the run completed."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Parse threads (default: one per core).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "Print failures only, no summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexRunResult r = run(context, index.resolve(), paths, threads, err);
    if (!quiet) {
      out.println(summary(r, index.resolve()));
    }
    out.flush();
    return 0;
  }

  /** Runs the indexer, reporting failures and notices on {@code err}. */
  static IndexRunResult run(
      AppContext context, Path indexDir, List<Path> paths, Integer threads, PrintWriter err)
      throws Exception {
    PluginHost host = context.host();
    Indexer indexer =
        new Indexer(
            indexDir,
            context.analysis(err),
            host.extensions(DocumentParser.class),
            host::pluginIdOf,
            host.pluginsDir(),
            threads != null ? threads : Runtime.getRuntime().availableProcessors());
    return indexer.run(
        paths,
        new IndexListener() {
          @Override
          public void failed(Path file, DocumentParseException.Reason reason, String message) {
            synchronized (err) {
              err.println(
                  "fahras: cannot index "
                      + file
                      + ": "
                      + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                      + ": "
                      + message);
              err.flush();
            }
          }

          @Override
          public void notice(String message) {
            synchronized (err) {
              err.println("fahras: note: " + message);
              err.flush();
            }
          }
        });
  }

  static String summary(IndexRunResult r, Path indexDir) {
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
        indexDir);
  }
}
