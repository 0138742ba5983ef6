package org.fahras.app.gui;

import com.formdev.flatlaf.FlatLaf;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.UserConfig;
import org.fahras.app.gui.preview.PreviewViewModel;
import org.fahras.app.gui.search.QueryHistory;
import org.fahras.app.gui.search.SearchViewModel;
import org.fahras.app.plugins.PluginHost;

/**
 * The desktop GUI's entry point: sets up the look and feel (FlatLaf light or dark, the bundled
 * Noto Sans Arabic as default font), the language (Arabic turns the window right to left), the
 * view-models and the main window. Language and theme come from the user's configuration ({@code
 * ui.language}, {@code ui.theme}); switching either from the View menu saves it and rebuilds the
 * window in place, keeping the query, results and preview.
 */
public final class FahrasGui {

  /** Default font size of the interface, in points. */
  static final float FONT_SIZE = 13f;

  /**
   * What to open.
   *
   * @param dataDir the data folder (configuration, query history)
   * @param indexDir the index to search
   * @param analysis the index's analysis (from the analyzer plugin)
   * @param plugins the plugin host, or null
   * @param initialQuery a query to run at once, or null
   * @param language the interface language, or null for the configured one (else the system's)
   * @param contributions parts added to the window by other modules
   * @param indexBackend the backend holding the index when it is not the local index in {@code
   *     indexDir} (which then keeps the catalogue), or null; the caller closes it
   */
  public record Options(
      Path dataDir,
      Path indexDir,
      IndexAnalysis analysis,
      PluginHost plugins,
      String initialQuery,
      I18n.Language language,
      List<GuiContribution> contributions,
      org.fahras.api.backend.IndexBackend indexBackend) {

    /** Options for the local index in {@code indexDir}. */
    public Options(
        Path dataDir,
        Path indexDir,
        IndexAnalysis analysis,
        PluginHost plugins,
        String initialQuery,
        I18n.Language language,
        List<GuiContribution> contributions) {
      this(dataDir, indexDir, analysis, plugins, initialQuery, language, contributions, null);
    }
  }

  private final Options options;
  private final ExecutorService worker;
  private final IndexSearchBackend backend;
  private final SearchViewModel search;
  private final PreviewViewModel preview;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final GuiContext context;
  private I18n i18n;
  private Theme theme;
  private MainWindow window;

  private FahrasGui(Options options) {
    this.options = options;
    this.worker = Executors.newCachedThreadPool(daemonThreads());
    this.backend = options.indexBackend() == null
        ? new IndexSearchBackend(options.indexDir(), options.analysis())
        : new IndexSearchBackend(
            options.indexDir(),
            options.analysis(),
            () -> new org.fahras.app.search.RemoteSearcher(options.indexBackend(), options.analysis(), false));
    this.context = new GuiContext(
        options.dataDir(), options.indexDir(), options.analysis(), options.plugins(), backend, options.indexBackend());
    QueryHistory history = QueryHistory.load(options.dataDir());
    this.search = new SearchViewModel(backend, history, worker, SwingUtilities::invokeLater);
    this.preview = new PreviewViewModel(backend, worker, SwingUtilities::invokeLater);
    search.addListener(e -> {
      if (SearchViewModel.SELECTION.equals(e.getPropertyName())) {
        preview.show(search.selectedHit(), search.request());
      }
    });
  }

  /** True when a window can be shown (a display is available). */
  public static boolean available() {
    return !GraphicsEnvironment.isHeadless();
  }

