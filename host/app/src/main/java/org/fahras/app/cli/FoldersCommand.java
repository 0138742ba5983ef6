package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.UserConfig;
import org.fahras.app.index.Indexer;
import org.fahras.app.analysis.IndexAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fahras folders}: the folders Fahras indexes by default, kept in the user's
 * configuration (shared with the GUI).
 */
@Command(
    name = "folders",
    description = {
      "List, add or remove the folders `fahras index` (without PATH) and the GUI index.",
      "  fahras folders              list them",
      "  fahras folders add PATH...  add folders (index them with `fahras index`)",
      "  fahras folders remove PATH... remove folders and their documents from the index"
    })
final class FoldersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin AppContext context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, add or remove")
  String action;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Folders.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UserConfig config = UserConfig.load(AppPaths.system().dataDir());
    String a = action == null ? "list" : action;
    List<Path> given = paths == null ? List.of() : paths;
    switch (a) {
      case "list" -> {
        if (config.folders().isEmpty()) {
          out.println("No folders configured; add one with `fahras folders add PATH`.");
        }
        for (Path f : config.folders()) {
          out.println(f + (Files.isDirectory(f) ? "" : "   (missing)"));
        }
      }
      case "add" -> {
        if (given.isEmpty()) {
          err.println("fahras: folders add: give at least one folder");
          return 2;
        }
        for (Path p : given) {
          if (!Files.isDirectory(p)) {
            err.println("fahras: not a folder: " + p.toAbsolutePath());
            return 1;
          }
          out.println((config.addFolder(p) ? "Added " : "Already there: ") + p.toAbsolutePath().normalize());
        }
        config.save();
      }
      case "remove" -> {
        if (given.isEmpty()) {
          err.println("fahras: folders remove: give at least one folder");
          return 2;
        }
        for (Path p : given) {
          out.println((config.removeFolder(p) ? "Removed " : "Was not configured: ") + p.toAbsolutePath().normalize());
        }
        config.save();
        Path indexDir = index.resolve();
        if (AppPaths.looksLikeIndex(indexDir)) {
          Indexer indexer = new Indexer(indexDir, IndexAnalysis.fallback(), List.of(), o -> "", indexDir, 1);
          int n;
          try (org.fahras.api.backend.IndexBackend backend = context.openBackend(index.backend())) {
            n = indexer.withBackend(backend).forget(given);
          }
          out.println("Removed " + n + " file(s) from the index " + indexDir);
        }
      }
      default -> {
        err.println("fahras: folders: unknown action '" + a + "' (list, add, remove)");
        return 2;
      }
    }
    out.flush();
    return 0;
  }
}
