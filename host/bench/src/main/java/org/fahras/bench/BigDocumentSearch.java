package org.fahras.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fahras.app.search.SearchService;

/**
 * Search latency when the hits are books: a page of ten hits, each a text of about a megabyte,
 * with snippets, as the command line and the window ask for it. The time goes into reading each
 * hit's stored fields and cutting its passages around every match, which grows with the size of
 * the text and the number of matches in it (the main benchmark's files are a few kilobytes).
 *
 * <p>The documents are the benchmark corpus's plain text joined and cut into {@code --docs} files
 * of {@code --doc-mb} MB, overlapping by half; indexed through the plugins as the command line
 * does. Each query is run {@code --warm} times unmeasured, then {@code --runs} times. Run with
 * {@code BENCH_MAIN=org.fahras.bench.BigDocumentSearch host/bench/run.sh [--work DIR]}.
 */
final class BigDocumentSearch {

  private static final List<String> QUERIES =
      List.of("الله", "الكتاب", "\"رب العالمين\"", "قال*", "الأرض والسماء", "مدينة");

  private BigDocumentSearch() {}

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    Path work = opts.work();
    Path plugins = opts.plugins();
    int docs = opts.integer("docs", 12);
    int docChars = (int) (opts.number("doc-mb", 1.0) * 1_000_000);
    int warm = opts.integer("warm", 5);
    int runs = opts.integer("runs", 21);
    Corpus corpus = opts.corpus();

    Path base = work.resolve("big-documents");
    CorpusGenerator.deleteTree(base);
    Path folder = Files.createDirectories(base.resolve("books"));
    StringBuilder all = new StringBuilder();
    long needed = (long) docChars * (docs + 1) / 2;
    for (Path f : corpus.plainFiles()) {
      if (all.length() >= needed) {
        break;
      }
      all.append(RawLuceneBaseline.decode(Files.readAllBytes(f))).append('\n');
    }
    if (all.length() < needed) {
      throw new IllegalStateException("the corpus has " + all.length() + " characters, " + needed + " are needed");
    }
    for (int i = 0; i < docs; i++) {
      int from = i * docChars / 2;
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "book-%02d.txt", i)), all.substring(from, from + docChars),
          StandardCharsets.UTF_8);
    }

    try (FahrasPipeline fahras = new FahrasPipeline(plugins, work.resolve("plugin-cache"))) {
      fahras.index(base.resolve("index"), List.of(folder), 2);
      System.out.printf(Locale.ROOT, "# Search on big documents: %d texts of %.1f MB (%d characters each)%n%n", docs,
          docChars / 1e6, docChars);
      System.out.printf(Locale.ROOT, "Top 10 with snippets, %d warm-up runs, then %d runs; milliseconds.%n%n", warm, runs);
      System.out.println("| query | hits | median ms | p90 ms | max ms |");
      System.out.println("|---|---|---|---|---|");
      try (SearchService search = fahras.search(base.resolve("index"))) {
        for (String q : QUERIES) {
          PageTimes t = PageTimes.measure(search, q, warm, runs);
          System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", q.replace("|", "\\|"), t.hits(),
              t.median(), t.p90(), t.max());
        }
      }
    }
    CorpusGenerator.deleteTree(base);
    System.exit(0);
  }
}
