package org.fahras.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmarks' command-line options: {@code --name value} pairs and {@code --flag}s (a name
 * followed by another option or by nothing).
 */
final class BenchOptions {

  private final Map<String, String> values;

  private BenchOptions(Map<String, String> values) {
    this.values = values;
  }

  /** Reads {@code --name value} and {@code --flag} arguments. */
  static BenchOptions parse(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      opts.put(args[i].substring(2), flag ? "true" : args[++i]);
    }
    return new BenchOptions(opts);
  }

  String get(String name, String dflt) {
    return values.getOrDefault(name, dflt);
  }

  int integer(String name, int dflt) {
    return Integer.parseInt(get(name, Integer.toString(dflt)));
  }

  double number(String name, double dflt) {
    return Double.parseDouble(get(name, Double.toString(dflt)));
  }

  boolean has(String name) {
    return values.containsKey(name);
  }
}
