package org.fahras.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.backend.IndexBackend;
import org.fahras.api.backend.IndexBackendProvider;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;
import org.fahras.app.search.RemoteSearcher;
import org.fahras.app.search.SearchService;
import org.fahras.app.search.Searcher;

/**
 * Local index against SolrCloud, both through the host as the command line drives them: the
 * benchmark corpus parsed by the packaged plugins and indexed by {@link Indexer} into the local
 * index, and into a SolrCloud collection through the {@code solrcloud} plugin's backend
 * ({@code fahras index --backend solrcloud}); then the same queries through {@link SearchService}
 * and through {@link RemoteSearcher}.
 *
 * <p>The cluster is a {@link MiniSolrCloudCluster} (two Solr nodes and ZooKeeper) inside this JVM,
 * on the same machine as the indexer: the figures show what the cluster's protocol, replication
 * and remote highlighting cost, not what more machines gain. Run with {@code
 * host/bench/run-solrcloud.sh}; see docs/scale-out.md.
 */
public final class SolrCloudBench {

  private final BenchOptions opts;
  private final StringBuilder report = new StringBuilder();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SolrCloudBench(BenchOptions opts) {
    this.opts = opts;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    new SolrCloudBench(opts).run();
    // Solr and ZooKeeper leave non-daemon threads behind after shutdown.
    System.exit(0);
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
    Path target = repo.resolve("host/bench/target");
    Path plugins = work.resolve("solr-bench-plugins");
    int runs = intOpt("runs", 3);
    int threads = intOpt("threads", 2);
    int shards = intOpt("shards", 2);
    int replicas = intOpt("replicas", 2);
    int nQueries = intOpt("queries", 1000);
    var spec =
        new CorpusGenerator.Spec(
            Long.parseLong(opt("seed", "20260302")), intOpt("files", 5000), intOpt("mb", 30) * 1_000_000L, 45);

    // The packaged plugins the distribution ships, and the SolrCloud plugin.
    CorpusGenerator.deleteTree(plugins);
    Files.createDirectories(plugins);
    for (Path dir : List.of(target.resolve("bench-plugins"), target.resolve("bench-solr-plugins"))) {
      for (Path zip : Corpus.files(dir)) {
        Files.copy(zip, plugins.resolve(zip.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }

    log("generating corpus in " + work.resolve("corpus") + " …");
    Corpus corpus = new CorpusGenerator(spec, repo, work.resolve("npm-cache")).generate(work.resolve("corpus"));
    double mb = corpus.plainBytes() / 1e6;
    int files = corpus.plainFiles().size();
    line("# Local index against SolrCloud%n%n");
    line("Machine: %d cores, %s, Java %s; load average at start %.1f.%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"), System.getProperty("java.version"), os.getSystemLoadAverage());
    line("Corpus: %d plain-text files, %.1f MB (seed %d). Cluster: MiniSolrCloudCluster, 2 Solr nodes + ZooKeeper in"
        + " this JVM; collection of %d shard(s) × %d replica(s). Indexing with %d parse thread(s), entity recognition"
        + " on (as `fahras index`). Median (min–max) of %d run(s).%n%n", files, mb, spec.seed(), shards, replicas,
        threads, runs);

    Path base = work.resolve("solr-bench");
    CorpusGenerator.deleteTree(base);
    Files.createDirectories(base);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, base.resolve("cluster")).build();
    try (FahrasPipeline fahras = new FahrasPipeline(plugins, work.resolve("plugin-cache-solr"))) {
      List<IndexBackendProvider> providers = fahras.host.extensions(IndexBackendProvider.class);
      if (providers.isEmpty()) {
        throw new IllegalStateException("the solrcloud plugin is not in " + plugins);
      }
      IndexBackendProvider provider = providers.get(0);
      String zk = cluster.getZkServer().getZkAddress();

      double[] local = new double[runs];
      double[] localCpu = new double[runs];
      double[] solr = new double[runs];
      double[] solrCpu = new double[runs];
      double[] localRerun = new double[runs];
      double[] solrRerun = new double[runs];
      double[][] localLat = new double[3][runs];
      double[][] solrLat = new double[3][runs];
      long[] solrDocs = new long[runs];
      List<String> queries =
          QueryBench.queries(corpus.plainFiles(), nQueries, spec.seed(), fahras.analysis.indexAnalyzer());
      List<String> warm = QueryBench.queries(corpus.plainFiles(), 200, spec.seed() + 1, fahras.analysis.indexAnalyzer());

      // Warm-up: JIT, the plugins' first files, the cluster's first collection.
      Path warmIndex = base.resolve("warm-local");
      List<Path> some = corpus.plainFiles().subList(0, Math.min(800, files));
      index(fahras, warmIndex, some, threads, null);
      try (IndexBackend b = provider.open(settings(zk, "warm", shards, replicas))) {
        index(fahras, base.resolve("warm-catalogue"), some, threads, b);
      }

      for (int r = 0; r < runs; r++) {
        Path localIndex = base.resolve("local-" + r);
        Path catalogue = base.resolve("catalogue-" + r);
        System.gc();
        long cpu = os.getProcessCpuTime();
        IndexRunResult l = index(fahras, localIndex, List.of(corpus.plainDir()), threads, null);
        localCpu[r] = secs(os.getProcessCpuTime() - cpu);
        local[r] = secs(l.took().toNanos());
        check(l.added() == files && l.failed() == 0, "local run: " + l);
        localRerun[r] = secs(index(fahras, localIndex, List.of(corpus.plainDir()), threads, null).took().toNanos());
        log(String.format(Locale.ROOT, "run %d: local %.2f s", r + 1, local[r]));

        try (IndexBackend backend = provider.open(settings(zk, "bench" + r, shards, replicas))) {
          System.gc();
          cpu = os.getProcessCpuTime();
          IndexRunResult s = index(fahras, catalogue, List.of(corpus.plainDir()), threads, backend);
          solrCpu[r] = secs(os.getProcessCpuTime() - cpu);
          solr[r] = secs(s.took().toNanos());
          check(s.added() == files && s.failed() == 0, "SolrCloud run: " + s);
          IndexRunResult again = index(fahras, catalogue, List.of(corpus.plainDir()), threads, backend);
          check(again.unchanged() == files, "SolrCloud re-run: " + again);
          solrRerun[r] = secs(again.took().toNanos());
          solrDocs[r] = backend.documentCount();
          check(solrDocs[r] == files, "SolrCloud holds " + solrDocs[r] + " documents, not " + files);
          log(String.format(Locale.ROOT, "run %d: SolrCloud %.2f s", r + 1, solr[r]));

          try (Searcher localSearch = fahras.search(localIndex);
              Searcher remote = new RemoteSearcher(backend, fahras.analysis, false)) {
            QueryBench.run(localSearch, warm);
            QueryBench.run(remote, warm);
            // Alternate which side goes first in each run.
            QueryBench.Result lq;
            QueryBench.Result sq;
            if (r % 2 == 0) {
              lq = QueryBench.run(localSearch, queries);
              sq = QueryBench.run(remote, queries);
            } else {
              sq = QueryBench.run(remote, queries);
              lq = QueryBench.run(localSearch, queries);
            }
            check(lq.empty() == sq.empty(), "queries with no hit: local " + lq.empty() + ", SolrCloud " + sq.empty());
            for (int i = 0; i < 3; i++) {
              double p = i == 0 ? 50 : i == 1 ? 95 : 99;
              localLat[i][r] = Stats.percentile(lq.millis(), p);
              solrLat[i][r] = Stats.percentile(sq.millis(), p);
            }
          }
        }
        CorpusGenerator.deleteTree(localIndex);
        CorpusGenerator.deleteTree(catalogue);
      }

      line("| indexing (first run) | time s | MB/s | files/s | CPU s (this JVM: indexer and cluster) | vs local |%n");
      line("|---|---|---|---|---|---|%n");
      line("| local index | %s | %s | %s | %s | 100 %% |%n", Stats.spread(local, 2), Stats.spread(div(mb, local), 1),
          Stats.spread(div(files, local), 0), Stats.spread(localCpu, 1));
      line("| SolrCloud | %s | %s | %s | %s | %s %% |%n", Stats.spread(solr, 2), Stats.spread(div(mb, solr), 1),
          Stats.spread(div(files, solr), 0), Stats.spread(solrCpu, 1), Stats.spread(ratio(local, solr), 0));
      line("| no-change re-run, local | %s | | | | |%n", Stats.spread(localRerun, 3));
      line("| no-change re-run, SolrCloud | %s | | | | |%n%n", Stats.spread(solrRerun, 3));
      line("| query latency ms (%d queries, top 10 with snippets, warm) | local | SolrCloud |%n", nQueries);
      line("|---|---|---|%n");
      line("| p50 | %s | %s |%n", Stats.spread(localLat[0], 2), Stats.spread(solrLat[0], 2));
      line("| p95 | %s | %s |%n", Stats.spread(localLat[1], 2), Stats.spread(solrLat[1], 2));
      line("| p99 | %s | %s |%n", Stats.spread(localLat[2], 2), Stats.spread(solrLat[2], 2));
    } finally {
      cluster.shutdown();
    }
    Path out = work.resolve("solrcloud-results.md");
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    log("report written to " + out);
  }

  private static Map<String, String> settings(String zk, String collection, int shards, int replicas) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("zk", zk);
    s.put("collection", collection);
    s.put("shards", Integer.toString(shards));
    s.put("replicas", Integer.toString(replicas));
    return s;
  }

