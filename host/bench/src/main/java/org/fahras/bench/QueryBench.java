package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;

/**
 * Query latency through {@link SearchService}: top 10 hits with their highlighted snippets, for
 * queries of one to three words drawn from the corpus text, some with tashkeel removed or hamza,
 * ta marbuta and alef maqsura spelled otherwise.
 */
final class QueryBench {

  /** Latencies of one series, in milliseconds, and how many queries found nothing. */
  record Result(double[] millis, int empty, double meanHits) {}

  private QueryBench() {}

  /**
   * {@code n} queries built from words of {@code files}, deterministic from {@code seed}; a
   * candidate of stop words only (من, في, كان …), which the analysis reduces to nothing and which
   * therefore can find nothing by design, is drawn again.
   *
   * @param analyzer the index's analyzer, asked for the terms of field {@code body}
   */
  static List<String> queries(List<Path> files, int n, long seed, Analyzer analyzer) throws IOException {
    Random rnd = new Random(seed);
    List<String> queries = new ArrayList<>(n);
    while (queries.size() < n) {
      Path f = files.get(rnd.nextInt(files.size()));
      String[] words = wordsOf(RawLuceneBaseline.decode(Files.readAllBytes(f)));
      if (words.length < 5) {
        continue;
      }
      double r = rnd.nextDouble();
      int len = r < 0.5 ? 1 : r < 0.8 ? 2 : 3;
      int at = rnd.nextInt(words.length - len);
      StringBuilder q = new StringBuilder();
      for (int i = 0; i < len; i++) {
        String w = words[at + i];
        if (w.length() < 2) {
          continue;
        }
        q.append(q.length() == 0 ? "" : " ").append(vary(w, rnd));
      }
      if (q.length() > 0 && hasTerms(analyzer, q.toString())) {
        queries.add(q.toString());
      }
    }
    return queries;
  }

  /** Whether the analysis leaves any term of {@code query} (not only stop words). */
  static boolean hasTerms(Analyzer analyzer, String query) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("body", query)) {
      ts.reset();
      boolean any = ts.incrementToken();
      while (ts.incrementToken()) {
        // drain
      }
      ts.end();
      return any;
    }
  }

  /** Arabic words of a text: runs of Arabic letters and marks. */
  private static String[] wordsOf(String text) {
    return text.replaceAll("[^\\u0600-\\u06FF\\u0750-\\u077F]+", " ")
        .replaceAll("[\\u0660-\\u0669\\u060C\\u061B\\u061F\\u06D4]", " ")
        .strip()
        .split("\\s+");
  }

  /** Sometimes writes a word as users do: without tashkeel, hamza on a bare alef, ه for ة … */
  private static String vary(String w, Random rnd) {
    double r = rnd.nextDouble();
    if (r < 0.2) {
      w = w.replaceAll("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]", "");
    } else if (r < 0.3) {
      w = w.replace('\u0671', '\u0627');
    }
    r = rnd.nextDouble();
    if (r < 0.15) {
      w = w.replace('\u0623', '\u0627').replace('\u0625', '\u0627').replace('\u0622', '\u0627');
    } else if (r < 0.25) {
      w = w.replace('\u0629', '\u0647').replace('\u0649', '\u064A');
    } else if (r < 0.3 && w.startsWith("\u0627") && !w.startsWith("\u0627\u0644")) {
      w = "\u0623" + w.substring(1);
    }
    return w;
  }

  /** Runs every query once; returns the latencies. */
  static Result run(org.fahras.app.search.Searcher search, List<String> queries) throws Exception {
    double[] millis = new double[queries.size()];
    int empty = 0;
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      SearchResult r = search.search(org.fahras.app.search.SearchRequest.of(queries.get(i)).page(0, 10));
      millis[i] = (System.nanoTime() - t) / 1e6;
      if (r.total() == 0) {
        empty++;
      }
      hits += r.hits().size();
    }
    return new Result(millis, empty, hits / (double) queries.size());
  }
}
