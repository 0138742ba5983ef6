package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.EntityRecognizer;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.gui.FahrasGui;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.MainWindow;
import org.fahras.app.gui.preview.PreviewViewModel;
import org.fahras.app.gui.search.SearchViewModel;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.search.SearchMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window with the packaged entity plugin: entity underlines and legend in the preview, the
 * entity panel's bars filtering the results, the match-mode selector, the export menu. Saves a
 * screenshot of the preview with its entities ({@code target/screenshots/gui-entities-ar.png}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuiEntitiesAndModesTest {

  @TempDir static Path tmp;
  static PluginHost host;
  static FahrasGui gui;

  @BeforeAll
  static void openWindow() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run");
    Path index = tmp.resolve("index");
    Cli.Result r = Cli.withPlugins("index", "-q", "--index", index.toString(), Cli.CORPUS.toString());
    assertThat(r.code()).as(r.err()).isZero();
    host = PluginHost.start(Cli.PLUGINS, tmp.resolve("cache"), false);
    IndexAnalysis analysis =
        IndexAnalysis.from(host.extensions(AnalyzerProvider.class))
            .withEntities(EntityExtraction.of(host.extensions(EntityRecognizer.class)));
    gui = FahrasGui.open(new FahrasGui.Options(
        tmp.resolve("data"), index, analysis, host, null, I18n.Language.ARABIC,
        List.of(new org.fahras.app.gui.export.ExportContribution())));
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

  static MainWindow window() {
    return gui.window();
  }

  static List<Component> all(Container c) {
    List<Component> out = new ArrayList<>();
    for (Component k : c.getComponents()) {
      out.add(k);
      if (k instanceof Container kc) {
        out.addAll(all(kc));
      }
    }
    if (c instanceof javax.swing.JMenu m) {
      for (Component k : m.getMenuComponents()) {
        out.add(k);
      }
    }
    return out;
  }

  static Component named(Container root, String name) {
    return all(root).stream().filter(k -> name.equals(k.getName())).findFirst().orElse(null);
  }

  static void search(String query) throws Exception {
    SearchViewModel model = gui.searchModel();
    onEdt(() -> {
      model.searchFor(query);
      return null;
    });
    waitFor("results for " + query, () -> model.state() == SearchViewModel.State.DONE && model.request() != null
        && model.request().query().equals(query));
  }

  static void shot(String name) throws Exception {
    Edt.screenshot(window().frame().getRootPane(), name);
  }

  @Test
  @Order(1)
  void thePreviewUnderlinesTheEntitiesWithALegend() throws Exception {
    waitFor("the window", () -> window().frame().isShowing());
    search("كوريا الشمالية");
    SearchViewModel model = gui.searchModel();
    onEdt(() -> {
      model.select(0);
      return null;
    });
    PreviewViewModel preview = gui.previewModel();
    waitFor("the preview", () -> preview.state() == PreviewViewModel.State.SHOWN && preview.hit() == model.selectedHit());
    String text = onEdt(preview::text);
    var entities = onEdt(preview::entities);
    assertThat(entities).extracting(e -> e.type() + ":" + text.substring(e.start(), e.end()))
        .contains("LOCATION:روسيا", "ORGANIZATION:مجلس الأمن الدولي");
    assertThat(onEdt(() -> window().preview().textPane().getHighlighter().getHighlights().length))
        .isEqualTo(onEdt(() -> preview.hits().size() + preview.entities().size()));
    for (String type : List.of("PERSON", "LOCATION", "ORGANIZATION")) {
      assertThat(onEdt(() -> named(window().preview(), "preview.legend." + type))).as(type).isNotNull();
    }
    Thread.sleep(300);
    shot("gui-entities-ar.png");
  }

  @Test
  @Order(2)
  void aBarInTheEntityPanelFiltersTheResults() throws Exception {
    search("*");
    SearchViewModel model = gui.searchModel();
    long all = onEdt(model::total);
    JTabbedPane tabs = (JTabbedPane) onEdt(() -> named(window().frame().getContentPane(), "tabs.document"));
    onEdt(() -> {
      tabs.setSelectedIndex(1);
      return null;
    });
    waitFor("bars", () -> all(tabs).stream().anyMatch(c -> c.getName() != null && c.getName().startsWith("entities.bar.location.")));
    Component bar = onEdt(() -> all(tabs).stream()
        .filter(c -> c.getName() != null && c.getName().startsWith("entities.bar.location.")).findFirst().orElseThrow());
    onEdt(() -> {
      MouseEvent e = new MouseEvent(bar, MouseEvent.MOUSE_CLICKED, 0, 0, 3, 3, 1, false, MouseEvent.BUTTON1);
      for (var l : bar.getMouseListeners()) {
        l.mouseClicked(e);
      }
      return null;
    });
    waitFor("filtered results", () -> model.state() == SearchViewModel.State.DONE && !model.request().filters().isEmpty());
    assertThat(onEdt(model::total)).isPositive().isLessThan(all);
    assertThat(onEdt(() -> model.request().filters())).containsKey("location");
    Thread.sleep(300);
    shot("gui-entity-panel-ar.png");
    onEdt(() -> {
      model.facets().clear();
      tabs.setSelectedIndex(0);
      return null;
    });
  }

  @Test
  @Order(3)
  void theMatchModeSelectorNarrowsToExactWords() throws Exception {
    search("جنوبي");
    SearchViewModel model = gui.searchModel();
    long normal = onEdt(model::total);
    assertThat(normal).isPositive();
    onEdt(() -> {
      window().searchBar().modeBox().setSelectedItem(SearchMode.EXACT);
      return null;
    });
    waitFor("exact results", () -> model.state() == SearchViewModel.State.DONE && model.request().mode() == SearchMode.EXACT);
    assertThat(onEdt(model::total)).isLessThan(normal);
    onEdt(() -> {
      window().searchBar().modeBox().setSelectedItem(SearchMode.NORMAL);
      return null;
    });
  }

  @Test
  @Order(4)
  void theFileMenuOffersExportWithTheExporterPlugin() throws Exception {
    JMenuItem export = (JMenuItem) onEdt(() -> named(window().fileMenu(), "file.export"));
    assertThat(export).isNotNull();
    assertThat(onEdt(export::isEnabled)).isTrue();
  }
}
