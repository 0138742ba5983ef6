package org.fahras.bench.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.Configurable;
import org.fahras.api.DocumentParser;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.Indexer;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchMode;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchService;
import org.fahras.app.search.SortOrder;

/**
 * Retrieval-quality evaluation (issue #5, item 4): MRR@10 and recall@10 of a small hand-written
 * Arabic paragraph/query set, word-form pair agreement, and analysis throughput, for Lucene's
 * {@link StandardAnalyzer}, Lucene's stock {@link ArabicAnalyzer} and Fahras through the packaged
 * arabic-analysis plugin ({@link PluginHost}, {@link Indexer}, {@link SearchService}: the CLI's
 * path). Prints a Markdown report and writes it to {@code WORK/eval-results.md}. See
 * docs/arabic-analysis.md.
 *
 * <p>Options: {@code --repo DIR --plugins DIR --work DIR --mb N (20) --runs N (3)}.
 */
public final class RetrievalEval {

  private static final String RES = "/org/fahras/bench/eval/";
  private static final int K = 10;

  record Para(String id, String text) {}

  /** A query, its relevant paragraphs, and the subset it belongs to (third TSV column, default "original"). */
  record Query(String text, Set<String> relevant, String subset) {}

  record Pair(String a, String b, boolean match) {}

  /** Ranked ids of a query's top K. */
  interface Engine {
    List<String> top(String query) throws Exception;
  }

  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      opts.put(args[i].replaceFirst("^--", ""), flag ? "true" : args[++i]);
    }
    new RetrievalEval().run(opts);
  }

  private void run(Map<String, String> opts) throws Exception {
    Path repo = Path.of(opts.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    Path work = Path.of(opts.getOrDefault("work", repo.resolve("host/bench/target/eval-work").toString())).toAbsolutePath();
    Path plugins = Path.of(opts.getOrDefault("plugins", repo.resolve("host/bench/target/bench-plugins").toString())).toAbsolutePath();
    double mb = Double.parseDouble(opts.getOrDefault("mb", "20"));
    int runs = Integer.parseInt(opts.getOrDefault("runs", "3"));

    List<Para> paras = new ArrayList<>();
    for (String[] f : tsv("paragraphs.tsv")) {
      paras.add(new Para(f[0], f[1]));
    }
    List<Query> queries = new ArrayList<>();
    for (String[] f : tsv("queries.tsv")) {
      queries.add(new Query(f[0], Set.of(f[1].split(",")), f.length > 2 ? f[2].strip() : "original"));
    }
    List<Pair> pairs = new ArrayList<>();
    for (String[] f : tsv("pairs.tsv")) {
      pairs.add(new Pair(f[0], f[1], f[2].equals("match")));
    }
    line("# Retrieval evaluation%n%n%d paragraphs, %d queries, %d must-match and %d must-not-match pairs; "
            + "JVM %s; %d cores.%n%n", paras.size(), queries.size(), pairs.stream().filter(Pair::match).count(),
        pairs.stream().filter(p -> !p.match()).count(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());

    // ---- Fahras through the packaged plugins ----
    Files.createDirectories(work);
    Path corpus = work.resolve("paragraphs");
    deleteTree(corpus);
    Files.createDirectories(corpus);
    for (Para p : paras) {
      Files.writeString(corpus.resolve(p.id() + ".txt"), p.text() + "\n", StandardCharsets.UTF_8);
    }
    Path index = work.resolve("fahras-index");
    deleteTree(index);
    PluginHost host = PluginHost.start(plugins, work.resolve("plugin-cache"), false);
    try {
      IndexAnalysis analysis = IndexAnalysis.from(host.extensions(AnalyzerProvider.class));
      if (analysis.isFallback() || host.extensions(DocumentParser.class).isEmpty()) {
        throw new IllegalStateException("plugins missing in " + plugins + ": " + host.plugins());
      }
      var result =
          new Indexer(index, analysis, host.extensions(DocumentParser.class), host::pluginIdOf, host.pluginsDir(), 1)
              .run(List.of(corpus), new IndexListener() {});
      log("Fahras index: " + result);
      line("Fahras analysis: `%s` (fields %s).%n%n", analysis.signature(), analysis.fields());

      // A second index with the optional ROOT field switched on, for the root search mode.
      AnalyzerProvider arabic = host.extensions(AnalyzerProvider.class).stream()
          .filter(p -> p.id().equals("arabic")).findFirst().orElseThrow();
      if (arabic instanceof Configurable c) {
        c.configure(Map.of("rootField", "true"));
      }
      IndexAnalysis rootAnalysis = IndexAnalysis.from(List.of(arabic));
      Path rootIndex = work.resolve("fahras-index-root");
      deleteTree(rootIndex);
      new Indexer(rootIndex, rootAnalysis, host.extensions(DocumentParser.class), host::pluginIdOf, host.pluginsDir(), 1)
          .run(List.of(corpus), new IndexListener() {});

      Map<String, AF> pairAnalyzers = new LinkedHashMap<>();
      Map<String, Engine> engines = new LinkedHashMap<>();
      try (StandardAnalyzer std = new StandardAnalyzer();
          ArabicAnalyzer ar = new ArabicAnalyzer();
          SearchService search = new SearchService(index, analysis);
          SearchService rootSearch = new SearchService(rootIndex, rootAnalysis)) {
        engines.put("Lucene StandardAnalyzer", lucene(std, paras));
        engines.put("Lucene ArabicAnalyzer", lucene(ar, paras));
        engines.put("Fahras (arabic-analysis plugin)", fahras(search, SearchMode.NORMAL, false));
        engines.put("Fahras + name variants", fahras(search, SearchMode.NORMAL, true));
        engines.put("Fahras root mode", fahras(rootSearch, SearchMode.ROOT, false));
        pairAnalyzers.put("Lucene StandardAnalyzer", new AF(std, "body"));
        pairAnalyzers.put("Lucene ArabicAnalyzer", new AF(ar, "body"));
        // Query analysis: the words as the search compares them (stems; exact forms). The index
        // analysis may write more per word (the compact layout's stem-and-surface terms).
        pairAnalyzers.put("Fahras (arabic-analysis plugin)", new AF(analysis.queryAnalyzer(), "body"));
        AF exact = new AF(analysis.queryAnalyzer(), "body_exact");

        // ---- retrieval ----
        Map<String, int[]> ranks = new LinkedHashMap<>();
        Map<String, List<List<String>>> tops = new LinkedHashMap<>();
        Map<String, double[]> retrieval = new LinkedHashMap<>();
        Map<String, double[]> recalls = new LinkedHashMap<>();
        for (var e : engines.entrySet()) {
          int[] r = new int[queries.size()];
          double[] rec = new double[queries.size()];
          List<List<String>> t = new ArrayList<>();
          double rr = 0;
          double recall = 0;
          for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            List<String> top = e.getValue().top(q.text());
            t.add(top);
            r[i] = 0;
            int found = 0;
            for (int k = 0; k < Math.min(K, top.size()); k++) {
              if (q.relevant().contains(top.get(k))) {
                found++;
                if (r[i] == 0) {
                  r[i] = k + 1;
                }
              }
            }
            rr += r[i] == 0 ? 0 : 1.0 / r[i];
            rec[i] = (double) found / q.relevant().size();
            recall += rec[i];
          }
          ranks.put(e.getKey(), r);
          recalls.put(e.getKey(), rec);
          tops.put(e.getKey(), t);
          retrieval.put(e.getKey(), new double[] {rr / queries.size(), recall / queries.size()});
        }

        // ---- pairs ----
        Map<String, double[]> pairRates = new LinkedHashMap<>();
        Map<String, List<String>> pairFailures = new LinkedHashMap<>();
        Map<String, AF> allPair = new LinkedHashMap<>(pairAnalyzers);
        allPair.put("Fahras EXACT field (body_exact), for information", exact);
        for (var e : allPair.entrySet()) {
          int m = 0;
          int mOk = 0;
          int n = 0;
          int nOk = 0;
          List<String> fails = new ArrayList<>();
          for (Pair p : pairs) {
            List<Set<String>> ta = positions(e.getValue(), p.a());
            List<Set<String>> tb = positions(e.getValue(), p.b());
            boolean same = meet(ta, tb);
            if (p.match()) {
              m++;
              mOk += same ? 1 : 0;
            } else {
              n++;
              nOk += same ? 0 : 1;
            }
            if (same != p.match()) {
              fails.add(String.format("| %s | %s | %s | %s | %s |", p.match() ? "match" : "nomatch", p.a(), p.b(),
                  show(ta), show(tb)));
            }
          }
          pairRates.put(e.getKey(), new double[] {100.0 * mOk / m, 100.0 * nOk / n});
          pairFailures.put(e.getKey(), fails);
        }

        // ---- throughput ----
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        StringBuilder doc = new StringBuilder();
        for (int i = 0; bytes < mb * 1e6; i++) {
          doc.append(paras.get(i % paras.size()).text()).append('\n');
          if (i % 10 == 9) {
            String d = doc.toString();
            docs.add(d);
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
            doc.setLength(0);
          }
        }
        Map<String, AF[]> thr = new LinkedHashMap<>();
        thr.put("Lucene StandardAnalyzer", new AF[] {new AF(std, "body")});
        thr.put("Lucene ArabicAnalyzer", new AF[] {new AF(ar, "body")});
        thr.put("Fahras (arabic-analysis plugin)", new AF[] {pairAnalyzers.get("Fahras (arabic-analysis plugin)")});
        String both = "Fahras index analysis per body (what the host writes: " + analysis.indexedFields() + ")";
        List<AF> indexedFields = new ArrayList<>();
        for (AnalysisField f : analysis.indexedFields()) {
          indexedFields.add(new AF(analysis.indexAnalyzer(), f == AnalysisField.STEMMED ? "body" : "body" + f.suffix()));
        }
        thr.put(both, indexedFields.toArray(new AF[0]));
        // ---- the plugin's fields one by one, the optional ROOT field switched on (the host's
        // analyzers above were taken before, and stay as they are) ----
        AnalyzerProvider provider = host.extensions(AnalyzerProvider.class).stream()
            .filter(p -> p.id().equals("arabic")).findFirst().orElseThrow();
        if (provider instanceof Configurable c) {
          c.configure(Map.of("rootField", "true"));
        }
        for (AnalysisField f : AnalysisField.values()) {
          if (provider.fields().contains(f)) {
            thr.put("field " + f, new AF[] {new AF(provider.indexAnalyzer(f), "body" + f.suffix())});
          }
        }
        Map<String, Double> mbps = throughput(thr, docs, bytes, runs);
        Map<AnalysisField, Double> fieldMbps = new LinkedHashMap<>();
        for (AnalysisField f : AnalysisField.values()) {
          if (mbps.containsKey("field " + f)) {
            fieldMbps.put(f, mbps.get("field " + f));
          }
        }
        List<String[]> rootFailures = new ArrayList<>();
        int rootTotal = 0;
        if (provider.fields().contains(AnalysisField.ROOT)) {
          AF rootField = new AF(provider.indexAnalyzer(AnalysisField.ROOT), "body_root");
          for (String[] f : tsv("roots.tsv")) {
            rootTotal++;
            List<Set<String>> got = positions(rootField, f[0]);
            if (got.size() != 1 || !got.get(0).contains(f[1])) {
              rootFailures.add(new String[] {f[0], f[1], show(got)});
            }
          }
        }

        // ---- report ----
        line("Throughput: %.1f MB of paragraphs (UTF-8) in %d documents of 10 paragraphs, one thread, "
            + "two warm-up passes, then %d rounds timing every analyzer in turn; the median.%n%n",
            bytes / 1e6, docs.size(), runs);
        line("| analyzer | MRR@10 | recall@10 | must-match pairs equal | must-not-match pairs differ | analysis MB/s |%n");
        line("|---|---|---|---|---|---|%n");
        for (String name : allPair.keySet()) {
          double[] rv = retrieval.get(name);
          double[] pr = pairRates.get(name);
          Double t = mbps.get(name);
          line("| %s | %s | %s | %.1f %% | %.1f %% | %s |%n", name,
              rv == null ? "–" : String.format(Locale.ROOT, "%.3f", rv[0]),
              rv == null ? "–" : String.format(Locale.ROOT, "%.3f", rv[1]), pr[0], pr[1],
              t == null ? "–" : String.format(Locale.ROOT, "%.1f", t));
        }
        line("| %s | – | – | – | – | %.1f |%n%n", both, mbps.get(both));

        line("Fahras through the host's search modes (the same queries):%n%n| search | MRR@10 | recall@10 |%n|---|---|---|%n");
        for (String name : List.of("Fahras (arabic-analysis plugin)", "Fahras + name variants", "Fahras root mode")) {
          double[] rv = retrieval.get(name);
          line("| %s | %.3f | %.3f |%n", name, rv[0], rv[1]);
        }
        line("%n");

        // ---- by subset (the queries.tsv tag) ----
        List<String> subsets = queries.stream().map(Query::subset).distinct().toList();
        line("MRR@10 / recall@10 by subset of the queries:%n%n| analyzer | all (%d) |", queries.size());
        for (String sub : subsets) {
          line(" %s (%d) |", sub, queries.stream().filter(q -> q.subset().equals(sub)).count());
        }
        line("%n|---|---|%s%n", "---|".repeat(subsets.size()));
        for (String name : engines.keySet()) {
          line("| %s | %.3f / %.3f |", name, retrieval.get(name)[0], retrieval.get(name)[1]);
          for (String sub : subsets) {
            double rr = 0;
            double rc = 0;
            int n = 0;
            for (int i = 0; i < queries.size(); i++) {
              if (queries.get(i).subset().equals(sub)) {
                int rank = ranks.get(name)[i];
                rr += rank == 0 ? 0 : 1.0 / rank;
                rc += recalls.get(name)[i];
                n++;
              }
            }
            line(" %.3f / %.3f |", rr / n, rc / n);
          }
          line("%n");
        }
        line("%n");
        line("Analysis throughput of each field of the plugin alone (ROOT switched on for this), "
            + "beside stock ArabicAnalyzer (%.1f MB/s):%n%n| field | MB/s | share of stock |%n|---|---|---|%n",
            mbps.get("Lucene ArabicAnalyzer"));
        for (var e : fieldMbps.entrySet()) {
          line("| %s | %.1f | %.0f %% |%n", e.getKey(), e.getValue(),
              100 * e.getValue() / mbps.get("Lucene ArabicAnalyzer"));
        }
        if (rootTotal > 0) {
          line("%nROOT field on roots.tsv: %d of %d words give the gold root (%.1f %%).%n",
              rootTotal - rootFailures.size(), rootTotal, 100.0 * (rootTotal - rootFailures.size()) / rootTotal);
          line("%n| word | gold root | ROOT terms |%n|---|---|---|%n");
          rootFailures.forEach(f -> line("| %s | %s | %s |%n", f[0], f[1], f[2]));
          line("%n");
        }

        line("## Per-query rank of the first relevant paragraph (0 = not in the top 10)%n%n");
        line("| # | query | relevant | subset | %s |%n", String.join(" | ", engines.keySet()));
        line("|---|---|---|---|%s%n", "---|".repeat(engines.size()));
        for (int i = 0; i < queries.size(); i++) {
          final int qi = i;
          line("| %d | %s | %s | %s | %s |%n", i + 1, queries.get(i).text(), String.join(",", queries.get(i).relevant()),
              queries.get(i).subset(),
              engines.keySet().stream().map(n -> Integer.toString(ranks.get(n)[qi])).collect(Collectors.joining(" | ")));
        }
        String fahras = "Fahras (arabic-analysis plugin)";
        line("%n## Fahras: queries whose relevant paragraph is not first%n%n| query | relevant | rank | Fahras top 3 |%n|---|---|---|---|%n");
        for (int i = 0; i < queries.size(); i++) {
          if (ranks.get(fahras)[i] != 1) {
            List<String> top = tops.get(fahras).get(i);
            line("| %s | %s | %d | %s |%n", queries.get(i).text(), String.join(",", queries.get(i).relevant()),
                ranks.get(fahras)[i], String.join(" ", top.subList(0, Math.min(3, top.size()))));
          }
        }
        for (var e : pairFailures.entrySet()) {
          line("%n## Failing pairs: %s (%d)%n%n| expected | word 1 | word 2 | terms 1 | terms 2 |%n|---|---|---|---|---|%n",
              e.getKey(), e.getValue().size());
          e.getValue().forEach(f -> line("%s%n", f));
        }
      }
    } finally {
      host.close();
    }
    Path report = work.resolve("eval-results.md");
    Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
    System.out.println(out);
    log("report written to " + report);
  }

  /**
   * MB/s of analysing {@code docs} through each entry: two warm-up passes each, then {@code runs}
   * rounds in which every entry is timed once, in turn, so that a change of load on a shared
   * machine touches all of them alike; the median of each.
   */
  private static Map<String, Double> throughput(Map<String, AF[]> entries, List<String> docs, long bytes,
      int runs) throws IOException {
    for (AF[] analyzers : entries.values()) {
      consume(analyzers, docs);
      consume(analyzers, docs);
    }
    Map<String, double[]> secs = new LinkedHashMap<>();
    entries.keySet().forEach(k -> secs.put(k, new double[runs]));
    for (int r = 0; r < runs; r++) {
      for (var e : entries.entrySet()) {
        long t = System.nanoTime();
        consume(e.getValue(), docs);
        secs.get(e.getKey())[r] = (System.nanoTime() - t) / 1e9;
      }
    }
    Map<String, Double> mbps = new LinkedHashMap<>();
    for (var e : secs.entrySet()) {
      double[] s = e.getValue();
      Arrays.sort(s);
      mbps.put(e.getKey(), bytes / 1e6 / s[runs / 2]);
      log(String.format(Locale.ROOT, "throughput %s: %.1f MB/s", e.getKey(), mbps.get(e.getKey())));
    }
    return mbps;
  }

  /** The host's search in one mode, the paragraph ids of its top K. */
  private static Engine fahras(SearchService search, SearchMode mode, boolean nameVariants) {
    return q -> {
      List<String> ids = new ArrayList<>();
      SearchRequest request =
          new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, false, 0, K, false, mode, nameVariants);
      for (SearchHit h : search.search(request).hits()) {
        String name = Path.of(h.path()).getFileName().toString();
        ids.add(name.replaceFirst("\\.txt$", ""));
      }
      return ids;
    };
  }

  /** A Lucene index of the paragraphs with one analyzer, queried with the classic parser (OR). */
  private static Engine lucene(Analyzer analyzer, List<Para> paras) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Para p : paras) {
        Document d = new Document();
        d.add(new StringField("id", p.id(), Field.Store.YES));
        d.add(new TextField("body", p.text(), Field.Store.NO));
        w.addDocument(d);
      }
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    return q -> {
      QueryParser parser = new QueryParser("body", analyzer);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(parser.parse(QueryParser.escape(q)), K).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get("id"));
      }
      return ids;
    };
  }

  /** An analyzer and the field it is asked for (the host's analyzer is per field). */
  record AF(Analyzer analyzer, String field) {}

  /** The terms of a text, one set per position (an analyzer may put two terms at one position). */
  static List<Set<String>> positions(AF af, String text) throws IOException {
    List<Set<String>> positions = new ArrayList<>();
    try (TokenStream ts = af.analyzer().tokenStream(af.field(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new TreeSet<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      ts.end();
    }
    return positions;
  }

  /**
   * Whether two words analyse alike: the same number of positions, and at each position a term
   * in common (so that a query for either finds the other). With one term per position, as the
   * stock analyzers give, this is plain equality.
   */
  static boolean meet(List<Set<String>> a, List<Set<String>> b) {
    if (a.isEmpty() || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (Collections.disjoint(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String show(List<Set<String>> positions) {
    return positions.stream().map(p -> String.join("/", p)).collect(Collectors.joining(" "));
  }

  private static long consume(AF[] analyzers, List<String> docs) throws IOException {
    long n = 0;
    for (String d : docs) {
      for (AF a : analyzers) {
        try (TokenStream ts = a.analyzer().tokenStream(a.field(), d)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            n += term.length();
          }
          ts.end();
        }
      }
    }
    return n;
  }

  private static List<String[]> tsv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RetrievalEval.class.getResourceAsStream(RES + name)) {
      if (in == null) {
        throw new IOException("missing resource " + RES + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l; (l = r.readLine()) != null; ) {
        if (!l.isBlank() && !l.startsWith("#")) {
          rows.add(l.split("\t"));
        }
      }
    }
    return rows;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private void line(String fmt, Object... args) {
    out.append(String.format(Locale.ROOT, fmt, args));
  }

  private static void log(String s) {
    System.err.println("eval: " + s);
  }
}
