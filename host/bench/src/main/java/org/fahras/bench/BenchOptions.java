package org.fahras.bench;

import java.nio.file.Path;

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

  /** {@code --repo}: the repository the benchmark runs in (default: the current folder). */
  Path repo() {
    return Path.of(get("repo", ".")).toAbsolutePath().normalize();
  }

  /** {@code --work}: the folder for the corpus, indexes and reports. */
  Path work() {
    return Path.of(get("work", repo().resolve("host/bench/target/bench-work").toString())).toAbsolutePath();
  }

  /** {@code --plugins}: the packaged plugins to run. */
  Path plugins() {
    return Path.of(get("plugins", repo().resolve("host/bench/target/bench-plugins").toString())).toAbsolutePath();
  }

  /** The corpus: {@code --seed --files --mb --mixed-per-format}. */
  CorpusGenerator.Spec corpusSpec() {
    return new CorpusGenerator.Spec(
        Long.parseLong(get("seed", "20260302")), integer("files", 5000), integer("mb", 30) * 1_000_000L,
        integer("mixed-per-format", 45));
  }

  /** The benchmark corpus of {@link #corpusSpec}, generated in {@link #work} when missing. */
  Corpus corpus() throws java.io.IOException, InterruptedException {
    return new CorpusGenerator(corpusSpec(), repo(), work().resolve("npm-cache")).generate(work().resolve("corpus"));
  }
}
