package org.fahras.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.fahras.app.index.CrawlSettings;

/**
 * The user's Fahras configuration, shared by the command line and the GUI: the indexed folders
 * and which files of them are taken. Stored as {@code config.properties} (UTF-8) in the data
 * folder; written atomically (temporary file, then rename), so a crash never leaves half a file.
 *
 * <pre>
 * folder.1=/home/user/Documents/archive
 * folder.2=/home/user/Desktop/press
 * include=*.pdf,*.docx
 * exclude=node_modules,*.tmp
 * hidden=false
 * followLinks=true
 * maxFileSizeBytes=1073741824
 * ui.language=ar
 * ui.theme=dark
 * plugin.arabic-analysis.hamza=false
 * </pre>
 *
 * <p>Besides folders and crawl settings the file holds plain string settings ({@link
 * #setting}), such as the GUI's language and theme, and the plugins' options ({@code
 * plugin.<pluginId>.<key>}, see {@code PluginOptions}). Keys this version does not know are kept as
 * such settings, so a file written by a newer version survives a round trip.
 */
public final class UserConfig {

  static final String FILE_NAME = "config.properties";

  /** Setting: the index folder chosen by the user (GUI settings); the CLI's default too. */
  public static final String INDEX_DIR = "index.dir";

  /** Setting: the interface language, {@code ar} or {@code en} (absent: the system's). */
  public static final String UI_LANGUAGE = "ui.language";
  /** Setting: the interface theme, {@code light} or {@code dark}. */
  public static final String UI_THEME = "ui.theme";

  /** Keys of the folders and crawl settings, which are not string settings. */
  private static final Set<String> STRUCTURED_KEYS =
      Set.of("include", "exclude", "hidden", "followLinks", "maxFileSizeBytes");

  private final Path file;
  private final Set<Path> folders = new LinkedHashSet<>();
  private CrawlSettings crawl = CrawlSettings.defaults();
  private final Map<String, String> settings = new TreeMap<>();

  private UserConfig(Path file) {
    this.file = file;
  }

  /** Loads the configuration of a data folder; an absent file gives the defaults. */
  public static UserConfig load(Path dataDir) throws IOException {
    UserConfig c = new UserConfig(dataDir.resolve(FILE_NAME));
    if (!Files.exists(c.file)) {
      return c;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(c.file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    List<String> keys = new ArrayList<>(p.stringPropertyNames());
    keys.removeIf(k -> !k.matches("folder\\.\\d+"));
    keys.sort((a, b) -> Integer.compare(index(a), index(b)));
    for (String k : keys) {
      c.folders.add(Path.of(p.getProperty(k)).toAbsolutePath().normalize());
    }
    c.crawl =
        new CrawlSettings(
            list(p.getProperty("include")),
            list(p.getProperty("exclude")),
            Boolean.parseBoolean(p.getProperty("hidden", "false")),
            Boolean.parseBoolean(p.getProperty("followLinks", "true")),
            Long.parseLong(p.getProperty("maxFileSizeBytes", Long.toString(CrawlSettings.DEFAULT_MAX_FILE_SIZE))));
    for (String k : p.stringPropertyNames()) {
      if (!STRUCTURED_KEYS.contains(k) && !k.matches("folder\\.\\d+")) {
        c.settings.put(k, p.getProperty(k));
      }
    }
    return c;
  }

  private static int index(String key) {
    return Integer.parseInt(key.substring(key.indexOf('.') + 1));
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Writes the configuration. */
  public void save() throws IOException {
    Properties p = new Properties();
    int i = 1;
    for (Path f : folders) {
      p.setProperty("folder." + i++, f.toString());
    }
    p.setProperty("include", String.join(",", crawl.includes()));
    p.setProperty("exclude", String.join(",", crawl.excludes()));
    p.setProperty("hidden", Boolean.toString(crawl.includeHidden()));
    p.setProperty("followLinks", Boolean.toString(crawl.followLinks()));
    p.setProperty("maxFileSizeBytes", Long.toString(crawl.maxFileSize()));
    settings.forEach(p::setProperty);
    org.fahras.app.index.PrivateFolders.create(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".config", ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "Fahras configuration");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The indexed folders, in the order they were added. */
  public List<Path> folders() {
    return List.copyOf(folders);
  }

  /** Adds a folder; returns false when it was already there. */
  public boolean addFolder(Path folder) {
    return folders.add(folder.toAbsolutePath().normalize());
  }

  /** Removes a folder; returns false when it was not there. */
  public boolean removeFolder(Path folder) {
    return folders.remove(folder.toAbsolutePath().normalize());
  }

  /** Which files of the folders are indexed. */
  public CrawlSettings crawlSettings() {
    return crawl;
  }

  public void setCrawlSettings(CrawlSettings settings) {
    this.crawl = settings;
  }

  /** A string setting, or {@code defaultValue} when it is not set. */
  public String setting(String key, String defaultValue) {
    return settings.getOrDefault(key, defaultValue);
  }

  /**
   * Sets a string setting; a null value removes it.
   *
   * @throws IllegalArgumentException for a key of the folders or crawl settings
   */
  public void setSetting(String key, String value) {
    if (STRUCTURED_KEYS.contains(key) || key.matches("folder\\.\\d+") || key.isBlank()) {
      throw new IllegalArgumentException("not a string setting: " + key);
    }
    if (value == null) {
      settings.remove(key);
    } else {
      settings.put(key, value);
    }
  }

  /** Every string setting, by key. */
  public Map<String, String> settings() {
    return Map.copyOf(settings);
  }

  /** Where this configuration is stored. */
  public Path file() {
    return file;
  }
}
