package org.fahras.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.fahras.app.index.IndexRunResult;

/**
 * Indexes the corpus in its own JVM (started by {@link Main} with a small {@code -Xmx}) and
 * prints one line with the outcome and the heap it needed: the peak of the used heap, and the
 * largest heap still in use after a collection (the live set, what {@code -Xmx} must hold).
 *
 * <p>Usage: {@code HeapProbe PLUGINS CACHE INDEX THREADS ROOT...}
 */
public final class HeapProbe {

  private HeapProbe() {}

  /** Largest heap in use after any collection so far, in bytes. */
  static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  public static void main(String[] args) throws Exception {
    watchCollections();
    Path plugins = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path index = Path.of(args[2]);
    int threads = Integer.parseInt(args[3]);
    List<Path> roots = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      roots.add(Path.of(args[i]));
    }
    CorpusGenerator.deleteTree(index);
    try (FahrasPipeline fahras = new FahrasPipeline(plugins, cache)) {
      IndexRunResult r = fahras.index(index, roots, threads);
      System.out.printf(
          Locale.ROOT,
          "HEAP ok=true maxHeapMB=%.0f peakUsedMB=%.1f maxLiveMB=%.1f files=%d failed=%d seconds=%.2f%n",
          Runtime.getRuntime().maxMemory() / 1048576.0,
          peakHeapUsed() / 1048576.0,
          MAX_AFTER_GC.get() / 1048576.0,
          r.scanned(),
          r.failed(),
          r.took().toNanos() / 1e9);
    } catch (OutOfMemoryError e) {
      System.out.println("HEAP ok=false error=OutOfMemoryError");
      System.exit(3);
    }
  }

  /** Sum of the heap pools' peak usage since start (or the last reset). */
  static long peakHeapUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    MAX_AFTER_GC.set(0);
  }

  static void watchCollections() {
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                  return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                  }
                }
                MAX_AFTER_GC.accumulateAndGet(used, Math::max);
              },
              null,
              null);
    }
  }
}
