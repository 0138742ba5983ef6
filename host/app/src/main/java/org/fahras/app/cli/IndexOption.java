package org.fahras.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.UserConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option. Without it: the index location chosen in the settings
 * ({@code index.dir} in the user's configuration), else the per-user index in the data folder.
 */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Index folder (default: the one chosen in the settings, else the per-user index in the"
              + " Fahras data folder).")
  Path indexDir;

  Path resolve() {
    if (indexDir != null) {
      return indexDir.toAbsolutePath();
    }
    AppPaths paths = AppPaths.system();
    try {
      String chosen = UserConfig.load(paths.dataDir()).setting(UserConfig.INDEX_DIR, null);
      if (chosen != null && !chosen.isBlank()) {
        return Path.of(chosen).toAbsolutePath();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration in " + paths.dataDir(), e);
    }
    return paths.defaultIndexDir();
  }
}
