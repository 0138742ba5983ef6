package org.fahras.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.search.SearchService;

/**
 * The benchmark: generates the corpus, then in one JVM measures the raw-Lucene baseline and the
 * Fahras pipeline (packaged plugins through {@code Indexer}) with 1 and 2 threads, the no-change
 * re-run, warm query latency through {@code SearchService}, the mixed-format corpus, a per-stage
 * breakdown, and (in a child JVM with {@code -Xmx256m}) the heap indexing needs. Prints a
 * Markdown report and writes it to {@code WORK/results.md}.
 *
 * <p>Options (all optional): {@code --work DIR --repo DIR --plugins DIR --runs N --files N --mb N
 * --mixed-per-format N --queries N --seed N --heap-xmx SIZE --no-heap --no-mixed}.
 */
public final class Main {

  private final BenchOptions opts;
  private final StringBuilder report = new StringBuilder();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private Main(BenchOptions opts) {
    this.opts = opts;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    new Main(opts).run();
  }

  private String opt(String name, String dflt) {
    return opts.get(name, dflt);
  }

  private int intOpt(String name, int dflt) {
    return Integer.parseInt(opt(name, Integer.toString(dflt)));
  }

  private void run() throws Exception {
    Path repo = Path.of(opt("repo", ".")).toAbsolutePath().normalize();
    Path work = Path.of(opt("work", repo.resolve("host/bench/target/bench-work").toString())).toAbsolutePath();
    Path plugins = Path.of(opt("plugins", repo.resolve("host/bench/target/bench-plugins").toString())).toAbsolutePath();
    int runs = intOpt("runs", 3);
    int queries = intOpt("queries", 1000);
    var spec =
        new CorpusGenerator.Spec(
            Long.parseLong(opt("seed", "20260302")),
            intOpt("files", 5000),
            intOpt("mb", 30) * 1_000_000L,
            intOpt("mixed-per-format", 45));

    log("generating corpus in " + work.resolve("corpus") + " …");
    long tg = System.nanoTime();
    Corpus corpus = new CorpusGenerator(spec, repo, work.resolve("npm-cache")).generate(work.resolve("corpus"));
    log(String.format(Locale.ROOT, "corpus ready in %.1f s: %d plain files, %.1f MB", secs(System.nanoTime() - tg),
        corpus.plainFiles().size(), corpus.plainBytes() / 1e6));

    machine(corpus, spec, runs);
    Path idx = work.resolve("indexes");
    Path pluginCache = work.resolve("plugin-cache");
    try (FahrasPipeline fahras = new FahrasPipeline(plugins, pluginCache)) {
      line("Plugin host start (unpack check, PF4J, Tika set-up): %.2f s%n", secs(fahras.startNanos));
      warmUp(corpus, fahras, idx);
      plainText(corpus, fahras, idx, runs, queries, spec.seed());
      if (!opts.has("no-mixed")) {
        mixed(corpus, fahras, idx, runs);
      }
      breakdown(corpus, fahras);
    }
    if (!opts.has("no-heap")) {
      heap(corpus, plugins, pluginCache, idx.resolve("heap"), opt("heap-xmx", "256m"));
    }
    Path out = work.resolve("results.md");
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    log("report written to " + out);
  }

  // ---- sections -----------------------------------------------------------------------------

