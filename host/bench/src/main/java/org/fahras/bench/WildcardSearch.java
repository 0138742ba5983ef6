package org.fahras.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;

/**
 * Wildcard, fuzzy and word queries on the plain-text benchmark corpus (5,000 files): top 10 with
 * snippets, warm. The index is the main benchmark's two-thread index when it exists
 * ({@code WORK/indexes/fahras-2}), else one made here. Run with {@code
 * BENCH_MAIN=org.fahras.bench.WildcardSearch host/bench/run.sh [--work DIR] [--runs N]}.
 */
final class WildcardSearch {

  private static final List<String> QUERIES =
      List.of("الله", "كتاب الله", "قال*", "وزير*", "مدين?", "كتا?", "مدينه~1", "وزير* OR قال*", "كت*", "ال*", "*ون");

  private WildcardSearch() {}

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    Path work = opts.work();
    int warm = opts.integer("warm", 10);
    int runs = opts.integer("runs", 21);
    Path index = work.resolve("indexes").resolve("fahras-2");
    try (FahrasPipeline fahras = new FahrasPipeline(opts.plugins(), work.resolve("plugin-cache"))) {
      if (!Files.isDirectory(index)) {
        Corpus corpus = opts.corpus();
        fahras.index(index, List.of(corpus.plainDir()), 2);
      }
      System.out.printf(Locale.ROOT, "# Wildcard and fuzzy words: top 10 with snippets, %d warm-up runs, then %d runs%n%n",
          warm, runs);
      System.out.println("| query | hits | median ms | p90 ms |");
      System.out.println("|---|---|---|---|");
      try (SearchService search = fahras.search(index)) {
        for (String q : QUERIES) {
          SearchRequest request = SearchRequest.of(q).page(0, 10);
          long total = 0;
          for (int i = 0; i < warm; i++) {
            total = search.search(request).total();
          }
          double[] ms = new double[runs];
          for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            SearchResult r = search.search(request);
            ms[i] = (System.nanoTime() - t) / 1e6;
            total = r.total();
          }
          Arrays.sort(ms);
          System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", q.replace("|", "\\|"), total, ms[runs / 2],
              ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.9) - 1)]);
        }
      }
    }
    System.exit(0);
  }
}
