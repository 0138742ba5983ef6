package org.fahras.app.cli;

import java.nio.file.Path;
import org.fahras.app.config.AppPaths;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option, defaulting to the per-user embedded index. */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: the per-user index in the Fahras data folder).")
  Path indexDir;

  Path resolve() {
    return indexDir != null ? indexDir.toAbsolutePath() : AppPaths.system().defaultIndexDir();
  }
}
