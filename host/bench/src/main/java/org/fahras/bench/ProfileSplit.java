package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a CPU profile of an indexing benchmark into the parts of the work: the text's analysis,
 * term hashing, stored fields, the final flush, parsing, fingerprints, entity recognition and so
 * on, in seconds per run.
 *
 * <p>Reads async-profiler's "collapsed" output taken with its {@code threads} option (one line per
 * distinct stack: {@code [thread tid=N];frame;frame;… samples}); a sample belongs to the first part
 * in {@link #PARTS} whose frame occurs in its stack. Threads other than the indexing ones
 * ({@link #isApplicationThread}: compilers, garbage collector, the benchmark's monitor) are counted
 * apart. Used for run M of docs/performance.md: {@link IndexCpu} with
 * {@code --only}, under the profiler, then
 *
 * <pre>{@code java -cp host/bench/target/fahras-bench-0.1.0-SNAPSHOT.jar org.fahras.bench.ProfileSplit FILE RUNS INTERVAL_MS}</pre>
 */
final class ProfileSplit {

  /** Part name → a frame that marks it, in the order they are tried. */
  static final List<String[]> PARTS =
      List.of(
          new String[] {"final flush and commit", "IndexWriter.commit"},
          new String[] {"final flush and commit", "IndexWriter.close"},
          // The parse threads' flush of the in-memory segments before the commit (IndexBatch).
          new String[] {"final flush and commit", "IndexWriter.flushNextBuffer"},
          new String[] {"entity recognition", "EntityExtraction"},
          new String[] {"entity fields and facets", "DocumentMapper.addEntities"},
          new String[] {"analysis of the text (token filters)", "incrementToken"},
          new String[] {"term hashing and postings", "TermsHashPerField.add"},
          new String[] {"stored fields", "StoredFieldsConsumer"},
          new String[] {"doc values, points, other field work", "IndexingChain"},
          new String[] {"reading and hashing the file", "FingerprintFields"},
          new String[] {"parsing (parser plugin)", "TikaDocumentParser.parse"},
          new String[] {"reading and decoding (raw baseline)", "RawLuceneBaseline"},
          new String[] {"building the record", "DocumentMapper"},
          new String[] {"walking the folder", "FileCrawler"});

  private ProfileSplit() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ProfileSplit COLLAPSED_FILE RUNS INTERVAL_MS");
      System.exit(2);
    }
    System.out.print(split(Files.readAllLines(Path.of(args[0])), Integer.parseInt(args[1]), Double.parseDouble(args[2])));
  }

  /**
   * The threads that do the indexing: the main thread (walk, submission, commit), the raw
   * baseline's and the host's parse threads. The rest (compilers, garbage collector, the
   * benchmark's own monitor) is the JVM's.
   */
  static boolean isApplicationThread(String frame) {
    String name = frame.startsWith("[") ? frame.substring(1) : frame;
    return name.startsWith("main ") || name.startsWith("raw-lucene") || name.startsWith("fahras-");
  }

  static String split(List<String> lines, int runs, double intervalMillis) {
    Map<String, Long> parts = new LinkedHashMap<>();
    for (String[] p : PARTS) {
      parts.putIfAbsent(p[0], 0L);
    }
    parts.put("other", 0L);
    long jvm = 0;
    for (String line : lines) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      long samples = Long.parseLong(line.substring(space + 1).strip());
      String stack = line.substring(0, space);
      String thread = stack.substring(0, Math.max(0, stack.indexOf(';')));
      if (!isApplicationThread(thread)) {
        jvm += samples;
        continue;
      }
      String part = "other";
      for (String[] p : PARTS) {
        if (stack.contains(p[1])) {
          part = p[0];
          break;
        }
      }
      parts.merge(part, samples, Long::sum);
    }
    double perRun = intervalMillis / 1000.0 / runs;
    long total = parts.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder b = new StringBuilder("| part | s per run | share |\n|---|---|---|\n");
    parts.entrySet().stream()
        .filter(e -> e.getValue() * perRun >= 0.005)
        .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
        .forEach(e -> b.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f %% |%n", e.getKey(), e.getValue() * perRun, 100.0 * e.getValue() / total)));
    b.append(String.format(Locale.ROOT, "| **application threads** | **%.2f** | 100 %% |%n", total * perRun));
    b.append(String.format(Locale.ROOT, "%nOther threads (the JVM's compilers and collector, the monitor) besides: %.2f s per run.%n", jvm * perRun));
    return b.toString();
  }
}
