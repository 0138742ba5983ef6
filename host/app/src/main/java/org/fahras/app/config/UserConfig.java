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
import java.util.Properties;
import java.util.Set;
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
 * </pre>
 */
public final class UserConfig {

  static final String FILE_NAME = "config.properties";

  private final Path file;
  private final Set<Path> folders = new LinkedHashSet<>();
  private CrawlSettings crawl = CrawlSettings.defaults();

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
    Files.createDirectories(file.getParent());
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

  /** Where this configuration is stored. */
  public Path file() {
    return file;
  }
}
