package org.fahras.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.EntityRecognizer;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.entities.UserEntities;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.UserConfig;
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

  /** Problems with the stored plugin options, printed once by {@link #analysis}. */
  private final List<String> optionNotes = new ArrayList<>();

  /** The started plugin host, its extensions configured with the user's plugin options. */
  PluginHost host() {
    if (host == null) {
      AppPaths paths = AppPaths.system();
      Path dir = pluginsDir != null ? pluginsDir.toAbsolutePath() : paths.pluginsDir();
      host = PluginHost.start(dir, paths.dataDir().resolve("plugin-cache"), development);
      Map<String, String> settings = Map.of();
      try {
        settings = UserConfig.load(paths.dataDir()).settings();
      } catch (IOException | RuntimeException e) {
        optionNotes.add("cannot read the configuration (" + e.getMessage() + "); plugin options are at their defaults");
      }
      optionNotes.addAll(host.configureExtensions(settings));
    }
    return host;
  }

  /**
   * The analysis from the installed analyzer plugins, with a notice on fallback and on invalid
   * stored plugin options (once).
   */
  IndexAnalysis analysis(java.io.PrintWriter err) {
    PluginHost plugins = host();
    for (String note : optionNotes) {
      err.println("fahras: note: " + note);
    }
    optionNotes.clear();
    List<AnalyzerProvider> providers = plugins.extensions(AnalyzerProvider.class);
    IndexAnalysis analysis = IndexAnalysis.from(providers);
    if (analysis.isFallback()) {
      err.println(
          "fahras: note: no analyzer plugin is installed; using Lucene's StandardAnalyzer"
              + " (no Arabic normalisation or stemming)");
    }
    return analysis.withEntities(entities(err));
  }

  /** The installed entity recognisers, given the user's own names. */
  EntityExtraction entities(java.io.PrintWriter err) {
    if (entities == null) {
      entities = EntityExtraction.of(host().extensions(EntityRecognizer.class));
      if (!entities.isEmpty()) {
        Path file = UserEntities.file(AppPaths.system().dataDir());
        try {
          entities.userEntities(UserEntities.load(file));
        } catch (IOException | RuntimeException e) {
          err.println("fahras: note: cannot read " + file + " (" + e.getMessage() + "); your own entity names are not used");
        }
      }
    }
    return entities;
  }

  private EntityExtraction entities;

  @Override
  public void close() {
    if (host != null) {
      host.close();
    }
  }

  /**
   * Connects to a backend other than the local index, or returns null for the local one.
   *
   * @throws IllegalArgumentException when it is not installed or a setting is missing
   * @throws java.io.IOException when it cannot be reached
   */
  org.fahras.api.backend.IndexBackend openBackend(org.fahras.app.config.BackendChoice choice)
      throws java.io.IOException {
    if (choice.isLocal()) {
      return null;
    }
    return choice.open(host().extensions(org.fahras.api.backend.IndexBackendProvider.class));
  }
}
