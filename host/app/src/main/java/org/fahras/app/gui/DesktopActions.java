package org.fahras.app.gui;

import java.awt.Component;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Opens a hit's file with the desktop's default application, or shows it in its folder, off the
 * event thread (the desktop may take a while to answer). A document inside an archive or e-mail
 * ({@code container!/entry}) opens its container. Failures are shown in a message box.
 */
public final class DesktopActions {

  /** The separator between a container and an entry in hit paths. */
  static final String ENTRY_SEPARATOR = "!/";

  private final Executor worker;
  private final I18n i18n;

  public DesktopActions(Executor worker, I18n i18n) {
    this.worker = worker;
    this.i18n = i18n;
  }

  /** The file on disk for a hit path: the path itself, or the container of an embedded entry. */
  public static Path fileOf(String hitPath) {
    try {
      Path p = Path.of(hitPath);
      if (Files.exists(p)) {
        return p;
      }
    } catch (InvalidPathException e) {
      // an entry path with characters the file system does not take: use the container
    }
    int cut = hitPath.indexOf(ENTRY_SEPARATOR);
    return Path.of(cut > 0 ? hitPath.substring(0, cut) : hitPath);
  }

  /** Opens the file with its default application. */
  public void open(String hitPath, Component parent) {
    Path file = fileOf(hitPath);
    worker.execute(() -> {
      try {
        check(file, Desktop.Action.OPEN);
        Desktop.getDesktop().open(file.toFile());
      } catch (IOException | RuntimeException e) {
        fail(parent, "open.failed", file, e);
      }
    });
  }

  /** Shows the file in its folder (selected, where the desktop supports that). */
  public void reveal(String hitPath, Component parent) {
    Path file = fileOf(hitPath);
    worker.execute(() -> {
      try {
        if (!Files.exists(file)) {
          throw new IOException(i18n.get("open.missing"));
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
          Desktop.getDesktop().browseFileDirectory(file.toFile());
        } else {
          Path folder = file.toAbsolutePath().getParent();
          check(folder, Desktop.Action.OPEN);
          Desktop.getDesktop().open(folder.toFile());
        }
      } catch (IOException | RuntimeException e) {
        fail(parent, "reveal.failed", file, e);
      }
    });
  }

  private void check(Path file, Desktop.Action action) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(i18n.get("open.missing"));
    }
    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
      throw new IOException(i18n.get("open.unsupported"));
    }
  }

  private void fail(Component parent, String key, Path file, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    SwingUtilities.invokeLater(() ->
        JOptionPane.showMessageDialog(
            parent, i18n.format(key, file, reason), i18n.get("app.title"), JOptionPane.WARNING_MESSAGE));
  }
}