  private void machine(Corpus corpus, CorpusGenerator.Spec spec, int runs) throws Exception {
    line("## Run%n%n");
    line("- machine: %d cores, %s %s, %.1f GB RAM; JVM %s %s, max heap %.0f MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        os.getTotalMemorySize() / 1e9, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1048576.0);
    line("- corpus: %d plain-text files, %.1f MB (seed %d); mixed: %s%n", corpus.plainFiles().size(),
        corpus.plainBytes() / 1e6, spec.seed(), mixedSummary(corpus));
    line("- repetitions: %d (figures are median (min–max))%n%n", runs);
  }

  private static String mixedSummary(Corpus corpus) throws Exception {
    List<String> parts = new ArrayList<>();
    int n = 0;
    long bytes = 0;
    for (var e : corpus.mixed().entrySet()) {
      parts.add(e.getValue().size() + " " + e.getKey());
      n += e.getValue().size();
      bytes += Corpus.bytes(e.getValue());
    }
    return String.format(Locale.ROOT, "%d files, %.1f MB (%s)", n, bytes / 1e6, String.join(", ", parts));
  }

  /**
   * Compiles the hot paths of both sides before anything is measured: {@code --warmup N} passes
   * (3 unless given) over the whole plain-text corpus by raw Lucene and by Fahras with and without
   * entity recognition, then 300 queries. Fahras has far more code than raw Lucene (parsers,
   * analysis, recogniser, the host's indexing), and the JIT compiler keeps working on it through
   * the first five or six passes (its C2 thread takes 1–2 s of CPU in each of the third and
   * fourth, 0.1 s from the seventh on: {@code IndexCpu}); measured before that, Fahras would be
   * judged by its compilation as much as by its work, and on two threads the compiler takes a core
   * from it.
   */
  private void warmUp(Corpus corpus, FahrasPipeline fahras, Path idx) throws Exception {
    int passes = Math.max(1, intOpt("warmup", 3)); // the queries below search the last pass's index
    for (int pass = 1; pass <= passes; pass++) {
      log(String.format(Locale.ROOT, "warm-up, pass %d of %d …", pass, passes));
      RawLuceneBaseline.index(corpus.plainFiles(), idx.resolve("warm-raw"), 2);
      for (boolean entities : new boolean[] {false, true}) {
        CorpusGenerator.deleteTree(idx.resolve("warm-fahras"));
        fahras.index(idx.resolve("warm-fahras"), List.of(corpus.plainDir()), 2, entities);
      }
    }
    List<Path> some = corpus.plainFiles().subList(0, Math.min(1500, corpus.plainFiles().size()));
    try (SearchService s = fahras.search(idx.resolve("warm-fahras"))) {
      QueryBench.run(s, QueryBench.queries(some, 300, 1, fahras.analysis.indexAnalyzer()));
    }
  }

  private void plainText(Corpus corpus, FahrasPipeline fahras, Path idx, int runs, int nQueries, long seed)
      throws Exception {
    double mb = corpus.plainBytes() / 1e6;
    int files = corpus.plainFiles().size();
    double[][] raw = new double[3][runs];
    double[][] fah = new double[3][runs];
    double[][] plain = new double[3][runs];
    double[][] plainCpu = new double[3][runs];
    double[][] fahCpu = new double[3][runs];
    double[][] rawCpu = new double[3][runs];
    double[][] rerun = new double[3][runs];
    double[] peakHeap = new double[runs];
    double[] indexMb = new double[runs];
    double[] rawIndexMb = new double[runs];
    double[][] lat = new double[4][runs];
    double[] empty = new double[runs];
    List<String> queries = QueryBench.queries(corpus.plainFiles(), nQueries, seed, fahras.analysis.indexAnalyzer());
    List<String> warmQueries = QueryBench.queries(corpus.plainFiles(), 300, seed + 1, fahras.analysis.indexAnalyzer());
    for (int r = 0; r < runs; r++) {
      for (int threads = 1; threads <= 2; threads++) {
        System.gc();
        long cpu = os.getProcessCpuTime();
        long ns = RawLuceneBaseline.index(corpus.plainFiles(), idx.resolve("raw"), threads);
        rawCpu[threads][r] = secs(os.getProcessCpuTime() - cpu);
        raw[threads][r] = secs(ns);
        rawIndexMb[r] = dirMb(idx.resolve("raw"));
        log(String.format(Locale.ROOT, "run %d: raw Lucene, %d thread(s): %.2f s", r + 1, threads, raw[threads][r]));

        boolean withoutFirst = r % 2 == 1; // alternate the order: page cache and JIT favour the second
        for (int variant = 0; variant < 2; variant++) {
          if ((variant == 0) != withoutFirst) {
            Path index = idx.resolve("fahras-" + threads);
            CorpusGenerator.deleteTree(index);
            System.gc();
            HeapProbe.resetPeaks();
            cpu = os.getProcessCpuTime();
            IndexRunResult first = fahras.index(index, List.of(corpus.plainDir()), threads);
            fahCpu[threads][r] = secs(os.getProcessCpuTime() - cpu);
            fah[threads][r] = secs(first.took().toNanos());
            peakHeap[r] = Math.max(peakHeap[r], HeapProbe.peakHeapUsed() / 1048576.0);
            check(first.added() == files && first.failed() == 0, "first run: " + first);
            IndexRunResult again = fahras.index(index, List.of(corpus.plainDir()), threads);
            check(again.unchanged() == files, "re-run: " + again);
            rerun[threads][r] = secs(again.took().toNanos());
            indexMb[r] = dirMb(index);
            log(String.format(Locale.ROOT, "run %d: Fahras, %d thread(s): %.2f s, no-change re-run %.3f s",
                r + 1, threads, fah[threads][r], rerun[threads][r]));
          } else {
            Path noEntities = idx.resolve("fahras-no-entities-" + threads);
            CorpusGenerator.deleteTree(noEntities);
            System.gc();
            cpu = os.getProcessCpuTime();
            IndexRunResult bare = fahras.index(noEntities, List.of(corpus.plainDir()), threads, false);
            plainCpu[threads][r] = secs(os.getProcessCpuTime() - cpu);
            plain[threads][r] = secs(bare.took().toNanos());
            check(bare.added() == files && bare.failed() == 0, "first run without entities: " + bare);
            log(String.format(Locale.ROOT, "run %d: Fahras without entity recognition, %d thread(s): %.2f s",
                r + 1, threads, plain[threads][r]));
          }
        }
      }
      try (SearchService s = fahras.search(idx.resolve("fahras-2"))) {
        QueryBench.run(s, warmQueries);
        QueryBench.Result q = QueryBench.run(s, queries);
        lat[0][r] = Stats.percentile(q.millis(), 50);
        lat[1][r] = Stats.percentile(q.millis(), 95);
        lat[2][r] = Stats.percentile(q.millis(), 99);
        lat[3][r] = Stats.max(q.millis());
        empty[r] = q.empty();
        log(String.format(Locale.ROOT, "run %d: queries p50 %.2f p95 %.2f p99 %.2f max %.1f ms; %d found nothing; %.1f hits/query",
            r + 1, lat[0][r], lat[1][r], lat[2][r], lat[3][r], q.empty(), q.meanHits()));
      }
    }

    line("## Plain text (%d files, %.1f MB)%n%n", files, mb);
    line("| measurement | threads | time s | MB/s | files/s | CPU s | vs raw Lucene |%n|---|---|---|---|---|---|---|%n");
    for (int threads = 1; threads <= 2; threads++) {
      line("| raw Lucene (ArabicAnalyzer) | %d | %s | %s | %s | %s | 100%% |%n", threads,
          Stats.spread(raw[threads], 2), Stats.spread(div(mb, raw[threads]), 1),
          Stats.spread(div(files, raw[threads]), 0), Stats.spread(rawCpu[threads], 1));
      line("| Fahras first run (plugins) | %d | %s | %s | %s | %s | %s |%n", threads,
          Stats.spread(fah[threads], 2), Stats.spread(div(mb, fah[threads]), 1),
          Stats.spread(div(files, fah[threads]), 0), Stats.spread(fahCpu[threads], 1),
          pct(ratio(raw[threads], fah[threads])));
      line("| Fahras without entity recognition | %d | %s | %s | %s | %s | %s |%n", threads,
          Stats.spread(plain[threads], 2), Stats.spread(div(mb, plain[threads]), 1),
          Stats.spread(div(files, plain[threads]), 0), Stats.spread(plainCpu[threads], 1),
          pct(ratio(raw[threads], plain[threads])));
    }
    line("%nEntity recognition slows the first run by %s (1 thread) and %s (2 threads): time with it over"
        + " time without, minus one (the two runs alternate in order across repetitions); in CPU seconds,"
        + " by %s and %s.%n", pct(minusOne(ratio(fah[1], plain[1]))), pct(minusOne(ratio(fah[2], plain[2]))),
        pct(minusOne(ratio(fahCpu[1], plainCpu[1]))), pct(minusOne(ratio(fahCpu[2], plainCpu[2]))));
    line("%n| no-change re-run | threads | time s | vs first run |%n|---|---|---|---|%n");
    for (int threads = 1; threads <= 2; threads++) {
      line("| %d files unchanged | %d | %s | %s |%n", files, threads, Stats.spread(rerun[threads], 3),
          pct(ratio(rerun[threads], fah[threads])));
    }
    line("%n| query latency, %d queries, top 10 with snippets, warm | ms |%n|---|---|%n", nQueries);
    line("| p50 | %s |%n| p95 | %s |%n| p99 | %s |%n| max | %s |%n", Stats.spread(lat[0], 2),
        Stats.spread(lat[1], 2), Stats.spread(lat[2], 2), Stats.spread(lat[3], 1));
    line("| queries with no hit | %s |%n%n", Stats.spread(empty, 0));
    line("Index size: Fahras %s MB, raw Lucene %s MB. Peak heap used in this JVM during a Fahras run: %s MB.%n%n",
        Stats.spread(indexMb, 1), Stats.spread(rawIndexMb, 1), Stats.spread(peakHeap, 0));
  }

  private void mixed(Corpus corpus, FahrasPipeline fahras, Path idx, int runs) throws Exception {
    line("## Mixed formats (Fahras, 2 threads, each format into its own new index)%n%n");
    line("| format | files | MB | time s | files/s | MB/s | failed |%n|---|---|---|---|---|---|---|%n");
    for (var e : corpus.mixed().entrySet()) {
      double[] t = new double[runs];
      int failed = 0;
      for (int r = 0; r < runs; r++) {
        Path index = idx.resolve("mixed-" + e.getKey());
        CorpusGenerator.deleteTree(index);
        IndexRunResult res = fahras.index(index, List.of(corpus.mixedDir().resolve(e.getKey())), 2);
        t[r] = secs(res.took().toNanos());
        failed = res.failed();
      }
      double mb = Corpus.bytes(e.getValue()) / 1e6;
      int n = e.getValue().size();
      line("| %s | %d | %.2f | %s | %s | %s | %d |%n", e.getKey(), n, mb, Stats.spread(t, 2),
          Stats.spread(div(n, t), 0), Stats.spread(div(mb, t), 2), failed);
      log("mixed " + e.getKey() + " done");
    }
    line("%n");
  }

  private void breakdown(Corpus corpus, FahrasPipeline fahras) throws Exception {
    log("stage breakdown …");
    StageBreakdown.measure(corpus.plainFiles(), fahras); // warm
    Map<String, Long> stages = StageBreakdown.measure(corpus.plainFiles(), fahras);
    double mb = corpus.plainBytes() / 1e6;
    line("## Stage breakdown (plain text, one thread, each stage alone over all files)%n%n");
    line("| stage | time s | MB/s |%n|---|---|---|%n");
    for (var e : stages.entrySet()) {
      line("| %s | %.2f | %.1f |%n", e.getKey(), secs(e.getValue()), mb / secs(e.getValue()));
    }
    line("%n");
  }

  private void heap(Corpus corpus, Path plugins, Path cache, Path index, String xmx) throws Exception {
    log("heap probe with -Xmx" + xmx + " …");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Dfile.encoding=UTF-8",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
        "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        plugins.toString(), cache.toString(), index.toString(), "2", corpus.plainDir().toString()));
    if (!opts.has("no-mixed")) {
      cmd.add(corpus.mixedDir().toString());
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.startsWith("HEAP ")) {
          result = l.substring(5);
        }
      }
    }
    int code = p.waitFor();
    line("## Heap (child JVM, -Xmx%s, plain + mixed corpus, 2 threads, new index)%n%n", xmx);
    line("`%s` (exit code %d)%n%n", result == null ? "no result" : result, code);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args));
  }

  private static void log(String s) {
    System.err.println("bench: " + s);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected outcome: " + what);
    }
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private static double[] div(double x, double[] ys) {
    double[] r = new double[ys.length];
    for (int i = 0; i < ys.length; i++) {
      r[i] = x / ys[i];
    }
    return r;
  }

  /** Per-repetition ratios a[i] / b[i]. */
  private static double[] ratio(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    return r;
  }

  /** Per-repetition {@code r - 1} (a slowdown from a time ratio). */
  private static double[] minusOne(double[] r) {
    double[] out = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      out[i] = r[i] - 1;
    }
    return out;
  }

  private static String pct(double[] ratios) {
    double[] p = new double[ratios.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = ratios[i] * 100;
    }
    return Stats.spread(p, 0) + " %";
  }

  private static double dirMb(Path dir) throws Exception {
    return Corpus.bytes(Corpus.files(dir)) / 1e6;
  }
}
