package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.app.gui.FahrasGui;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fahras demo}: the newcomer's first run — indexes the sample corpus into the default
 * index, then opens the window with a sample search ready; without a display (or with {@code
 * --no-gui}) it prints the results of a few Arabic searches instead.
 */
@Command(
    name = "demo",
    description =
        "Index the sample corpus (default: the repository's sample-corpus/) into the index, then"
            + " open the window with a sample search (on a display) or print some Arabic searches.")
final class DemoCommand implements Callable<Integer> {

  /**
   * Queries that show ranking across documents and tashkeel, ة/ه and prefix folding at work
   * (the text has الصواريخ, للصواريخ, والصواريخ and الباليستية).
   */
  static final List<String> QUERIES = List.of("كوريا الشمالية", "المخطوطات", "الصَّوَارِيخ الباليستيه");

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;

  @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "Folder to index (default: the sample corpus).")
  Path corpus;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "3", description = "Hits per query (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--no-gui",
      description = "Print the searches instead of opening the window (what happens anyway without a display).")
  boolean noGui;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path folder = corpus != null ? corpus : defaultCorpus();
    if (folder == null || !Files.isDirectory(folder)) {
      err.println("fahras: sample corpus not found; pass its folder: fahras demo PATH");
      return 1;
    }
    Path indexDir = index.resolve();
    out.println("Indexing " + folder.toAbsolutePath() + " …");
    out.flush();
    IndexRunResult r = IndexCommand.run(context, indexDir, List.of(folder), err);
    out.println(IndexCommand.summary(r, indexDir));
    if (!noGui && FahrasGui.available()) {
      out.println("Opening the window with a sample search: " + QUERIES.get(0));
      out.flush();
      return GuiCommand.open(context, indexDir, QUERIES.get(0), null, err);
    }
    try (SearchService search = new SearchService(indexDir, context.analysis(err))) {
      for (String q : QUERIES) {
        out.println();
        out.println("$ fahras search '" + q + "'");
        SearchResult result = search.search(q, 0, limit);
        SearchCommand.printText(result, out, System.console() != null);
      }
    }
    out.println();
    out.println("Try your own: ./fahras search 'QUERY'   (add --json for scripts)");
    out.flush();
    return 0;
  }

  private static Path defaultCorpus() {
    String prop = System.getProperty("fahras.sampleCorpus");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    Path local = Path.of("sample-corpus");
    return Files.isDirectory(local) ? local : null;
  }
}
