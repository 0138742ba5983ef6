package org.fahras.app.gui.export;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.ProgressMonitor;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.fahras.api.ResultExporter;
import org.fahras.app.export.ResultExport;
import org.fahras.app.gui.GuiContext;
import org.fahras.app.gui.GuiContribution;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.MainWindow;
import org.fahras.app.search.SearchRequest;

/**
 * File → Export results…: the current search's hits (all of them, with the current filters,
 * mode and order) or their entity table, written by one of the installed exporters into a file
 * the user picks, in the background with a cancellable progress dialog.
 */
public final class ExportContribution implements GuiContribution {

  private ExecutorService worker;

  @Override
  public void contribute(MainWindow w, GuiContext context) {
    I18n i18n = w.i18n();
    List<ResultExporter> exporters =
        context.plugins() == null ? List.of() : context.plugins().extensions(ResultExporter.class);
    AbstractAction export =
        new AbstractAction(i18n.get("export.menu")) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            export(w, context, exporters);
          }
        };
    export.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_E, InputEvent.CTRL_DOWN_MASK));
    export.putValue(Action.SHORT_DESCRIPTION, i18n.get(exporters.isEmpty() ? "export.none" : "export.tip"));
    export.setEnabled(!exporters.isEmpty());
    w.addFileAction(export).setName("file.export");
  }

  private synchronized ExecutorService worker() {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fahras-gui-export");
        t.setDaemon(true);
        return t;
      });
    }
    return worker;
  }

  private void export(MainWindow w, GuiContext context, List<ResultExporter> exporters) {
    I18n i18n = w.i18n();
    SearchRequest request = w.searchModel().request();
    long total = w.searchModel().total();
    if (request == null || total == 0) {
      JOptionPane.showMessageDialog(w.frame(), i18n.get("export.nothing"), i18n.get("export.menu"), JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    Locale locale = i18n.language().locale();
    JFileChooser chooser = new JFileChooser();
    chooser.setName("export.chooser");
    chooser.setDialogTitle(i18n.get("export.menu"));
    chooser.setAcceptAllFileFilterUsed(false);
    List<FileNameExtensionFilter> filters = new ArrayList<>();
    List<String> types = fileTypes(exporters, locale);
    for (int i = 0; i < exporters.size(); i++) {
      ResultExporter x = exporters.get(i);
      FileNameExtensionFilter f = new FileNameExtensionFilter(types.get(i), x.fileExtension());
      filters.add(f);
      chooser.addChoosableFileFilter(f);
    }
    chooser.setFileFilter(filters.get(0));
    JCheckBox entityTable = new JCheckBox(i18n.get("export.entityTable"));
    entityTable.setName("export.entityTable");
    chooser.setAccessory(entityTable);
    chooser.setSelectedFile(new java.io.File(i18n.get("export.defaultName") + "." + exporters.get(0).fileExtension()));
    chooser.applyComponentOrientation(i18n.orientation());
    if (chooser.showSaveDialog(w.frame()) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    ResultExporter exporter = exporters.get(Math.max(0, filters.indexOf(chooser.getFileFilter())));
    Path target = withExtension(chooser.getSelectedFile().toPath(), exporter.fileExtension());
    boolean table = entityTable.isSelected();
    ProgressMonitor monitor =
        new ProgressMonitor(w.frame(), i18n.format("export.progress", target.getFileName().toString()), "", 0, 1000);
    monitor.setMillisToDecideToPopup(200);
    monitor.setMillisToPopup(400);
    AtomicBoolean cancelled = new AtomicBoolean();
    ResultExport.Progress progress =
        new ResultExport.Progress() {
          long last;

          @Override
          public void progressed(long done, long all) {
            long now = System.nanoTime();
            if (now - last < 50_000_000L && done < all) {
              return; // at most 20 updates a second
            }
            last = now;
            int permille = all <= 0 ? 1000 : (int) Math.min(1000, done * 1000 / all);
            String note = i18n.format("export.count", done, all);
            SwingUtilities.invokeLater(() -> {
              monitor.setProgress(permille);
              monitor.setNote(note);
              if (monitor.isCanceled()) {
                cancelled.set(true);
              }
            });
          }

          @Override
          public boolean cancelled() {
            return cancelled.get();
          }
        };
    worker().execute(() -> {
      String message;
      boolean ok = false;
      try {
        long n = context.search().export(request, exporter, table, target, locale, progress);
        message = i18n.format(table ? "export.doneEntities" : "export.done", n, target.toString());
        ok = true;
      } catch (CancellationException e) {
        message = i18n.get("export.cancelled");
      } catch (Exception | LinkageError e) {
        message = i18n.format("export.failed", e.getMessage() == null ? e.toString() : e.getMessage());
      }
      String m = message;
      boolean success = ok;
      SwingUtilities.invokeLater(() -> {
        monitor.close();
        w.statusBar().setMessage(m);
        if (!success) {
          JOptionPane.showMessageDialog(w.frame(), org.fahras.app.gui.Untrusted.text(m), i18n.get("export.menu"), JOptionPane.WARNING_MESSAGE);
        }
      });
    });
  }

  /**
   * The file types the export dialog offers, one per installed exporter, in the exporters' order:
   * {@code "CSV (Excel) (*.csv)"}.
   */
  public static List<String> fileTypes(List<ResultExporter> exporters, Locale locale) {
    List<String> types = new ArrayList<>();
    for (ResultExporter x : exporters) {
      types.add(x.label(locale) + " (*." + x.fileExtension() + ")");
    }
    return types;
  }

  /** The path with the exporter's extension added when the user typed none (or another one). */
  static Path withExtension(Path p, String ext) {
    String name = p.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith("." + ext.toLowerCase(Locale.ROOT)) ? p : p.resolveSibling(name + "." + ext);
  }
}
