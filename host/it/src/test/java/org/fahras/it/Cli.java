package org.fahras.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fahras.app.cli.Main;

/** Runs the real command line in this JVM and captures what it prints. */
final class Cli {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The packaged plugin zips, as the distribution ships them. */
  static final Path PLUGINS = Path.of(System.getProperty("fahras.it.plugins"));
  /** The repository root. */
  static final Path REPO = Path.of(System.getProperty("fahras.it.repo")).toAbsolutePath().normalize();
  static final Path CORPUS = REPO.resolve("sample-corpus");
  static final Path SEED = CORPUS.resolve("news/korea-deterrence-statement.txt");

  record Result(int code, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + out + "\nstderr: " + err, e);
      }
    }
  }

  private Cli() {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with the packaged plugins folder. */
  static Result withPlugins(String command, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = command;
    all[1] = "--plugins";
    all[2] = PLUGINS.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return run(all);
  }
}
