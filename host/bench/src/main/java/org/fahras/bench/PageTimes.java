package org.fahras.bench;

import java.io.IOException;
import java.util.Arrays;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;

/** Warm timings of one query's first page (top 10 with snippets), sorted; and its hit count. */
record PageTimes(long hits, double[] sortedMillis) {

  static PageTimes measure(SearchService search, String query, int warm, int runs)
      throws IOException, InvalidQueryException {
    SearchRequest request = SearchRequest.of(query).page(0, 10);
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
    return new PageTimes(total, ms);
  }

  double median() {
    return sortedMillis[sortedMillis.length / 2];
  }

  double p90() {
    int n = sortedMillis.length;
    return sortedMillis[(int) Math.min(n - 1, Math.ceil(n * 0.9) - 1)];
  }

  double max() {
    return sortedMillis[sortedMillis.length - 1];
  }
}
