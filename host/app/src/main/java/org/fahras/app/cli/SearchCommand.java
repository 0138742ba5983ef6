package org.fahras.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.AppPaths;
import org.fahras.app.search.FacetValue;
import org.fahras.app.search.SearchHit;
import org.fahras.api.ResultExporter;
import org.fahras.app.export.ResultExport;
import org.fahras.app.search.SearchMode;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;
import org.fahras.app.search.Searcher;
import org.fahras.app.search.RemoteSearcher;
import org.fahras.app.config.BackendChoice;
import java.io.IOException;
import org.fahras.app.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras search}: runs a query and prints ranked hits with highlighted snippets. */
@Command(
    name = "search",
    description = {
      "Search the index. The query uses Lucene syntax (AND OR NOT, +/-, \"phrases\", \"near words\"~5,"
          + " wildcards*, fuzzy~1) with fields (title: author: path: type: ext: lang:) and ranges"
          + " (date:>=2023, modified:[2020 TO 2023-06], size:>1MB); plain words are fine. Arabic is"
          + " matched regardless of tashkeel, hamza forms, ة/ه, ى/ي and attached prefixes."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined); * finds every document.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging.")
  int offset;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance (default), date (newest first) or name (Arabic alphabetical order).")
  String sort;

  @Option(names = "--reverse", description = "Reverse the order (oldest first, Z to A, worst match first).")
  boolean reverse;

  @Option(
      names = "--filter",
      paramLabel = "FIELD=VALUE",
      description =
          "Only documents with this value (repeatable; values of one field are alternatives): type=pdf,"
              + " ext=docx, year=2023, folder=/path/to/folder, lang=ar, or any query field"
              + " (size=>1MB, date=2020-05 …).")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "normal",
      description =
          "normal (default: any form of the word, exact form first), exact (the word as written,"
              + " without removing prefixes or suffixes), vocalised (tashkeel in the query must agree"
              + " with the document's where both have it) or root (every word of the same root;"
              + " needs the root field, see fahras settings).")
  String mode;

  @Option(
      names = "--name-variants",
      description =
          "Also match other Arabic spellings of transliterated foreign names (ج/غ/ك for g, ف/ڤ for v"
              + " …).")
  boolean nameVariants;

  @Option(names = "--facets", description = "Also print how many hits have each type, extension, year, folder and language.")
  boolean facets;

  @Option(
      names = "--facet",
      paramLabel = "DIM",
      description =
          "Print (and put in the JSON) only these facets (repeatable): type, ext, year, folder, lang,"
              + " person, location, organization, date_mentioned, year_mentioned, time, money, percent.")
  List<String> facetDims = new ArrayList<>();

  @Option(
      names = "--export",
      paramLabel = "FORMAT",
      description = "Export the hits (all of them unless --limit is given) with an exporter: csv, json, jsonl, html, xlsx … (see fahras export --list).")
  String exportFormat;

  @Option(names = "--out", paramLabel = "FILE", description = "Where --export writes; - for standard output.")
  String outFile;

  @Option(
      names = "--entity-table",
      description = "With --export: write the entity table instead (every entity of the hits, its type, the documents that mention it).")
  boolean entityTable;

  @Option(
      names = "--json",
      description = "Print one JSON object: query, total, hits (path, score, title, snippets …), didYouMean, facets.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request = request();
    BackendChoice backend = index.backend();
    Path indexDir = index.resolve();
    if (backend.isLocal() && (!Files.isDirectory(indexDir) || !AppPaths.looksLikeIndex(indexDir))) {
      err.println("fahras: no index at " + indexDir + "; run `fahras index PATH...` first");
      return 1;
    }
    IndexAnalysis analysis = context.analysis(err);
    if (exportFormat != null || outFile != null || entityTable) {
      return export(backend, indexDir, analysis, request, spec.commandLine().getOut(), err);
    }
    SearchResult result;
    try (Searcher search = open(context, backend, indexDir, analysis)) {
      result = search.search(request);
      warnIfStale(search, analysis, err);
    }
    if (!facetDims.isEmpty()) {
      result = onlyFacets(result, facetDims);
    }
    if (json) {
      out.println(Json.write(toJson(result, request.mode())));
    } else {
      printText(result, request.offset(), out, System.console() != null);
      if (facets || !facetDims.isEmpty()) {
        printFacets(result, out);
      }
    }
    out.flush();
    return 0;
  }

  /**
   * One line on standard error when the index was built with another text analysis than the one
   * installed now: some words cannot be found until it is indexed again.
   */
  /** The local index in a folder, or the chosen backend. */
  static Searcher open(AppContext context, BackendChoice backend, Path indexDir, IndexAnalysis analysis)
      throws IOException {
    if (backend.isLocal()) {
      return new SearchService(indexDir, analysis);
    }
    return new RemoteSearcher(context.openBackend(backend), analysis, true);
  }

  static void warnIfStale(Searcher search, IndexAnalysis analysis, PrintWriter err) {
    String built = search.staleAnalysis();
    if (built != null) {
      err.println(
          "fahras: note: this index was built with the analysis '" + built + "' and Fahras now analyses text as '"
              + analysis.signature() + "': run `fahras index` (or keep `fahras watch` running) to index it again;"
              + " until then some words are not found");
      err.flush();
    }
  }

  private int export(
      BackendChoice backend, Path indexDir, IndexAnalysis analysis, SearchRequest request, PrintWriter stdout, PrintWriter err)
      throws Exception {
    if (exportFormat == null || outFile == null) {
      err.println("fahras: exporting needs both --export FORMAT and --out FILE (--out - for standard output)");
      return 2;
    }
    ResultExporter exporter = null;
    List<String> ids = new ArrayList<>();
    for (ResultExporter e : context.host().extensions(ResultExporter.class)) {
      ids.add(e.id());
      if (e.id().equalsIgnoreCase(exportFormat.strip())) {
        exporter = e;
      }
    }
    if (exporter == null) {
      err.println(
          "fahras: no exporter '" + exportFormat + "'"
              + (ids.isEmpty() ? "; no exporter plugin is installed" : "; installed: " + String.join(", ", ids)));
      return 2;
    }
    boolean limited = spec.commandLine().getParseResult().hasMatchedOption("--limit");
    long max = limited ? limit : Long.MAX_VALUE;
    ResultExporter ex = exporter;
    Locale locale = Locale.getDefault();
    long[] written = new long[1];
    try (Searcher search = open(context, backend, indexDir, analysis)) {
      warnIfStale(search, analysis, err);
      ResultExport.FileBody body =
          o -> written[0] =
              entityTable
                  ? ResultExport.entityTable(search, request, max, ex, o, locale, ResultExport.Progress.NONE)
                  : ResultExport.hits(search, request, max, ex, o, locale, ResultExport.Progress.NONE);
      if (outFile.equals("-")) {
        stdout.flush();
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(Main.rawOut(), 1 << 16);
        body.write(buffered);
        buffered.flush();
      } else {
        Path target = Path.of(outFile).toAbsolutePath();
        ResultExport.toFile(target, body);
        err.println(
            "fahras: exported " + written[0] + (entityTable ? " entities" : written[0] == 1 ? " hit" : " hits")
                + " to " + target);
      }
    } catch (UnsupportedOperationException e) {
      err.println("fahras: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private SearchRequest request() {
    SortOrder order;
    try {
      order = SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--sort takes relevance, date or name, not '" + sort + "'");
    }
    SearchMode searchMode;
    try {
      searchMode = SearchMode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--mode takes normal, exact, vocalised or root, not '" + mode + "'");
    }
    SearchRequest r =
        new SearchRequest(
            String.join(" ", words), Map.of(), order, reverse, offset, limit, facets || json || !facetDims.isEmpty(), searchMode, nameVariants);
    for (String f : filters) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new ParameterException(spec.commandLine(), "--filter takes FIELD=VALUE, e.g. ext=pdf, not '" + f + "'");
      }
      r = r.withFilter(f.substring(0, eq).strip().toLowerCase(Locale.ROOT), f.substring(eq + 1).strip());
    }
    return r;
  }

  /** The result with only the named facet dimensions, in the order named (empty when none matched). */
  static SearchResult onlyFacets(SearchResult r, List<String> dims) {
    Map<String, List<FacetValue>> kept = new LinkedHashMap<>();
    for (String d : dims) {
      String dim = d.strip().toLowerCase(Locale.ROOT);
      kept.put(dim, r.facets().getOrDefault(dim, List.of()));
    }
    return new SearchResult(r.query(), r.total(), r.hits(), r.tookMillis(), kept, r.didYouMean());
  }

  static Map<String, Object> toJson(SearchResult r) {
    return toJson(r, SearchMode.NORMAL);
  }

  static Map<String, Object> toJson(SearchResult r, SearchMode mode) {
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
      m.put("modified", instant(h.modifiedMillis()));
      m.put("date", instant(h.dateMillis()));
      m.put("snippets", h.snippets());
      hits.add(m);
    }
    root.put("hits", hits);
    root.put("mode", mode.id());
    root.put("tookMs", r.tookMillis());
    root.put("didYouMean", r.didYouMean());
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets().forEach((dim, values) -> facets.put(dim, facetJson(values)));
    root.put("facets", facets);
    return root;
  }

  private static String instant(long millis) {
    return millis == 0 ? null : Instant.ofEpochMilli(millis).toString();
  }

  private static List<Object> facetJson(List<FacetValue> values) {
    List<Object> list = new ArrayList<>();
    for (FacetValue v : values) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", v.value());
      m.put("count", v.count());
      list.add(m);
    }
    return list;
  }

  /** Prints a result page; hits are numbered from {@code offset + 1}. */
  static void printText(SearchResult r, int offset, PrintWriter out, boolean ansi) {
    out.printf(
        "%d %s for \"%s\" (%d ms)%n",
        r.total(), r.total() == 1 ? "result" : "results", r.query(), r.tookMillis());
    if (r.didYouMean() != null) {
      out.println("Did you mean: " + r.didYouMean());
    }
    if (offset > 0 || r.hits().size() < r.total()) {
      out.printf(
          r.hits().isEmpty() ? "No hits past %d%n" : "Showing %d–%d%n",
          r.hits().isEmpty() ? offset : offset + 1,
          offset + r.hits().size());
    }
    int n = offset;
    for (SearchHit h : r.hits()) {
      out.println();
      out.printf("%d. %s%n", ++n, h.title());
      out.printf("   %s%n", h.path());
      for (String s : h.snippets()) {
        out.println("   … " + TextSnippets.render(s, ansi) + " …");
      }
    }
  }

  /** Prints a result's first page. */
  static void printText(SearchResult r, PrintWriter out, boolean ansi) {
    printText(r, 0, out, ansi);
  }

  /** Prints facet counts, one line per dimension: {@code ext: pdf (3), docx (1)}. */
  static void printFacets(SearchResult r, PrintWriter out) {
    if (r.facets().isEmpty()) {
      return;
    }
    out.println();
    out.println("Facets:");
    r.facets()
        .forEach(
            (dim, values) -> {
              List<String> parts = new ArrayList<>();
              values.forEach(v -> parts.add(v.value() + " (" + v.count() + ")"));
              out.printf("  %s: %s%n", dim, parts.isEmpty() ? "—" : String.join(", ", parts));
            });
  }
}
