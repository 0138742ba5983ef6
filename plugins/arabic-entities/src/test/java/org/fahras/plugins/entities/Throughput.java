package org.fahras.plugins.entities;

import java.util.List;
import java.util.Random;

/**
 * Measures recognition speed on generated news text (not a test; the figures in
 * docs/entities.md). Run from the module after {@code mvn -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.fahras.plugins.entities.Throughput [megabytes]}.
 */
public final class Throughput {

  private Throughput() {}

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    long t0 = System.nanoTime();
    ArabicEntityRecognizer recognizer = new ArabicEntityRecognizer();
    recognizer.recognize("القاهرة", "ar"); // the first call reads the word lists and ICU's names
    long t1 = System.nanoTime();
    System.out.printf("start-up (lexicon and ICU names): %d ms, %d ICU place names%n",
        (t1 - t0) / 1_000_000, IcuNames.places().size());
    List<AnnotatedText> docs = AnnotatedText.load("dev-set.txt");
    StringBuilder b = new StringBuilder();
    Random random = new Random(1);
    while (b.length() < megabytes * 1_000_000 / 2) {
      // Arabic letters are two bytes in UTF-8: chars × 2 ≈ bytes.
      b.append(docs.get(random.nextInt(docs.size())).text()).append("\n\n");
    }
    String text = b.toString();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    // Documents of about 20 KB, as an indexing run sees them, then the whole text at once.
    List<String> documents = new java.util.ArrayList<>();
    for (int at = 0; at < text.length(); at += 10_000) {
      documents.add(text.substring(at, Math.min(text.length(), at + 10_000)));
    }
    int rounds = Integer.getInteger("rounds", 5);
    for (int round = 0; round < rounds; round++) {
      long s = System.nanoTime();
      long process = processCpu();
      long cpu = threads.getCurrentThreadCpuTime();
      int n = 0;
      for (String d : documents) {
        n += recognizer.recognize(d, "ar").size();
      }
      double seconds = (System.nanoTime() - s) / 1e9;
      double processSeconds = (processCpu() - process) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double mb = text.length() * 2 / 1e6;
      System.out.printf(
          "round %d: %d documents of 20 KB, %d entities, %.2f s wall (%.1f MB/s), %.2f s CPU of "
              + "this thread (%.1f MB/s), %.2f s CPU of the process with GC (%.1f MB/s)%n",
          round, documents.size(), n, seconds, mb / seconds, cpuSeconds, mb / cpuSeconds,
          processSeconds, mb / processSeconds);
    }
    for (int round = 0; round < 5; round++) {
      long s = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long process = processCpu();
      int n = recognizer.recognize(text, "ar").size();
      double seconds = (System.nanoTime() - s) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double processSeconds = (processCpu() - process) / 1e9;
      double mb = text.length() * 2 / 1e6;
      System.out.printf(
          "round %d: %d chars (%.1f MB UTF-8), %d entities, %.2f s wall (%.1f MB/s), "
              + "%.2f s CPU of this thread (%.1f MB/s), %.2f s CPU of the process with GC "
              + "(%.1f MB/s)%n",
          round, text.length(), mb, n, seconds, mb / seconds, cpuSeconds, mb / cpuSeconds,
          processSeconds, mb / processSeconds);
    }
  }
}
