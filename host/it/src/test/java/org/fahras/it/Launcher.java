package org.fahras.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the assembled distribution's {@code bin/fahras} as a child process, with a private
 * data folder and its output in files, for tests that stop or kill it.
 */
final class Launcher {

  private final Path dataDir;
  private final String javaOpts;

  /**
   * @param dataDir the child's {@code FAHRAS_DATA_DIR}
   * @param javaOpts the child's {@code FAHRAS_JAVA_OPTS}
   */
  Launcher(Path dataDir, String javaOpts) {
    this.dataDir = dataDir;
    this.javaOpts = javaOpts;
  }

  /** A running child; its stdout and stderr go to {@code out} and {@code err}. */
  record Child(Process process, Path out, Path err) {
    String stdout() throws IOException {
      return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    String stderr() throws IOException {
      return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }
  }

  Child start(Path logs, String name, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(DistributionTest.DIST.resolve("bin/fahras").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("FAHRAS_DATA_DIR", dataDir.toString());
    pb.environment().put("FAHRAS_JAVA_OPTS", javaOpts);
    Files.createDirectories(logs);
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    return new Child(pb.start(), out, err);
  }
}
