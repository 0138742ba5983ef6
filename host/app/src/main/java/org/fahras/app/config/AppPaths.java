package org.fahras.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Fahras keeps its files: the per-user data folder with the default index, and the
 * distribution's plugins folder.
 *
 * <p>Resolution order for the data folder: system property {@code fahras.data.dir}, environment
 * variable {@code FAHRAS_DATA_DIR}, portable mode (a file named {@value #PORTABLE_MARKER} in the
 * distribution folder: the data folder is then {@code data/} beside it, so Fahras, its
 * configuration and its index travel together, e.g. on a USB stick), then the platform's
 * convention ({@code
 * $XDG_DATA_HOME/fahras} or {@code ~/.local/share/fahras} on Linux, {@code ~/Library/Application
 * Support/Fahras} on macOS, {@code %LOCALAPPDATA%\Fahras} on Windows). For the plugins folder:
 * system property {@code fahras.plugins.dir}, then {@code plugins/} in the distribution folder
 * ({@code fahras.home}), then {@code plugins/} in the working folder.
 */
public final class AppPaths {

  /** The file whose presence in the distribution folder turns on portable mode. */
  public static final String PORTABLE_MARKER = "portable";

  private final Map<String, String> env;
  private final String osName;
  private final Path userHome;

  AppPaths(Map<String, String> env, String osName, Path userHome) {
    this.env = env;
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.userHome = userHome;
  }

  /** Paths for the running process's environment. */
  public static AppPaths system() {
    return new AppPaths(
        System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
  }

  /** The per-user data folder (not created). */
  public Path dataDir() {
    String prop = System.getProperty("fahras.data.dir");
    if (notBlank(prop)) {
      return Path.of(prop).toAbsolutePath();
    }
    String fromEnv = env.get("FAHRAS_DATA_DIR");
    if (notBlank(fromEnv)) {
      return Path.of(fromEnv).toAbsolutePath();
    }
    Path portable = portableDataDir();
    if (portable != null) {
      return portable;
    }
    if (osName.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      return notBlank(local) ? Path.of(local, "Fahras") : userHome.resolve("AppData/Local/Fahras");
    }
    if (osName.startsWith("mac")) {
      return userHome.resolve("Library/Application Support/Fahras");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return notBlank(xdg) ? Path.of(xdg, "fahras") : userHome.resolve(".local/share/fahras");
  }

  /** {@code data/} in the distribution folder when it holds the portable marker, else null. */
  static Path portableDataDir() {
    String home = System.getProperty("fahras.home");
    if (notBlank(home) && Files.exists(Path.of(home, PORTABLE_MARKER))) {
      return Path.of(home, "data").toAbsolutePath();
    }
    return null;
  }

  /** The embedded default index inside the data folder. */
  public Path defaultIndexDir() {
    return dataDir().resolve("index");
  }

  /** The folder plugins are loaded from. */
  public Path pluginsDir() {
    String prop = System.getProperty("fahras.plugins.dir");
    if (notBlank(prop)) {
      return Path.of(prop).toAbsolutePath();
    }
    String home = System.getProperty("fahras.home");
    if (notBlank(home)) {
      return Path.of(home, "plugins").toAbsolutePath();
    }
    return Path.of("plugins").toAbsolutePath();
  }

  /** True when {@code dir} exists and holds a Lucene index. */
  public static boolean looksLikeIndex(Path dir) {
    try (var files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
