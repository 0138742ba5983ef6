package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.AbstractAction;
import javax.swing.SwingUtilities;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.gui.FahrasGui;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.MainWindow;
import org.fahras.app.gui.preview.PreviewViewModel;
import org.fahras.app.gui.search.SearchViewModel;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.search.TextRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window on a display (Xvfb in CI): indexes the sample corpus with the packaged plugins,
 * opens the GUI in Arabic, searches in Arabic from the keyboard, selects the first hit, moves
 * through its hits, switches to English, and saves screenshots of both to {@code
 * target/screenshots/}. Skipped only when there is no display.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiSmokeTest {

  static final String QUERY = "كوريا الشمالية";
  static final String SCREENSHOT_QUERY = "المياه";

  @TempDir static Path tmp;
  static PluginHost host;
  static FahrasGui gui;
  static int toolsActionRuns;

  @BeforeAll
  static void openWindow() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run");
    Path index = tmp.resolve("index");
    Cli.Result r = Cli.withPlugins("index", "-q", "--index", index.toString(), Cli.CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    host = PluginHost.start(Cli.PLUGINS, tmp.resolve("cache"), false);
    IndexAnalysis analysis = IndexAnalysis.from(host.extensions(AnalyzerProvider.class));
    gui =
        FahrasGui.open(
            new FahrasGui.Options(
                tmp.resolve("data"),
                index,
                analysis,
                host,
                null,
                I18n.Language.ARABIC,
                List.of((window, context) -> window.addToolsAction(new AbstractAction("Test tool") {
                  @Override
                  public void actionPerformed(java.awt.event.ActionEvent e) {
                    toolsActionRuns++;
                  }
                }))));
  }

  @AfterAll
  static void closeWindow() throws Exception {
    if (gui != null) {
      gui.close();
      gui.awaitClosed();
    }
    if (host != null) {
      host.close();
    }
  }

  static <T> T onEdt(Callable<T> c) throws Exception {
    return Edt.call(c);
  }

  static void waitFor(String what, Callable<Boolean> condition) throws Exception {
    Edt.waitFor(what, Duration.ofSeconds(30), condition);
  }

  /** Sends a key press to a component, as the keyboard would (bindings, accelerators). */
  static void press(Component c, int key, int modifiers) throws Exception {
    onEdt(() -> {
      c.dispatchEvent(new KeyEvent(c, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), modifiers, key, KeyEvent.CHAR_UNDEFINED));
      return null;
    });
  }

  static MainWindow window() {
    return gui.window();
  }

  static Path screenshot(String name) throws Exception {
    return Edt.screenshot(window().frame().getRootPane(), name);
  }

  @Test
  @Order(1)
  void arabicWindowIsRightToLeftWithTheSidebarOnTheRight() throws Exception {
    waitFor("the window", () -> window().frame().isShowing());
    assertThat(onEdt(() -> window().frame().getComponentOrientation().isLeftToRight())).isFalse();
    int sidebarX = onEdt(() -> location(window().facets()).x);
    int resultsX = onEdt(() -> location(window().results()).x);
    int previewX = onEdt(() -> location(window().preview()).x);
    assertThat(sidebarX).isGreaterThan(resultsX);
    assertThat(resultsX).isGreaterThan(previewX);
    assertThat(onEdt(() -> window().toolsMenu().getItem(0).getText())).isEqualTo("Test tool");
  }

  static Point location(Component c) {
    return SwingUtilities.convertPoint(c, 0, 0, window().frame().getRootPane());
  }

  @Test
  @Order(2)
  void arabicQueryTypedAndEnteredShowsRankedHitsWithMarkedSnippetsAndFacets() throws Exception {
    var field = onEdt(() -> window().searchBar().field());
    onEdt(() -> {
      window().searchBar().focusField();
      field.setText(QUERY);
      return null;
    });
    press(field, KeyEvent.VK_ENTER, 0);
    SearchViewModel model = gui.searchModel();
    waitFor("results", () -> model.state() == SearchViewModel.State.DONE && model.request() != null
        && model.request().query().equals(QUERY));

    assertThat(onEdt(model::total)).isPositive();
    assertThat(onEdt(() -> model.hits().get(0).path())).contains("korea");
    assertThat(onEdt(() -> model.hits().get(0).snippets())).anyMatch(s -> s.contains("<mark>كوريا</mark>"));
    assertThat(onEdt(() -> window().results().hitList().getModel().getSize())).isEqualTo(onEdt(() -> model.hits().size()));
    assertThat(onEdt(() -> model.facets().entries("type"))).isNotEmpty();
    assertThat(onEdt(model::history)).first().isEqualTo(QUERY);
  }

  @Test
  @Order(3)
  void downFromTheFieldSelectsTheFirstHitAndThePreviewMarksEveryHit() throws Exception {
    var field = onEdt(() -> window().searchBar().field());
    press(field, KeyEvent.VK_DOWN, 0);
    PreviewViewModel preview = gui.previewModel();
    waitFor("the preview", () -> preview.state() == PreviewViewModel.State.SHOWN);

    assertThat(onEdt(() -> window().results().hitList().getSelectedIndex())).isZero();
    String text = onEdt(preview::text);
    List<TextRange> hits = onEdt(preview::hits);
    assertThat(hits).hasSizeGreaterThan(1);
    assertThat(hits).allSatisfy(r -> assertThat(text.substring(r.start(), r.end())).containsAnyOf("كوري", "شمال"));
    assertThat(onEdt(() -> window().preview().textPane().getText())).isEqualTo(text + "\n");
    assertThat(onEdt(() -> window().preview().textPane().getHighlighter().getHighlights().length))
        .isEqualTo(hits.size()); // every hit, the current one in its own colour
    assertThat(onEdt(preview::currentHit)).isZero();
  }

  @Test
  @Order(4)
  void f3AndShiftF3MoveThroughTheHitsWrappingAround() throws Exception {
    PreviewViewModel preview = gui.previewModel();
    Component list = onEdt(() -> window().results().hitList());
    int n = onEdt(() -> preview.hits().size());

    press(list, KeyEvent.VK_F3, 0);
    assertThat(onEdt(preview::currentHit)).isEqualTo(1);
    press(list, KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK);
    press(list, KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK);
    assertThat(onEdt(preview::currentHit)).isEqualTo(n - 1);
    press(list, KeyEvent.VK_F3, 0);
    assertThat(onEdt(preview::currentHit)).isZero();
    press(list, KeyEvent.VK_F3, 0); // leave the second hit current for the screenshot
  }

  @Test
  @Order(5)
  void arabicScreenshotIsSaved() throws Exception {
    showWaterResults();
    Path shot = screenshot("gui-ar.png");
    assertThat(shot).isNotEmptyFile();
  }

  /** A query with hits in several documents and formats, the second selected, its second hit current. */
  static void showWaterResults() throws Exception {
    SearchViewModel model = gui.searchModel();
    onEdt(() -> {
      model.searchFor(SCREENSHOT_QUERY);
      return null;
    });
    waitFor("results", () -> model.state() == SearchViewModel.State.DONE && model.request() != null
        && model.request().query().equals(SCREENSHOT_QUERY));
    assertThat(onEdt(model::total)).isGreaterThanOrEqualTo(3);
    onEdt(() -> {
      model.select(1);
      return null;
    });
    PreviewViewModel preview = gui.previewModel();
    waitFor("the preview", () -> preview.state() == PreviewViewModel.State.SHOWN
        && preview.hit() == model.selectedHit());
    onEdt(preview::next);
    Thread.sleep(400); // let the preview scroll to the current hit
  }

  @Test
  @Order(6)
  void facetClickFiltersAndClearUndoesIt() throws Exception {
    SearchViewModel model = gui.searchModel();
    long all = onEdt(model::total);
    var year = onEdt(() -> model.facets().entries("year").get(0));
    onEdt(() -> {
      model.facets().toggle("year", year.value());
      return null;
    });
    waitFor("filtered results", () -> model.state() == SearchViewModel.State.DONE
        && model.request().filters().containsKey("year"));
    assertThat(onEdt(model::total)).isEqualTo(year.count());

    onEdt(() -> {
      model.facets().clear();
      return null;
    });
    waitFor("unfiltered results", () -> model.state() == SearchViewModel.State.DONE
        && model.request().filters().isEmpty());
    assertThat(onEdt(model::total)).isEqualTo(all);
  }

  @Test
  @Order(7)
  void englishWindowIsLeftToRightAndKeepsTheSearch() throws Exception {
    onEdt(() -> {
      window().results().focusList();
      gui.switchLanguage(I18n.Language.ENGLISH);
      return null;
    });
    waitFor("the English window", () -> window().frame().isShowing() && window().frame().getComponentOrientation().isLeftToRight());
    assertThat(onEdt(() -> window().searchBar().field().getText())).isEqualTo(SCREENSHOT_QUERY);
    assertThat(onEdt(() -> window().results().hitList().getSelectedIndex())).isEqualTo(0); // kept from Arabic
    assertThat(onEdt(() -> location(window().facets()).x)).isLessThan(onEdt(() -> location(window().results()).x));
    assertThat(onEdt(() -> window().fileMenu().getText())).isEqualTo("File");
    showWaterResults();
    assertThat(screenshot("gui-en.png")).isNotEmptyFile();
  }

  @Test
  @Order(8)
  void escapeInTheFieldClearsTheQueryAndResults() throws Exception {
    var field = onEdt(() -> window().searchBar().field());
    onEdt(() -> {
      window().searchBar().focusField();
      return null;
    });
    press(field, KeyEvent.VK_ESCAPE, 0);
    press(field, KeyEvent.VK_ESCAPE, 0); // the first may only close the suggestions
    waitFor("cleared results", () -> gui.searchModel().state() == SearchViewModel.State.IDLE);
    assertThat(onEdt(() -> field.getText())).isEmpty();
    assertThat(onEdt(() -> window().results().hitList().getModel().getSize())).isZero();
  }

}
