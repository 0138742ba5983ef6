package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.AppPaths;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras search}: runs a query and prints ranked hits with highlighted snippets. */
@Command(
    name = "search",
    description = {
      "Search the index. The query uses Lucene syntax (AND OR NOT, +/-, \"phrases\", wildcards*,"
          + " title:word); plain words are fine. Arabic is matched regardless of tashkeel, hamza"
          + " forms, ة/ه, ى/ي and attached prefixes."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging.")
  int offset;

  @Option(names = "--json", description = "Print one JSON object: query, total, hits (path, score, title, snippets).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path indexDir = index.resolve();
    if (!Files.isDirectory(indexDir) || !AppPaths.looksLikeIndex(indexDir)) {
      err.println("fahras: no index at " + indexDir + "; run `fahras index PATH...` first");
      return 1;
    }
    IndexAnalysis analysis = context.analysis(err);
    SearchResult result;
    try (SearchService search = new SearchService(indexDir, analysis)) {
      result = search.search(String.join(" ", words), Math.max(0, offset), Math.max(0, limit));
    }
    if (json) {
      out.println(Json.write(toJson(result)));
    } else {
      printText(result, out, System.console() != null);
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> toJson(SearchResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("query", r.query());
    root.put("total", r.total());
    List<Object> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", h.path());
      m.put("score", h.score());
      m.put("title", h.title());
      m.put("type", h.contentType());
      m.put("size", h.size());
      m.put("modified", h.modifiedMillis() == 0 ? null : java.time.Instant.ofEpochMilli(h.modifiedMillis()).toString());
      m.put("snippets", h.snippets());
      hits.add(m);
    }
    root.put("hits", hits);
    root.put("tookMs", r.tookMillis());
    return root;
  }

  static void printText(SearchResult r, PrintWriter out, boolean ansi) {
    out.printf(
        "%d %s for \"%s\" (%d ms)%n",
        r.total(), r.total() == 1 ? "result" : "results", r.query(), r.tookMillis());
    int n = 0;
    for (SearchHit h : r.hits()) {
      out.println();
      out.printf("%d. %s%n", ++n, h.title());
      out.printf("   %s%n", h.path());
      for (String s : h.snippets()) {
        out.println("   … " + TextSnippets.render(s, ansi) + " …");
      }
    }
  }
}
