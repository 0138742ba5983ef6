package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.gui.Fonts;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.manage.EdtWatchdog;
import org.fahras.app.gui.manage.IndexPanel;
import org.fahras.app.gui.manage.IndexViewModel;
import org.fahras.app.gui.manage.PluginsDialog;
import org.fahras.app.gui.manage.PluginsViewModel;
import org.fahras.app.index.Indexer;
import org.fahras.app.plugins.PluginHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index panel and the plugin manager in real windows (Xvfb in CI), with the packaged
 * plugins: indexes a few thousand generated files from the panel while the event-thread watchdog
 * times every event, stops a run from the Stop button, and saves screenshots in Arabic and
 * English to {@code target/screenshots/}. Skipped only when there is no display.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexManagementGuiTest {

  static final int FILES = 5000; // the figure: indexing 5,000 files keeps the window responsive

  @TempDir static Path tmp;
  static PluginHost host;
  static IndexAnalysis analysis;
  static Path docs;
  static EdtWatchdog watchdog;
  /** An event this long on the event thread means blocking work there, not a slow repaint. */
  static final long BLOCKING_MILLIS = 750;

  @BeforeAll
  static void setUp() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run");
    host = PluginHost.start(Cli.PLUGINS, tmp.resolve("cache"), false);
    analysis = IndexAnalysis.from(host.extensions(AnalyzerProvider.class));
    docs = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < FILES; i++) {
      Path folder = Files.createDirectories(docs.resolve("d" + (i / 300)));
      Files.writeString(folder.resolve("note-" + i + ".txt"),
          "مذكرة رقم " + i + " عن الفهرسة والبحث في الوثائق العربية. ", StandardCharsets.UTF_8);
    }
    Files.write(docs.resolve("<html><b>bold.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
    Files.write(docs.resolve("تقرير-تالف.docx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9});
    SwingUtilities.invokeAndWait(() -> {
      Fonts.register();
      FlatLightLaf.setup();
      UIManager.put("defaultFont", Fonts.ui(13f));
    });
    // The watchdog is there to catch work done on the event thread (reading files, indexing),
    // which takes seconds; a repaint that a loaded CI machine stretches past 100 ms is not that.
    watchdog = EdtWatchdog.install(BLOCKING_MILLIS);
  }

  @AfterAll
  static void tearDown() {
    if (host != null) {
      host.close();
    }
  }

  static IndexViewModel model(String name) {
    Path index = tmp.resolve(name + "-index");
    return new IndexViewModel(tmp.resolve(name + "-data"), index, settings -> new Indexer(
        index, analysis, host.extensions(DocumentParser.class), host::pluginIdOf, host.pluginsDir(),
        Runtime.getRuntime().availableProcessors(), settings, ParseRequest.DEFAULT_MAX_CHARACTERS,
        Indexer.DEFAULT_COMMIT_INTERVAL));
  }

  static <T> T onEdt(Callable<T> c) throws Exception {
    return Edt.call(c);
  }

  static void waitFor(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
    Edt.waitFor(what, timeout, condition);
  }

  static Path screenshot(Window w, String name) throws Exception {
    return Edt.screenshot(((javax.swing.RootPaneContainer) w).getRootPane(), name);
  }

  static JFrame frame(IndexPanel panel, I18n i18n) {
    JFrame f = new JFrame(i18n.get("index.title"));
    f.setContentPane(panel);
    f.applyComponentOrientation(i18n.orientation());
    f.setSize(new Dimension(900, 620));
    f.setVisible(true);
    return f;
  }

  @Test
  @Order(1)
  void indexingThousandsOfFilesFromThePanelNeverBlocksTheEventThread() throws Exception {
    I18n i18n = new I18n(I18n.Language.ARABIC);
    IndexViewModel model = model("ar");
    IndexPanel panel = onEdt(() -> new IndexPanel(model, i18n));
    JFrame frame = onEdt(() -> frame(panel, i18n));
    model.addFolder(docs);
    waitFor("the folder listed", Duration.ofSeconds(10), () -> panel.folderList().getModel().getSize() == 1);
    waitFor("the window shown", Duration.ofSeconds(10), frame::isShowing);
    Thread.sleep(300); // first paint, fonts
    watchdog.reset();
    long dispatchedBefore = watchdog.dispatchedCount();

    onEdt(() -> {
      panel.startButton().doClick(0);
      return null;
    });
    waitFor("a third of the files", Duration.ofSeconds(120), () -> model.snapshot().progress().doneFiles() > FILES / 3);
    assertThat(onEdt(() -> panel.progressBar().getValue())).isPositive();
    assertThat(onEdt(() -> panel.stopButton().isEnabled())).isTrue();
    screenshot(frame, "index-panel-ar.png");
    waitFor("the run", Duration.ofSeconds(180), () -> model.snapshot().outcome() == IndexViewModel.Outcome.DONE);
    waitFor("the failures table", Duration.ofSeconds(10), () -> panel.failureTable().getRowCount() == 2);
    screenshot(frame, "index-panel-done-ar.png");

    assertThat(model.snapshot().result().added()).isEqualTo(FILES);
    assertThat(watchdog.dispatchedCount() - dispatchedBefore).as("events were dispatched meanwhile").isPositive();
    assertThat(watchdog.slowEvents()).as("events blocking the event thread").isEmpty();
    onEdt(() -> {
      panel.detach();
      frame.dispose();
      return null;
    });
    model.close();
  }

  @Test
  @Order(2)
  void stopButtonCutsTheRunShortInEnglish() throws Exception {
    I18n i18n = new I18n(I18n.Language.ENGLISH);
    IndexViewModel model = model("en");
    IndexPanel panel = onEdt(() -> new IndexPanel(model, i18n));
    JFrame frame = onEdt(() -> frame(panel, i18n));
    model.addFolder(docs);
    waitFor("the folder listed", Duration.ofSeconds(10), () -> panel.folderList().getModel().getSize() == 1);
    waitFor("the window shown", Duration.ofSeconds(10), frame::isShowing);
    Thread.sleep(300); // the first show of a window (X server round trips) is not what is measured
    watchdog.reset();

    onEdt(() -> {
      panel.startButton().doClick(0);
      return null;
    });
    waitFor("a quarter of the files", Duration.ofSeconds(120), () -> model.snapshot().progress().doneFiles() > FILES / 4);
    screenshot(frame, "index-panel-en.png");
    onEdt(() -> {
      panel.stopButton().doClick(0);
      return null;
    });
    waitFor("the stop", Duration.ofSeconds(20), () -> model.snapshot().state() == IndexViewModel.State.IDLE);

    assertThat(model.snapshot().outcome()).isEqualTo(IndexViewModel.Outcome.STOPPED);
    assertThat(onEdt(() -> panel.statusLabel().getText())).startsWith("Stopped");
    assertThat(watchdog.slowEvents()).isEmpty();
    onEdt(() -> {
      panel.detach();
      frame.dispose();
      return null;
    });
    model.close();
  }

  @Test
  @Order(3)
  void pluginManagerListsThePackagedPluginsInBothLanguages() throws Exception {
    for (I18n.Language language : List.of(I18n.Language.ARABIC, I18n.Language.ENGLISH)) {
      I18n i18n = new I18n(language);
      PluginsViewModel m = new PluginsViewModel(host::plugins, host.changes(), false);
      PluginsDialog d = onEdt(() -> {
        PluginsDialog dialog = new PluginsDialog(null, m, i18n, Executors.newSingleThreadExecutor());
        dialog.applyComponentOrientation(i18n.orientation());
        dialog.setVisible(true);
        return dialog;
      });
      waitFor("the plugin rows", Duration.ofSeconds(10), () -> d.table().getRowCount() >= 2);
      List<String> ids = onEdt(() -> {
        List<String> all = new java.util.ArrayList<>();
        for (int row = 0; row < d.table().getRowCount(); row++) {
          all.add(String.valueOf(d.table().getValueAt(row, 0)));
        }
        return all;
      });
      assertThat(ids).contains("arabic-analysis", "tika-parser", "arabic-entities", "exporters");
      int analysis = ids.indexOf("arabic-analysis");
      assertThat(onEdt(() -> String.valueOf(d.table().getValueAt(analysis, 4)))).isEqualTo("AnalyzerProvider");
      screenshot(d, "plugins-" + language.locale().getLanguage() + ".png");
      onEdt(() -> {
        d.dispose();
        return null;
      });
    }
  }

}
