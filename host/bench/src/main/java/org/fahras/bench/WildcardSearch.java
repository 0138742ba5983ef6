package org.fahras.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
          PageTimes t = PageTimes.measure(search, q, warm, runs);
          System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", q.replace("|", "\\|"), t.hits(), t.median(),
              t.p90());
        }
      }
    }
    System.exit(0);
  }
}
