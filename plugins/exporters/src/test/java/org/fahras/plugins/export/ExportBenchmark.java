package org.fahras.plugins.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.api.EntityType;
import org.fahras.api.ResultExporter;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.Export;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Snippet;

/**
 * Exports generated hits (Arabic titles, three Arabic snippets of about 400 characters, four
 * entities each) through every exporter into files, one exporter after the other, and prints per
 * exporter the size of the file, the time and the peak heap used. Hits are made one at a time,
 * as the host pages them in, so the heap holds only what the exporter keeps.
 *
 * <pre>
 * java -Xmx64m -cp CLASSPATH org.fahras.plugins.export.ExportBenchmark 10000 OUT_DIR
 * </pre>
 *
 * <p>Prints one line per exporter: {@code id hits=N bytes=B millis=T liveHeapMiB=L peakHeapMiB=P
 * maxHeapMiB=X}. {@code liveHeapMiB} is the largest heap in use after a full collection, measured
 * every 1,000 hits: what the exporter (and the JVM) really keep. {@code peakHeapMiB} is the sum
 * of the heap pools' peaks, garbage included (an upper bound). {@code ExportMemoryIT} runs this
 * in a JVM whose heap is capped below the size of the files written.
 */
public final class ExportBenchmark {

  static final List<ResultExporter> EXPORTERS =
      List.of(
          new CsvExporter(),
          new JsonExporter(),
          new JsonLinesExporter(),
          new HtmlReportExporter(),
          new XlsxExporter());

  private static final String SENTENCE =
      "أطلقت كوريا الشمالية صباح اليوم عددًا من الصواريخ الباليستية القصيرة المدى باتجاه بحر"
          + " اليابان، وقال مجلس الأمن إن التجارب الصاروخية المتكررة تهدد الاستقرار في المنطقة، ";

  /** How often (in hits) the live heap is measured, after a garbage collection. */
  private static final int SAMPLE_EVERY = 1000;

  private ExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    for (ResultExporter exporter : EXPORTERS) {
      Path file = dir.resolve("export." + exporter.fileExtension());
      System.gc();
      List<MemoryPoolMXBean> heap = heapPools();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long live = 0;
      long start = System.nanoTime();
      Export export =
          new Export("الصواريخ", count, Instant.now(), Locale.forLanguageTag("ar"), Map.of());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
          ResultExporter.HitWriter w = exporter.open(out, export)) {
        for (int i = 1; i <= count; i++) {
          w.write(hit(i));
          if (i % SAMPLE_EVERY == 0) {
            live = Math.max(live, liveHeap());
          }
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean p : heap) {
        peak += p.getPeakUsage().getUsed();
      }
      System.out.printf(
          Locale.ROOT,
          "%s hits=%d bytes=%d millis=%d liveHeapMiB=%.1f peakHeapMiB=%.1f maxHeapMiB=%.1f%n",
          exporter.id(),
          count,
          Files.size(file),
          millis,
          live / 1048576.0,
          peak / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  /** The {@code i}th generated hit. */
  static Hit hit(int i) {
    List<Snippet> snippets = new ArrayList<>(3);
    for (int s = 0; s < 3; s++) {
      String text = s + "-" + i + " " + SENTENCE + SENTENCE;
      snippets.add(Fixtures.marked(text, "الصواريخ", "الباليستية"));
    }
    return new Hit(
        i,
        "/archive/مجلد-" + (i % 100) + "/وثيقة-" + i + ".pdf",
        10f / i,
        "تقرير رقم " + i + " عن الصواريخ الباليستية",
        "application/pdf",
        1000L + i,
        Instant.ofEpochSecond(1_700_000_000L + i),
        Instant.ofEpochSecond(1_690_000_000L + i),
        snippets,
        List.of(
            new Entity(EntityType.PERSON, "كيم جونغ أون"),
            new Entity(EntityType.LOCATION, "كوريا الشمالية"),
            new Entity(EntityType.LOCATION, "اليابان"),
            new Entity(EntityType.ORGANIZATION, "مجلس الأمن")));
  }

  /** The heap in use after a full collection: what is really kept. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heap.add(p);
      }
    }
    return heap;
  }
}
