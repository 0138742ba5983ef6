package org.fahras.bench;

import java.util.Arrays;
import java.util.Locale;

/** Small statistics over repeated measurements. */
final class Stats {

  private Stats() {}

  /** The {@code p}-th percentile (0–100) by the nearest-rank method. */
  static double percentile(double[] values, double p) {
    double[] v = values.clone();
    Arrays.sort(v);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  /** "median (min–max)" with the given number of decimals. */
  static String spread(double[] values, int decimals) {
    String f = "%." + decimals + "f";
    if (values.length == 1) {
      return String.format(Locale.ROOT, f, values[0]);
    }
    return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median(values), min(values), max(values));
  }
}
