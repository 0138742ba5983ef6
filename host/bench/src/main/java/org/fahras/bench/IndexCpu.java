package org.fahras.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first run's throughput on one thread counted in CPU seconds of the application's threads as
 * well as in wall-clock seconds: raw Lucene, Fahras without entity recognition and Fahras with it,
 * interleaved in each repetition, in one JVM.
 *
 * <p>Wall-clock time on a shared two-core machine moves by tens of percent between runs (another
 * process takes a core, the processor's clock changes); the CPU time a run's own threads spend
 * moves much less, so its ratios tell a change of a few percent where the wall-clock ratios cannot.
 * Counted: every Java thread's CPU time during the run (the indexing threads, the thread that walks
 * the folder and commits), read from {@link ThreadMXBean} by a monitor thread every few
 * milliseconds so that threads which end within the run are counted too. Not counted: the JVM's
 * compiler and garbage-collector threads, which the JVM does not list; nor the monitor itself.
 *
 * <p>Run with {@code BENCH_MAIN=org.fahras.bench.IndexCpu host/bench/run.sh [--work DIR] [--runs
 * N] [--warmup N] [--only raw|fahras|entities] [--threads N] [--raw-offsets]}; the first
 * {@code --warmup} repetitions (two unless given) are warm-up and not counted. {@code --raw-offsets} adds raw Lucene with offsets in the body's
 * postings, which Fahras writes for its highlighter: what they cost Lucene alone. {@code --threads} indexes with that many threads on both sides (1 by default). {@code
 * --only} runs one pipeline, for a profiler attached through {@code BENCH_JAVA_OPTS} to watch
 * (docs/performance.md, run M). {@code --plugins-b DIR} adds Fahras with and without entities
 * through the plugins of DIR (another build's {@code host/bench/target/bench-plugins}), in the
 * same JVM and repetitions: a plugin change against the build before it, without the noise that
 * separates two runs of the benchmark. {@code --group-b N} runs those with the indexer's workers
 * taking N files at once ({@code 1}: one at a time), with the same plugins unless {@code
 * --plugins-b} is given; {@code --props-b K=V[,K=V]} with any of the indexer's system properties
 * set (e.g. {@code fahras.index.parallelFlush=false}). {@code --corpus all} has Fahras index the
 * mixed formats as well as the plain text (the whole benchmark corpus; raw Lucene still reads the
 * plain text only).
 */
final class IndexCpu {

  private static final String[] MODES = {
    "raw Lucene (ArabicAnalyzer)", "Fahras without entities", "Fahras with entities", "raw Lucene, body postings with offsets",
    "Fahras without entities, plugins B", "Fahras with entities, plugins B"
  };

  /** The indexer's system property for the files a worker takes at once (IndexBatch). */
  private static final String GROUP_FILES_PROPERTY = "fahras.index.groupFiles";

  private IndexCpu() {}

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    int runs = Math.max(3, opts.integer("runs", 10));
    warmup = Math.max(0, opts.integer("warmup", 2));
    Corpus corpus = opts.corpus();
    Path scratch = opts.work().resolve("index-cpu");
    double[][] wall = new double[MODES.length][runs];
    double[][] cpu = new double[MODES.length][runs];
    String only = opts.get("only", "");
    int threadCount = Integer.parseInt(opts.get("threads", "1"));
    int onlyMode = switch (only) {
      case "" -> -1;
      case "raw" -> 0;
      case "fahras" -> 1;
      case "entities" -> 2;
      default -> throw new IllegalArgumentException("--only takes raw, fahras or entities, not " + only);
    };
    // --raw-offsets: raw Lucene with offsets in the body's postings besides.
    // --plugins-b DIR: Fahras with and without entities through a second set of plugins besides,
    // in the same JVM and repetitions: a change to a plugin measured against the build before it.
    List<Integer> active = new java.util.ArrayList<>(List.of(0, 1, 2));
    if (opts.get("raw-offsets", null) != null) {
      active.add(3);
    }
    String pluginsB = opts.get("plugins-b", null);
    // --group-b N: the B pipelines with the indexer's workers taking N files at once (1: one at a
    // time) instead of the default; with --plugins-b, or alone (then B has the same plugins).
    String groupB = opts.get("group-b", null);
    // --props-b K=V,K=V: system properties set for the B pipelines only (the indexer's switches,
    // such as fahras.index.parallelFlush=false), with the same plugins unless --plugins-b.
    Map<String, String> propsB = new java.util.LinkedHashMap<>();
    String props = opts.get("props-b", null);
    if (props != null) {
      for (String kv : props.split(",")) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("--props-b takes KEY=VALUE pairs, not " + kv);
        }
        propsB.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
      }
    }
    if (groupB != null) {
      propsB.put(GROUP_FILES_PROPERTY, groupB);
    }
    if (!propsB.isEmpty() && pluginsB == null) {
      pluginsB = opts.plugins().toString();
    }
    if (pluginsB != null) {
      active.add(4);
      active.add(5);
    }
    // --modes 2,5: exactly these pipelines (numbers as in MODES), e.g. two variants back to back.
    String chosen = opts.get("modes", null);
    if (chosen != null) {
      active.clear();
      for (String m : chosen.split(",")) {
        active.add(Integer.parseInt(m.strip()));
      }
    }
    // --corpus all: Fahras indexes the mixed formats too (plain + mixed, the whole benchmark
    // corpus, as the heap check does); raw Lucene reads plain text only, so then compare Fahras
    // with and without entities (--modes 1,2).
    boolean all = opts.get("corpus", "plain").equals("all");
    if (all && (active.contains(0) || active.contains(3))) {
      throw new IllegalArgumentException("--corpus all compares Fahras with itself: give --modes without 0 and 3 (raw Lucene reads plain text only)");
    }
    List<Path> roots =
        all ? List.of(corpus.root().resolve("plain"), corpus.root().resolve("mixed")) : List.of(corpus.root().resolve("plain"));
    int modes = active.size();
    EachRunProfile profiler = EachRunProfile.fromSystemProperties();
    try (FahrasPipeline fahras = new FahrasPipeline(opts.plugins(), opts.work().resolve("plugin-cache"));
        FahrasPipeline fahrasB = pluginsB == null ? null
            : new FahrasPipeline(Path.of(pluginsB).toAbsolutePath(), opts.work().resolve("plugin-cache-b"));
        ThreadCpu threads = new ThreadCpu()) {
      for (int r = 0; r < runs; r++) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "cpu: repetition %d:", r + 1));
        // Rotate the order, so that no mode always follows the same one.
        for (int k = 0; k < modes; k++) {
          int mode = active.get((k + r) % modes);
          if (onlyMode >= 0 && mode != onlyMode) {
            continue;
          }
          CorpusGenerator.deleteTree(scratch);
          System.gc();
          profiler.start();
          Map<Long, Long> before = threads.snapshot();
          long t = System.nanoTime();
          for (Map.Entry<String, String> p : propsB.entrySet()) {
            if (mode >= 4) {
              System.setProperty(p.getKey(), p.getValue());
            } else {
              System.clearProperty(p.getKey());
            }
          }
          if (mode == 0 || mode == 3) {
            RawLuceneBaseline.index(corpus.plainFiles(), scratch, threadCount, mode == 3);
          } else {
            (mode >= 4 ? fahrasB : fahras).index(scratch, roots, threadCount, mode == 2 || mode == 5);
          }
          wall[mode][r] = (System.nanoTime() - t) / 1e9;
          cpu[mode][r] = threads.spentSince(before) / 1e9;
          profiler.stop(String.format(Locale.ROOT, "r%02d-%s", r + 1, shortName(mode)));
          line.append(String.format(Locale.ROOT, " %s %.2f s (CPU %.2f s, %d MB allocated)", shortName(mode), wall[mode][r], cpu[mode][r],
              threads.allocatedSinceSnapshot() >> 20));
        }
        System.err.println(line);
      }
    }
    CorpusGenerator.deleteTree(scratch);
    String report = onlyMode >= 0 ? ""
        : chosen != null ? pairs(active, wall, cpu, runs)
        : report(corpus, wall, cpu, runs, threadCount);
    System.out.print(report);
    System.exit(0);
  }

  private static String shortName(int mode) {
    return switch (mode) {
      case 0 -> "raw";
      case 1 -> "fahras";
      case 2 -> "fahras+entities";
      case 3 -> "raw+offsets";
      case 4 -> "fahras(B)";
      default -> "fahras+entities(B)";
    };
  }

  /**
   * Repetitions not counted ({@code --warmup N}, 2 by default): the JIT compiler still works on
   * Fahras's larger code through the first five or six repetitions (its C2 thread takes 1–2 s of
   * CPU per repetition in the third and fourth, 0.1 s from the seventh on), and on two threads it
   * competes with the indexing threads for the cores.
   */
  static int warmup = 2;

  static String report(Corpus corpus, double[][] wall, double[][] cpu, int runs, int threads) {
    int from = Math.min(warmup, runs - 1);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "# First run on %d thread(s), wall-clock and CPU: %d plain-text files, %.1f MB, median of repetitions %d–%d%n%n",
        threads,
        corpus.plainFiles().size(), corpus.plainBytes() / 1e6, from + 1, runs));
    b.append("| pipeline | wall s | CPU s | throughput vs raw Lucene, wall | same, CPU |\n|---|---|---|---|---|\n");
    double rawWall = median(wall[0], from);
    double rawCpu = median(cpu[0], from);
    for (int m = 0; m < MODES.length; m++) {
      if (wall[m][runs - 1] == 0) {
        continue; // not run
      }
      double w = median(wall[m], from);
      double c = median(cpu[m], from);
      b.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f %% | %.0f %% |%n", MODES[m], w, c, 100 * rawWall / w, 100 * rawCpu / c));
    }
    b.append(String.format(Locale.ROOT,
        "%nEntity recognition slows the first run by %s (wall) and %s (CPU), median of the per-repetition ratios.%n",
        percent(ratios(wall[2], wall[1], from)), percent(ratios(cpu[2], cpu[1], from))));
    b.append(String.format(Locale.ROOT,
        "Fahras without entities against raw Lucene, per repetition: %s (wall), %s (CPU) of raw's throughput.%n",
        share(ratios(wall[0], wall[1], from)), share(ratios(cpu[0], cpu[1], from))));
    if (wall[3][runs - 1] != 0) {
      b.append(String.format(Locale.ROOT,
          "Offsets in the body's postings slow raw Lucene by %s (wall) and %s (CPU), median of the per-repetition ratios.%n",
          percent(ratios(wall[3], wall[0], from)), percent(ratios(cpu[3], cpu[0], from))));
    }
    if (wall[5][runs - 1] != 0) {
      b.append(String.format(Locale.ROOT,
          "Plugins B against the others, per repetition: without entities %s (CPU), with entities %s (CPU); entity recognition with plugins B slows the first run by %s (CPU).%n",
          percent(ratios(cpu[4], cpu[1], from)), percent(ratios(cpu[5], cpu[2], from)), percent(ratios(cpu[5], cpu[4], from))));
    }
    return b.toString();
  }

  /**
   * For {@code --modes}: each pipeline's median CPU seconds, and each one's per-repetition ratio
   * to the first named (they ran back to back in every repetition).
   */
  static String pairs(List<Integer> modes, double[][] wall, double[][] cpu, int runs) {
    int from = Math.min(warmup, runs - 1);
    StringBuilder b = new StringBuilder();
    int first = modes.get(0);
    for (int m : modes) {
      b.append(String.format(Locale.ROOT, "%s: CPU %.2f s, wall %.2f s (medians of repetitions %d–%d)", MODES[m],
          median(cpu[m], from), median(wall[m], from), from + 1, runs));
      if (m != first) {
        b.append(String.format(Locale.ROOT, "; per repetition, of %s: CPU %s, wall %s", MODES[first],
            quartiles(ratios(cpu[m], cpu[first], from)), quartiles(ratios(wall[m], wall[first], from))));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The median of {@code r} and its quartiles, as {@code 0.962 (0.945–0.983)}. */
  private static String quartiles(double[] r) {
    Arrays.sort(r);
    return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", r[r.length / 2], r[r.length / 4], r[(3 * r.length) / 4]);
  }


  /** a[i] / b[i] for the counted repetitions. */
  private static double[] ratios(double[] a, double[] b, int from) {
    double[] r = new double[a.length - from];
    for (int i = from; i < a.length; i++) {
      r[i - from] = a[i] / b[i];
    }
    return r;
  }

  /** "+24 % (18–31)" of ratios above 1. */
  private static String percent(double[] r) {
    double[] s = r.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%+.0f %% (%+.0f – %+.0f)", 100 * (s[s.length / 2] - 1), 100 * (s[0] - 1), 100 * (s[s.length - 1] - 1));
  }

  /** "62 % (58–66)" of ratios below 1. */
  private static String share(double[] r) {
    double[] s = r.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%.0f %% (%.0f–%.0f)", 100 * s[s.length / 2], 100 * s[0], 100 * s[s.length - 1]);
  }

  private static double median(double[] v, int from) {
    double[] s = Arrays.copyOfRange(v, from, v.length);
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /**
   * The CPU time of the JVM's listed threads, polled every {@value #POLL_MILLIS} ms, so that a
   * thread's time is known up to its last poll after it has ended.
   */
  static final class ThreadCpu implements AutoCloseable {
    private static final long POLL_MILLIS = 2;
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    /** Thread id → the CPU time last seen, including threads that have ended. */
    private final Map<Long, Long> seen = new HashMap<>();
    /** Thread id → the bytes it had allocated when last seen, including threads that have ended. */
    private final Map<Long, Long> allocated = new HashMap<>();
    /** The bytes allocated by all threads at the last {@link #snapshot}. */
    private long allocatedAtSnapshot;
    private final Thread monitor;
    private volatile boolean running = true;

    ThreadCpu() {
      if (!mx.isThreadCpuTimeSupported()) {
        throw new IllegalStateException("this JVM does not measure the CPU time of threads");
      }
      mx.setThreadCpuTimeEnabled(true);
      monitor = new Thread(this::poll, "index-cpu-monitor");
      monitor.setDaemon(true);
      monitor.start();
    }

    private void poll() {
      while (running) {
        update();
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private synchronized void update() {
      long self = Thread.currentThread().getId();
      for (long id : mx.getAllThreadIds()) {
        if (id == self || id == monitor.getId()) {
          continue;
        }
        long t = mx.getThreadCpuTime(id);
        if (t >= 0) {
          seen.put(id, t);
        }
        if (mx instanceof com.sun.management.ThreadMXBean sun) {
          long a = sun.getThreadAllocatedBytes(id);
          if (a >= 0) {
            allocated.put(id, a);
          }
        }
      }
    }

    /** Every thread's CPU time now (threads that ended: their last value). */
    synchronized Map<Long, Long> snapshot() {
      update();
      allocatedAtSnapshot = totalAllocated();
      return new HashMap<>(seen);
    }

    /** Bytes the application's threads allocated since the last {@link #snapshot}. */
    synchronized long allocatedSinceSnapshot() {
      update();
      return totalAllocated() - allocatedAtSnapshot;
    }

    private long totalAllocated() {
      long sum = 0;
      for (long a : allocated.values()) {
        sum += a;
      }
      return sum;
    }

    /** Nanoseconds of CPU the threads spent since {@code before}. */
    synchronized long spentSince(Map<Long, Long> before) {
      update();
      long sum = 0;
      for (Map.Entry<Long, Long> e : seen.entrySet()) {
        sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
      return sum;
    }

    @Override
    public void close() {
      running = false;
      monitor.interrupt();
    }
  }
}
