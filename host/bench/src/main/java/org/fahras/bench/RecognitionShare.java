package org.fahras.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What entity recognition adds to the indexing thread's work, counted in CPU samples rather than
 * wall-clock seconds, which a shared machine moves by tens of percent from one run to the next.
 *
 * <p>The plain-text corpus is indexed on one thread through the host's {@code Indexer}, with and
 * without recognition, alternately, while Java Flight Recorder samples every thread's stack every
 * 2 ms. Per repetition (the first two are warm-up) it counts the samples of the indexing thread
 * ({@code fahras-parse-*}) in each run, and in the runs with recognition the samples inside the
 * recognisers ({@code EntityExtraction.find…}) and inside the host's whole entity step ({@code
 * DocumentMapper.addEntities}: recognition, entity fields and facets). Reported as shares of the
 * indexing thread's samples in the run without recognition: how much more the thread works.
 * What the samples cannot see — other threads, the processor's caches shared with the rest of the
 * run — shows in the difference between the last two figures and the overall one.
 *
 * <p>Run with {@code BENCH_MAIN=org.fahras.bench.RecognitionShare host/bench/run.sh [--work DIR]
 * [--runs N]}.
 */
final class RecognitionShare {

  private static final String WORKER = "fahras-parse-";
  private static final String RECOGNITION = "org.fahras.app.entities.EntityExtraction.find";
  private static final String ENTITY_STEP = "org.fahras.app.index.DocumentMapper.addEntities";

  private RecognitionShare() {}

  /** One indexing run: with recognition or not, and when it ran. */
  private record Window(boolean entities, int repetition, Instant start, Instant end, double seconds) {}

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    int runs = Math.max(3, opts.integer("runs", 10));
    Corpus corpus = opts.corpus();
    Path scratch = opts.work().resolve("recognition-share");
    Path jfr = Files.createTempFile("recognition-share", ".jfr");
    List<Window> windows = new ArrayList<>();
    try (FahrasPipeline fahras = new FahrasPipeline(opts.plugins(), opts.work().resolve("plugin-cache"));
        Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
      recording.start();
      for (int r = 0; r < runs; r++) {
        // Alternate the order: whichever runs second finds warmer caches.
        boolean[] order = r % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false};
        for (boolean entities : order) {
          CorpusGenerator.deleteTree(scratch);
          System.gc();
          Instant start = Instant.now();
          long t = System.nanoTime();
          fahras.index(scratch, List.of(corpus.root().resolve("plain")), 1, entities);
          double seconds = (System.nanoTime() - t) / 1e9;
          windows.add(new Window(entities, r, start, Instant.now(), seconds));
          System.err.printf(Locale.ROOT, "share: repetition %d, %s recognition: %.2f s%n", r + 1, entities ? "with" : "without", seconds);
        }
      }
      recording.stop();
      recording.dump(jfr);
    }
    CorpusGenerator.deleteTree(scratch);
    report(corpus, windows, count(jfr, windows), runs);
    Files.deleteIfExists(jfr);
    System.exit(0);
  }

  /** Per window: the indexing thread's samples, those in recognition, those in the entity step. */
  private static long[][] count(Path jfr, List<Window> windows) throws Exception {
    long[][] counts = new long[windows.size()][3];
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      var thread = e.getThread("sampledThread");
      if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(WORKER)) {
        continue;
      }
      int w = windowOf(windows, e.getStartTime());
      if (w < 0 || e.getStackTrace() == null) {
        continue;
      }
      counts[w][0]++;
      boolean recognition = false;
      boolean entityStep = false;
      for (RecordedFrame f : e.getStackTrace().getFrames()) {
        String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
        recognition |= name.startsWith(RECOGNITION);
        entityStep |= name.equals(ENTITY_STEP);
      }
      counts[w][1] += recognition ? 1 : 0;
      counts[w][2] += entityStep ? 1 : 0;
    }
    return counts;
  }

  private static int windowOf(List<Window> windows, Instant t) {
    for (int i = 0; i < windows.size(); i++) {
      Window w = windows.get(i);
      if (!t.isBefore(w.start()) && !t.isAfter(w.end())) {
        return i;
      }
    }
    return -1;
  }

  private static void report(Corpus corpus, List<Window> windows, long[][] counts, int runs) {
    List<Double> extra = new ArrayList<>();
    List<Double> recognition = new ArrayList<>();
    List<Double> entityStep = new ArrayList<>();
    List<Double> wall = new ArrayList<>();
    for (int r = 2; r < runs; r++) {
      int off = -1;
      int on = -1;
      for (int i = 0; i < windows.size(); i++) {
        if (windows.get(i).repetition() == r) {
          if (windows.get(i).entities()) {
            on = i;
          } else {
            off = i;
          }
        }
      }
      double base = counts[off][0];
      if (base == 0) {
        continue;
      }
      extra.add(100 * (counts[on][0] / base - 1));
      recognition.add(100 * counts[on][1] / base);
      entityStep.add(100 * counts[on][2] / base);
      wall.add(100 * (windows.get(on).seconds() / windows.get(off).seconds() - 1));
    }
    System.out.printf(Locale.ROOT, "# Recognition's share of the indexing thread: %d plain-text files, %.1f MB, one thread, repetitions 3–%d%n%n",
        corpus.plainFiles().size(), corpus.plainBytes() / 1e6, runs);
    System.out.println("| with recognition, against the run without it | median | range |");
    System.out.println("|---|---|---|");
    row("indexing thread's CPU samples, more by", extra);
    row("of which in the recognisers (`EntityExtraction.find…`)", recognition);
    row("of which in the entity step (`DocumentMapper.addEntities`: recognition, fields, facets)", entityStep);
    row("wall-clock time, longer by", wall);
  }

  private static void row(String what, List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      System.out.printf(Locale.ROOT, "| %s | – | – |%n", what);
      return;
    }
    double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    System.out.printf(Locale.ROOT, "| %s | %.1f %% | %.1f–%.1f %% |%n", what, median, v[0], v[v.length - 1]);
  }
}
