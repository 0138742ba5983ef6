package org.fahras.plugins.entities;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures recognition on a directory of plain-text files (not a test; the benchmark-corpus
 * figures in docs/entities.md): loads every file (UTF-8, else windows-1256), warms up, then
 * times {@code recognize} over all of them on one thread: wall time, CPU time of the thread,
 * bytes it allocated. Optional second argument: a file to write every span to (to compare
 * outputs before and after a change).
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.fahras.plugins.entities.CorpusBench DIR [spans-file]} ({@code -Drounds=N}; {@code
 * -Dthreads=N} shares the files among N threads, see {@link #parallel}; {@code -Dindex=true}
 * times {@code recognizeForIndex}, as the indexer calls it).
 */
public final class CorpusBench {

  private CorpusBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/perf3/corpus/plain");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    long chars = 0;
    for (Path p : files) {
      byte[] b = Files.readAllBytes(p);
      bytes += b.length;
      String t = decode(b);
      chars += t.length();
      texts.add(t);
    }
    System.out.printf("%d files, %.1f MB on disk, %d chars%n", texts.size(), bytes / 1e6, chars);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    long s0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    long p0 = os.getProcessCpuTime();
    r.recognize("\u0627\u0644\u0642\u0627\u0647\u0631\u0629", "ar"); // loads the lexicon
    System.out.printf("first call (word lists, ICU names): %.2f s wall, %.2f s CPU, %.2f s process CPU%n",
        (System.nanoTime() - s0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9,
        (os.getProcessCpuTime() - p0) / 1e9);
    long tid = Thread.currentThread().getId();
    int rounds = Integer.getInteger("rounds", 6);
    int threadCount = Integer.getInteger("threads", 1);
    if (threadCount > 1) {
      parallel(r, texts, bytes, chars, rounds, threadCount, threads, os);
      return;
    }
    for (int round = 0; round < rounds; round++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long alloc = threads.getThreadAllocatedBytes(tid);
      long process = os.getProcessCpuTime();
      long n = 0;
      for (String t : texts) {
        n += recognize(r, t).size();
      }
      double w = (System.nanoTime() - wall) / 1e9;
      double c = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      long a = threads.getThreadAllocatedBytes(tid) - alloc;
      double pc = (os.getProcessCpuTime() - process) / 1e9;
      System.out.printf(
          "round %d: %d entities, %.2f s wall (%.1f MB/s), %.2f s CPU (%.1f MB/s), "
              + "process %.2f s CPU (%.1f MB/s), %.1f bytes allocated per char%n",
          round, n, w, bytes / 1e6 / w, c, bytes / 1e6 / c, pc, bytes / 1e6 / pc,
          (double) a / chars);
    }
    if (args.length > 1) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < texts.size(); i++) {
        for (var s : r.recognize(texts.get(i), "ar")) {
          out.append(files.get(i).getFileName()).append('\t').append(s.start()).append('\t')
              .append(s.end()).append('\t').append(s.type()).append('\t')
              .append(s.normalized()).append('\n');
        }
      }
      Files.writeString(Path.of(args[1]), out);
    }
  }

  /** {@code -Dindex=true}: what the indexer asks ({@code recognizeForIndex}, no repeated mentions). */
  private static final boolean FOR_INDEX = Boolean.getBoolean("index");

  private static List<org.fahras.api.EntityRecognizer.EntitySpan> recognize(
      ArabicEntityRecognizer r, String text) {
    return FOR_INDEX ? r.recognizeForIndex(text, "ar") : r.recognize(text, "ar");
  }

  /**
   * {@code -Dthreads=N}: each round, N threads share the files (thread t takes every N-th from
   * t), as the host's indexing threads do; reports wall time, the CPU time and allocated bytes
   * of the N threads summed, and process CPU. No span file.
   */
  private static void parallel(ArabicEntityRecognizer r, List<String> texts, long bytes,
      long chars, int rounds, int n, com.sun.management.ThreadMXBean threads,
      com.sun.management.OperatingSystemMXBean os) {
    for (int round = 0; round < rounds; round++) {
      long[] cpu = new long[n];
      long[] alloc = new long[n];
      long[] found = new long[n];
      Thread[] workers = new Thread[n];
      for (int t = 0; t < n; t++) {
        int id = t;
        workers[t] = new Thread(() -> {
          long tid = Thread.currentThread().getId();
          long c = threads.getCurrentThreadCpuTime();
          long a = threads.getThreadAllocatedBytes(tid);
          long f = 0;
          for (int i = id; i < texts.size(); i += n) {
            f += recognize(r, texts.get(i)).size();
          }
          cpu[id] = threads.getCurrentThreadCpuTime() - c;
          alloc[id] = threads.getThreadAllocatedBytes(tid) - a;
          found[id] = f;
        });
      }
      long wall = System.nanoTime();
      long process = os.getProcessCpuTime();
      for (Thread w : workers) {
        w.start();
      }
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      double w = (System.nanoTime() - wall) / 1e9;
      double pc = (os.getProcessCpuTime() - process) / 1e9;
      double c = java.util.Arrays.stream(cpu).sum() / 1e9;
      long a = java.util.Arrays.stream(alloc).sum();
      System.out.printf(
          "round %d (%d threads): %d entities, %.2f s wall (%.1f MB/s), %.2f s CPU of the threads "
              + "(%.1f MB/s), process %.2f s CPU (%.1f MB/s), %.1f bytes allocated per char%n",
          round, n, java.util.Arrays.stream(found).sum(), w, bytes / 1e6 / w, c, bytes / 1e6 / c,
          pc, bytes / 1e6 / pc, (double) a / chars);
    }
  }

  static String decode(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return new String(b, Charset.forName("windows-1256"));
    }
  }
}
