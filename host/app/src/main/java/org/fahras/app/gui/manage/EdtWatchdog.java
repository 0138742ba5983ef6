package org.fahras.app.gui.manage;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A debug-mode watchdog for the event thread ({@code -Dfahras.edtWatchdog=true}): an {@link
 * EventQueue} pushed onto the system queue that times every dispatched event, and a sampling
 * thread that captures the event thread's stack while an event runs past the limit. Each slow
 * event is logged with that stack and counted ({@link #slowEvents()}), so a test can assert that
 * the window never froze.
 *
 * <p>An event that runs a nested event loop (a modal dialog, {@code JFileChooser}) is not timed:
 * the user is looking at the dialog, and the events dispatched inside it are timed on their own.
 */
public final class EdtWatchdog extends EventQueue {

  /** The system property that installs the watchdog at start. */
  public static final String PROPERTY = "fahras.edtWatchdog";
  /** The default limit: longer events make the window feel stuck. */
  public static final long DEFAULT_LIMIT_MILLIS = 100;

  private static final Logger log = LoggerFactory.getLogger(EdtWatchdog.class);
  private static volatile EdtWatchdog installed;

  /** One slow event: what it was, how long it took, and the event thread's stack while it ran. */
  public record SlowEvent(String event, long millis, List<StackTraceElement> stack) {}

  private final long limitNanos;
  private final AtomicLong dispatched = new AtomicLong();
  private final List<SlowEvent> slow = new ArrayList<>();
  private final Thread sampler;

  // The event being dispatched at depth 1, read by the sampler.
  private volatile long startedAt;
  private volatile Thread edt;
  private volatile StackTraceElement[] sampled;
  private volatile boolean nested;
  private int depth;

  private EdtWatchdog(long limitMillis) {
    this.limitNanos = limitMillis * 1_000_000L;
    this.sampler = new Thread(this::sample, "fahras-edt-watchdog");
    sampler.setDaemon(true);
  }

  /** Installs the watchdog when the system property asks for it; returns it, or null. */
  public static EdtWatchdog installIfRequested() {
    return Boolean.getBoolean(PROPERTY) ? install(DEFAULT_LIMIT_MILLIS) : null;
  }

  /** Installs the watchdog (once per process; later calls return the first). */
  public static synchronized EdtWatchdog install(long limitMillis) {
    if (installed == null) {
      EdtWatchdog w = new EdtWatchdog(limitMillis);
      Toolkit.getDefaultToolkit().getSystemEventQueue().push(w);
      w.sampler.start();
      installed = w;
      log.info("Event-thread watchdog on: events over {} ms are logged", limitMillis);
    }
    return installed;
  }

  /** The installed watchdog, or null. */
  public static EdtWatchdog installed() {
    return installed;
  }

  @Override
  protected void dispatchEvent(AWTEvent event) {
    depth++;
    if (depth > 1) {
      nested = true; // the outer event runs a nested loop: not timed
    } else {
      edt = Thread.currentThread();
      sampled = null;
      nested = false;
      startedAt = System.nanoTime();
    }
    try {
      super.dispatchEvent(event);
    } finally {
      depth--;
      dispatched.incrementAndGet();
      if (depth == 0) {
        long took = System.nanoTime() - startedAt;
        startedAt = 0;
        if (took > limitNanos && !nested) {
          record(event, took);
        }
      }
    }
  }

  private void record(AWTEvent event, long tookNanos) {
    StackTraceElement[] stack = sampled;
    List<StackTraceElement> frames = stack == null ? List.of() : List.of(stack);
    SlowEvent e = new SlowEvent(describe(event), tookNanos / 1_000_000, frames);
    synchronized (slow) {
      slow.add(e);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(25, frames.size()); i++) {
      sb.append("\n\tat ").append(frames.get(i));
    }
    log.warn("Event thread blocked {} ms by {}; its stack while blocked:{}", e.millis(), e.event(), sb);
  }

  private static String describe(AWTEvent event) {
    String s = event.toString();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** Samples the event thread's stack once an event runs past half the limit. */
  private void sample() {
    long period = Math.max(5, limitNanos / 1_000_000 / 5);
    while (true) {
      try {
        Thread.sleep(period);
      } catch (InterruptedException e) {
        return;
      }
      long start = startedAt;
      Thread t = edt;
      if (start != 0 && t != null && sampled == null && System.nanoTime() - start > limitNanos / 2) {
        StackTraceElement[] s = t.getStackTrace();
        if (startedAt == start) {
          sampled = s;
        }
      }
    }
  }

  /** How many events took longer than the limit. */
  public int slowEventCount() {
    synchronized (slow) {
      return slow.size();
    }
  }

  /** The slow events so far. */
  public List<SlowEvent> slowEvents() {
    synchronized (slow) {
      return List.copyOf(slow);
    }
  }

  /** Forgets the slow events so far (a test measures one phase). */
  public void reset() {
    synchronized (slow) {
      slow.clear();
    }
  }

  /** Events dispatched since installation. */
  public long dispatchedCount() {
    return dispatched.get();
  }
}