  /**
   * Opens the main window and returns at once; {@link #awaitClosed()} waits until the user closes
   * it.
   *
   * @throws java.awt.HeadlessException when there is no display
   */
  public static FahrasGui open(Options options) throws Exception {
    if (!available()) {
      throw new java.awt.HeadlessException("no display for the GUI");
    }
    FahrasGui gui = new FahrasGui(options);
    UserConfig config = loadConfig(options.dataDir());
    I18n.Language language = options.language() != null
        ? options.language()
        : config.settings().containsKey(UserConfig.UI_LANGUAGE)
            ? I18n.Language.of(config.setting(UserConfig.UI_LANGUAGE, "en"))
            : I18n.Language.system();
    Theme theme = Theme.of(config.setting(UserConfig.UI_THEME, "light"));
    SwingUtilities.invokeAndWait(() -> {
      gui.setUp(language, theme);
      if (options.initialQuery() != null && !options.initialQuery().isBlank()) {
        gui.search.searchFor(options.initialQuery());
      }
    });
    return gui;
  }

  private static UserConfig loadConfig(Path dataDir) {
    try {
      return UserConfig.load(dataDir);
    } catch (IOException | RuntimeException e) {
      try {
        return UserConfig.load(dataDir.resolve("missing-" + System.nanoTime()));
      } catch (IOException never) {
        throw new IllegalStateException(never);
      }
    }
  }

  /** Look and feel with the bundled font; called on the event thread. */
  static void installLookAndFeel(Theme theme) {
    Fonts.register();
    theme.install();
    // A composite font: Noto Sans Arabic first, the platform's font for Latin and the rest.
    UIManager.put("defaultFont", Fonts.ui(FONT_SIZE));
    FlatLaf.updateUI();
  }

  private void setUp(I18n.Language language, Theme newTheme) {
    this.theme = newTheme;
    this.i18n = new I18n(language);
    installLookAndFeel(newTheme);
    preview.setDefaultRightToLeft(i18n.isRightToLeft());
    Rectangle bounds = null;
    int state = 0;
    MainWindow old = window;
    if (old != null) {
      bounds = old.frame().getBounds();
      state = old.frame().getExtendedState();
    }
    window = new MainWindow(i18n, theme, search, preview, backend, new DesktopActions(worker, i18n), worker, host());
    for (GuiContribution c : options.contributions()) {
      c.contribute(window, context);
    }
    window.frame().applyComponentOrientation(i18n.orientation());
    window.searchBar().orientField();
    if (old != null) {
      old.detach();
      old.frame().dispose();
      window.frame().setBounds(bounds);
      window.frame().setExtendedState(state);
    }
    window.frame().setVisible(true);
    window.frame().validate();
    window.placeDividers();
    window.searchBar().focusField();
  }

  private MainWindow.Host host() {
    return new MainWindow.Host() {
      @Override
      public void switchLanguage(I18n.Language language) {
        save(UserConfig.UI_LANGUAGE, language.locale().getLanguage());
        setUp(language, theme);
      }

      @Override
      public void switchTheme(Theme t) {
        save(UserConfig.UI_THEME, t.key());
        setUp(i18n.language(), t);
      }

      @Override
      public void windowClosed(MainWindow closed) {
        if (closed == window) {
          shutdown(); // not a window replaced by a rebuild
        }
      }
    };
  }

  /** Saves one setting, re-reading the file first so changes made meanwhile (by the CLI) are kept. */
  private void save(String key, String value) {
    worker.execute(() -> {
      try {
        UserConfig c = UserConfig.load(options.dataDir());
        c.setSetting(key, value);
        c.save();
      } catch (IOException | RuntimeException e) {
        // the choice still applies to this session
      }
    });
  }

  private void shutdown() {
    worker.shutdown();
    backend.close();
    closed.countDown();
  }

  /** Blocks until the window is closed. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /** The current main window (it is replaced when the language or theme changes). */
  public MainWindow window() {
    return window;
  }

  public SearchViewModel searchModel() {
    return search;
  }

  public PreviewViewModel previewModel() {
    return preview;
  }

  /** Switches language and rebuilds the window (for tests and the View menu); on the event thread. */
  public void switchLanguage(I18n.Language language) {
    host().switchLanguage(language);
  }

  /** Closes the window; {@link #awaitClosed()} returns. */
  public void close() {
    SwingUtilities.invokeLater(() -> window.frame().dispose());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "fahras-gui-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
