package org.fahras.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.AppPaths;
import org.fahras.app.plugins.PluginHost;
import picocli.CommandLine.Option;

/**
 * Options every command shares (plugins folder, development mode) and the plugin host they
 * lead to, started on first use.
 */
final class AppContext implements AutoCloseable {

  @Option(
      names = "--plugins",
      paramLabel = "DIR",
      description = "Plugins folder (default: the distribution's plugins/, or -Dfahras.plugins.dir).")
  Path pluginsDir;

  @Option(
      names = "--dev",
      description =
          "Development mode: load plugins from a source tree of plugin modules (target/classes"
              + " and target/lib), e.g. --dev --plugins plugins.")
  boolean development;

  private PluginHost host;

  /** The started plugin host. */
  PluginHost host() {
    if (host == null) {
      AppPaths paths = AppPaths.system();
      Path dir = pluginsDir != null ? pluginsDir.toAbsolutePath() : paths.pluginsDir();
      host = PluginHost.start(dir, paths.dataDir().resolve("plugin-cache"), development);
    }
    return host;
  }

  /** The analysis from the installed analyzer plugins, with a notice on fallback. */
  IndexAnalysis analysis(java.io.PrintWriter err) {
    List<AnalyzerProvider> providers = host().extensions(AnalyzerProvider.class);
    IndexAnalysis analysis = IndexAnalysis.from(providers);
    if (analysis.isFallback()) {
      err.println(
          "fahras: note: no analyzer plugin is installed; using Lucene's StandardAnalyzer"
              + " (no Arabic normalisation or stemming)");
    }
    return analysis;
  }

  @Override
  public void close() {
    if (host != null) {
      host.close();
    }
  }
}
