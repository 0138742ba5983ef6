package org.fahras.plugins.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.fahras.api.ParseRequest;

/**
 * A hand-run timing, not a test: charset detection of the {@code .txt} files of a folder that are
 * not UTF-8 (the benchmark corpus's windows-1256 files, {@code host/bench}), by ICU (Tika's
 * {@code Icu4jEncodingDetector}, as the fast path used it before) and by {@link
 * ArabicCharsetDetector}, over the same samples; then the whole fast path over every file. Times
 * are the thread's CPU time, which a busy machine disturbs less than wall-clock time.
 *
 * <p>Run with the test class path: {@code java -cp … org.fahras.plugins.tika.CharsetDetectionBench
 * host/bench/target/bench-work/corpus/plain}.
 */
public final class CharsetDetectionBench {

  private CharsetDetectionBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<byte[]> legacy = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (!PlainTextReader.isUtf8WithMultiByte(bytes) && !startsWithUtf8Bom(bytes)) {
        legacy.add(bytes);
      }
    }
    EncodingDetector icu = new org.apache.tika.parser.txt.Icu4jEncodingDetector();
    TikaDocumentParser parser = SharedParserInProcess.get();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%d .txt files, %d not UTF-8%n", files.size(), legacy.size());
    for (int round = 0; round < 5; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      int agree = 0;
      for (byte[] b : legacy) {
        Charset slow = icu(icu, b);
        Charset fast = ArabicCharsetDetector.detect(b, 0, PlainTextReader.detectionSample(b));
        agree += slow != null && slow.equals(fast) ? 1 : 0;
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (byte[] b : legacy) {
        icu(icu, b);
      }
      long t2 = threads.getCurrentThreadCpuTime();
      int undecided = 0;
      for (byte[] b : legacy) {
        undecided +=
            ArabicCharsetDetector.detect(b, 0, PlainTextReader.detectionSample(b)) == null ? 1 : 0;
      }
      long t3 = threads.getCurrentThreadCpuTime();
      for (Path file : files) {
        parser.parse(ParseRequest.of(file));
      }
      long t4 = threads.getCurrentThreadCpuTime();
      System.out.printf(
          "round %d: ICU %.3f s (%.0f us/file), Fahras detector %.4f s (%.1f us/file, %d undecided,"
              + " %d of %d agree with ICU); fast path over all %d files %.2f s CPU%n",
          round,
          (t2 - t1) / 1e9,
          (t2 - t1) / 1e3 / legacy.size(),
          (t3 - t2) / 1e9,
          (t3 - t2) / 1e3 / legacy.size(),
          undecided,
          agree,
          legacy.size(),
          files.size(),
          (t4 - t3) / 1e9);
      if (round == 0) {
        System.out.printf("  (first round includes the comparison pass: %.3f s)%n", (t1 - t0) / 1e9);
      }
    }
    System.exit(0);
  }

  private static Charset icu(EncodingDetector icu, byte[] b) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, MediaType.TEXT_PLAIN.toString());
    try (InputStream in = new ByteArrayInputStream(b, 0, PlainTextReader.detectionSample(b))) {
      return icu.detect(in, metadata);
    }
  }

  private static boolean startsWithUtf8Bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }
}