  /** One run as `fahras index` makes it, into the local index or (with a backend) the cluster. */
  private static IndexRunResult index(
      FahrasPipeline fahras, Path indexDir, List<Path> roots, int threads, IndexBackend backend) throws IOException {
    Indexer indexer =
        new Indexer(
            indexDir,
            fahras.analysis,
            fahras.host.extensions(DocumentParser.class),
            fahras.host::pluginIdOf,
            fahras.host.pluginsDir(),
            threads);
    AtomicInteger shown = new AtomicInteger();
    return indexer.withBackend(backend).run(roots, new IndexListener() {
      @Override
      public void failed(Path file, DocumentParseException.Reason reason, String message) {
        if (shown.incrementAndGet() <= 5) {
          System.err.println("bench: failed " + file + ": " + reason + ": " + message);
        }
      }
    });
  }

  private static double[] div(double x, double[] ys) {
    double[] out = new double[ys.length];
    for (int i = 0; i < ys.length; i++) {
      out[i] = x / ys[i];
    }
    return out;
  }

  /** Throughput of {@code other} as a percentage of {@code base}'s, run by run. */
  private static double[] ratio(double[] base, double[] other) {
    double[] out = new double[base.length];
    for (int i = 0; i < base.length; i++) {
      out[i] = 100 * base[i] / other[i];
    }
    return out;
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args));
  }

  private static void log(String s) {
    System.err.println("bench: " + s);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("benchmark check failed: " + what);
    }
  }
}
