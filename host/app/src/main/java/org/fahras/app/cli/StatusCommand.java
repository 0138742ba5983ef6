package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.app.config.AppPaths;
import org.fahras.app.index.IndexStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras status}: index location, size, last run and the files that failed. */
@Command(name = "status", description = "Show the index location, document count, size, last run and failed files.")
final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin AppContext context;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = index.resolve();
    if (!Files.isDirectory(dir) || !AppPaths.looksLikeIndex(dir)) {
      err.println("fahras: no index at " + dir + "; run `fahras index PATH...` first");
      return 1;
    }
    IndexStatus s = IndexStatus.read(dir);
    org.fahras.app.config.BackendChoice choice = index.backend();
    String backendLine = null;
    Long backendDocuments = null;
    if (!choice.isLocal()) {
      try (org.fahras.api.backend.IndexBackend b = context.openBackend(choice)) {
        backendDocuments = b.documentCount();
        backendLine = b.describe();
      } catch (java.io.IOException | RuntimeException e) {
        backendLine = choice.describe() + ": unreachable (" + Main.oneLine(e) + ")";
      }
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", s.indexDir().toString());
      m.put("backend", choice.id());
      if (backendLine != null) {
        m.put("backendLocation", backendLine);
        m.put("backendDocuments", backendDocuments);
      }
      m.put("documents", s.documents());
      m.put("files", s.files());
      m.put("sizeBytes", s.sizeBytes());
      m.put("lastRun", s.lastRun());
      m.put("analysis", s.analysis());
      m.put("interruptedRun", s.interruptedRun());
      List<Object> failures = new ArrayList<>();
      for (IndexStatus.Failure f : s.failures()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("path", f.path());
        fm.put("reason", f.reason());
        fm.put("message", f.message());
        failures.add(fm);
      }
      m.put("failures", failures);
      m.put("disabledPlugins", s.disabledPlugins());
      out.println(Json.write(m));
    } else {
      if (backendLine != null) {
        out.printf("Backend:   %s%s%n", backendLine, backendDocuments == null ? "" : ", " + backendDocuments + " documents");
        out.printf("Catalogue: %s%n", s.indexDir());
      } else {
        out.printf("Index:     %s%n", s.indexDir());
      }
      out.printf("Documents: %d searchable, from %d files%n", s.documents(), s.files());
      out.printf(Locale.ROOT, "Size:      %.1f MB%n", s.sizeBytes() / 1e6);
      out.printf("Last run:  %s%n", s.lastRun() == null ? "never completed" : s.lastRun());
      out.printf("Analysis:  %s%n", s.analysis() == null ? "unknown" : s.analysis());
      if (s.interruptedRun() != null) {
        out.printf(
            "Note:      the run started %s did not finish; run `fahras index` again to complete it%n",
            s.interruptedRun());
      }
      for (String d : s.disabledPlugins()) {
        out.printf("Left out:  %s%n", d);
      }
      out.printf("Failed:    %d file(s)%n", s.failures().size());
      for (IndexStatus.Failure f : s.failures()) {
        out.printf("  %s: %s: %s%n", f.path(), f.reason().toLowerCase(Locale.ROOT).replace('_', ' '), f.message());
      }
    }
    out.flush();
    return 0;
  }
}
