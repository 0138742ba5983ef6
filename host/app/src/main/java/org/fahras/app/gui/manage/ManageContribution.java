package org.fahras.app.gui.manage;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.AbstractAction;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.config.AppPaths;
import org.fahras.app.gui.GuiContext;
import org.fahras.app.gui.GuiContribution;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.MainWindow;
import org.fahras.app.gui.settings.SettingsDialog;
import org.fahras.app.gui.settings.SettingsViewModel;
import org.fahras.app.index.Indexer;
import org.fahras.app.plugins.PluginHost;

/**
 * Puts index management, the plugin manager and the settings into the main window: three items
 * in the Tools menu and an indexing indicator in the status bar. The index view-model lives as
 * long as the application (a run goes on while the window is rebuilt for another language) and
 * is closed, committing, when the JVM ends.
 */
public final class ManageContribution implements GuiContribution {

  private IndexViewModel index;
  private ExecutorService worker;
  private MainWindow window;
  private JDialog indexDialog;
  private IndexPanel indicatorSource;

  @Override
  public void contribute(MainWindow w, GuiContext context) {
    this.window = w;
    init(context);
    I18n i18n = w.i18n();
    if (indexDialog != null) {
      indexDialog.dispose();
      indexDialog = null;
    }
    w.addToolsAction(action(i18n.get("tools.index"), "tools.index", () -> openIndex(w)));
    AbstractAction plugins = action(i18n.get("tools.plugins"), "tools.plugins", () -> w.openDialog(frame -> {
      PluginHost host = context.plugins();
      PluginsViewModel m = new PluginsViewModel(host::plugins, host.changes(), host.isDevelopment());
      return new PluginsDialog(frame, m, i18n, worker);
    }));
    plugins.setEnabled(context.plugins() != null);
    w.addToolsAction(plugins);
    w.addToolsAction(action(i18n.get("tools.settings"), "tools.settings", () -> openSettings(w, context)));
    if (indicatorSource != null) {
      indicatorSource.detach();
    }
    indicatorSource = new IndexPanel(index, i18n);
    w.statusBar().addTrailing(indicatorSource.statusIndicator(() -> openIndex(w)));
  }

  private synchronized void init(GuiContext context) {
    if (index != null) {
      return;
    }
    EdtWatchdog.installIfRequested();
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fahras-gui-manage");
      t.setDaemon(true);
      return t;
    });
    PluginHost host = context.plugins();
    index = new IndexViewModel(context.dataDir(), context.indexDir(), settings -> new Indexer(
        context.indexDir(),
        context.analysis(),
        host == null ? List.of() : host.extensions(DocumentParser.class),
        host == null ? o -> "host" : host::pluginIdOf,
        host == null ? AppPaths.system().pluginsDir() : host.pluginsDir(),
        Runtime.getRuntime().availableProcessors(),
        settings,
        ParseRequest.DEFAULT_MAX_CHARACTERS,
        Indexer.commitIntervalFromSystem()).withBackend(context.indexBackend()));
    index.onIndexChanged(() -> SwingUtilities.invokeLater(() -> {
      if (window != null) {
        window.indexChanged();
      }
    }));
    index.load();
    Runtime.getRuntime().addShutdownHook(new Thread(index::close, "fahras-index-close"));
  }

  /** The index view-model (for tests and other parts of the GUI). */
  public IndexViewModel indexModel() {
    return index;
  }

  private void openIndex(MainWindow w) {
    if (indexDialog != null && indexDialog.isDisplayable()) {
      indexDialog.toFront();
      return;
    }
    indexDialog = w.openDialog(frame -> {
      JDialog d = new JDialog(frame, w.i18n().get("index.title"), java.awt.Dialog.ModalityType.MODELESS);
      d.setName("index.dialog");
      IndexPanel panel = new IndexPanel(index, w.i18n());
      d.setContentPane(panel);
      d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
      d.addWindowListener(new java.awt.event.WindowAdapter() {
        @Override
        public void windowClosed(java.awt.event.WindowEvent e) {
          panel.detach();
        }
      });
      d.pack();
      return d;
    });
  }

  private void openSettings(MainWindow w, GuiContext context) {
    SettingsViewModel m = new SettingsViewModel(context.dataDir(), context.dataDir().resolve("index"), context.analysis(),
        context.plugins() == null ? java.util.List.of() : org.fahras.app.plugins.PluginOptions.of(context.plugins()))
        .withBackends(context.plugins() == null
            ? java.util.List.of()
            : context.plugins().extensions(org.fahras.api.backend.IndexBackendProvider.class));
    worker.execute(() -> {
      try {
        m.load();
      } catch (java.io.IOException | RuntimeException e) {
        return;
      }
      SwingUtilities.invokeLater(() -> w.openDialog(frame -> new SettingsDialog(frame, m, w.i18n(), worker, saved -> {
        // The main window switches language and theme through its View menu items.
        if (saved.themeChanged()) {
          click(w.viewMenu(), w.i18n().get("theme." + saved.theme().key()), null);
        }
        if (saved.languageChanged()) {
          click(w.viewMenu(), null, "language." + saved.language().locale().getLanguage());
        }
      })));
    });
  }

  /** Clicks the View menu's radio item with this text or name. */
  private static void click(JMenu menu, String text, String name) {
    for (Component c : menu.getMenuComponents()) {
      if (c instanceof JMenu sub) {
        click(sub, text, name);
      } else if (c instanceof JMenuItem item
          && ((text != null && text.equals(item.getText())) || (name != null && name.equals(item.getName())))) {
        if (!item.isSelected()) {
          item.doClick(0);
        }
        return;
      }
    }
  }

  private static AbstractAction action(String text, String name, Runnable run) {
    AbstractAction a = new AbstractAction(text) {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        run.run();
      }
    };
    a.putValue("fahras.key", name);
    return a;
  }

}
