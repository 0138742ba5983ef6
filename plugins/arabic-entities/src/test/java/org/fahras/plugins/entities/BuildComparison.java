package org.fahras.plugins.entities;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares builds of this plugin in one JVM (not a test; docs/entities.md, session 10): each
 * build's classes (a copy of {@code target/classes}) in a class loader of its own, the recogniser
 * of each run over the same texts in turn, round after round, so that a change of a few percent
 * shows above the noise of a shared machine, which moves two runs of separate JVMs by tens of
 * percent. Reports each build's median CPU seconds of {@code recognizeForIndex} over all texts
 * and the median per-round ratio of each build to the first.
 *
 * <p>{@code -Dtouches=N -Dspread=MB} touch N random places of an array of that many megabytes
 * between two texts, as the indexer's own work does to the processor's caches ({@code
 * -Devery=K}: only before every K-th text); the times then count the recogniser's calls only.
 *
 * <pre>{@code
 * java -cp target/test-classes:$(cat target/cp.txt) org.fahras.plugins.entities.BuildComparison \
 *     /tmp/perf3/corpus/plain /tmp/classes-before target/classes
 * }</pre>
 *
 * ({@code -Drounds=N}, default 20, the first half warm-up.) The class path must not hold this
 * plugin's main classes: {@code target/cp.txt} is its dependencies only.
 */
public final class BuildComparison {

  private BuildComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: BuildComparison TEXT_DIR CLASSES_DIR...");
      System.exit(2);
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(CorpusBench.decode(Files.readAllBytes(p)));
      }
    }
    int n = args.length - 1;
    Object[] recognizers = new Object[n];
    Method[] recognize = new Method[n];
    for (int i = 0; i < n; i++) {
      URL classes = Path.of(args[i + 1]).toUri().toURL();
      ClassLoader loader = new URLClassLoader(new URL[] {classes}, BuildComparison.class.getClassLoader());
      // By name: this class must not load the recogniser from the class path.
      Class<?> c = Class.forName("org.fahras.plugins.entities.ArabicEntityRecognizer", true, loader);
      if (c.getClassLoader() != loader) {
        throw new IllegalStateException("the class path holds the plugin's classes: use target/cp.txt only");
      }
      recognizers[i] = c.getConstructor().newInstance();
      recognize[i] = c.getMethod("recognizeForIndex", String.class, String.class);
    }
    int touches = Integer.getInteger("touches", 0);
    int every = Math.max(1, Integer.getInteger("every", 1));
    long[] spread = new long[touches > 0 ? Integer.getInteger("spread", 32) * 131_072 : 1];
    int rounds = Math.max(4, Integer.getInteger("rounds", 20));
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[][] seconds = new double[n][rounds];
    long spans = 0;
    int seed = 1;
    int text = 0;
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int b = (k + r) % n; // rotated, so that no build always runs after the same one
        long cpu0 = threads.getCurrentThreadCpuTime();
        long inCalls = 0;
        for (String t : texts) {
          if (touches > 0 && text++ % every == 0) {
            for (int j = 0; j < touches; j++) {
              seed = seed * 1103515245 + 12345;
              spread[(seed >>> 1) % spread.length] += j;
            }
          }
          long t0 = System.nanoTime();
          spans += ((List<?>) recognize[b].invoke(recognizers[b], t, "ar")).size();
          inCalls += System.nanoTime() - t0;
        }
        seconds[b][r] = touches > 0 ? inCalls / 1e9 : (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      }
    }
    int from = rounds / 2;
    for (int b = 0; b < n; b++) {
      double[] s = Arrays.copyOfRange(seconds[b], from, rounds);
      Arrays.sort(s);
      String ratio = "";
      if (b > 0) {
        double[] q = new double[rounds - from];
        for (int r = from; r < rounds; r++) {
          q[r - from] = seconds[b][r] / seconds[0][r];
        }
        Arrays.sort(q);
        ratio = String.format(Locale.ROOT, ", per round %.3f (%.3f–%.3f) of the first", q[q.length / 2], q[0], q[q.length - 1]);
      }
      System.out.printf(Locale.ROOT, "%s: median %.3f s (%.3f–%.3f)%s%n", args[b + 1], s[s.length / 2], s[0], s[s.length - 1], ratio);
    }
    System.out.println("spans (all builds, all rounds): " + spans + (touches > 0 ? ", " + spread[0] : ""));
  }
}
