package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fahras.app.config.AppPaths;
import org.fahras.app.gui.FahrasGui;
import org.fahras.app.gui.GuiContributions;
import org.fahras.app.gui.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fahras gui}: opens the desktop window on the index (also what {@code fahras} without
 * arguments does on a display).
 */
@Command(
    name = "gui",
    description = "Open the desktop window: search with suggestions, results with highlighted snippets, preview, filters.")
final class GuiCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;

  @Option(names = "--query", paramLabel = "QUERY", description = "A query to run when the window opens.")
  String query;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description = "Interface language for this session: ar or en (default: the saved choice, else the system's).")
  String language;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!FahrasGui.available()) {
      err.println("fahras: no display for the GUI; use the command line (fahras --help)");
      return 1;
    }
    org.fahras.app.config.BackendChoice choice = index.backend();
    org.fahras.api.backend.IndexBackend backend;
    try {
      backend = context.openBackend(choice);
    } catch (java.io.IOException | IllegalArgumentException e) {
      // The window still opens, on the local index, so the user can fix the settings there.
      err.println("fahras: cannot use the backend " + choice.describe() + ": " + Main.oneLine(e)
          + "; the window opens on the local index");
      err.flush();
      return open(context, AppPaths.system().defaultIndexDir(), query, language == null ? null : I18n.Language.of(language), err, null);
    }
    try {
      return open(context, index.resolve(), query, language == null ? null : I18n.Language.of(language), err, backend);
    } finally {
      if (backend != null) {
        backend.close();
      }
    }
  }

  /** Opens the window and waits until the user closes it. */
  static int open(AppContext context, Path indexDir, String query, I18n.Language language, PrintWriter err)
      throws Exception {
    return open(context, indexDir, query, language, err, null);
  }

  /** Opens the window on an index, or on a backend with its catalogue in {@code indexDir}. */
  static int open(
      AppContext context,
      Path indexDir,
      String query,
      I18n.Language language,
      PrintWriter err,
      org.fahras.api.backend.IndexBackend backend)
      throws Exception {
    FahrasGui gui =
        FahrasGui.open(
            new FahrasGui.Options(
                AppPaths.system().dataDir(),
                indexDir,
                context.analysis(err),
                context.host(),
                query,
                language,
                GuiContributions.builtIn(),
                backend));
    gui.awaitClosed();
    context.close();
    return 0;
  }
}
