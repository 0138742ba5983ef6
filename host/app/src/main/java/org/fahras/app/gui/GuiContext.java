package org.fahras.app.gui;

import java.nio.file.Path;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.plugins.PluginHost;

/**
 * What the GUI runs on, for the parts that extend it (index management, plugins, settings).
 *
 * @param dataDir the data folder (configuration, history, default index)
 * @param indexDir the index searched
 * @param analysis the analysis of the installed analyzer plugin
 * @param plugins the started plugin host, or null when the GUI runs without plugins (tests)
 * @param search the search backend; call {@link MainWindow#indexChanged()} after changing the index
 * @param indexBackend where indexing sends the records when it is not the local index in {@code
 *     indexDir} (which then keeps the catalogue), or null
 */
public record GuiContext(
    Path dataDir,
    Path indexDir,
    IndexAnalysis analysis,
    PluginHost plugins,
    IndexSearchBackend search,
    org.fahras.api.backend.IndexBackend indexBackend) {

  /** A context on the local index. */
  public GuiContext(Path dataDir, Path indexDir, IndexAnalysis analysis, PluginHost plugins, IndexSearchBackend search) {
    this(dataDir, indexDir, analysis, plugins, search, null);
  }
}
