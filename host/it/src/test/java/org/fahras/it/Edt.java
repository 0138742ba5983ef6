package org.fahras.it;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/** Helpers for the window tests: run on the event thread, wait for a state, save a screenshot. */
final class Edt {

  /** Where the window tests save their screenshots. */
  static final Path SHOTS = Path.of("target/screenshots");

  private Edt() {}

  /** Runs {@code c} on the event thread and returns its result (or throws its exception). */
  static <T> T call(Callable<T> c) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> error = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        result.set(c.call());
      } catch (Exception e) {
        error.set(e);
      }
    });
    if (error.get() != null) {
      throw error.get();
    }
    return result.get();
  }

  /** Polls {@code condition} on the event thread until it holds; fails after {@code timeout}. */
  static void waitFor(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (!call(condition)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /** Paints a window's root pane into {@code SHOTS/name} (PNG). */
  static Path screenshot(JRootPane root, String name) throws Exception {
    Files.createDirectories(SHOTS);
    BufferedImage image = call(() -> {
      root.validate();
      BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
      var g = img.createGraphics();
      root.printAll(g);
      g.dispose();
      return img;
    });
    Path file = SHOTS.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
