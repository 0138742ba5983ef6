package org.fahras.app.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.fahras.api.FahrasApi;
import org.fahras.app.plugins.InvalidPluginException.Problem;
import org.pf4j.DefaultPluginStatusProvider;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.VersionManager;

/**
 * Changes to the installed plugins that take effect at the next start: enabling and disabling
 * (PF4J's {@code enabled.txt} / {@code disabled.txt} in the plugins folder), installing a plugin
 * zip (checked, then copied into the plugins folder) and uninstalling one (its zip is named in a
 * pending-removal list beside the plugin cache in the data folder, which {@link PluginHost#start}
 * applies before loading).
 *
 * <p>Nothing here touches the running plugins: PF4J cannot reload a plugin in place, the index
 * and the search service hold extensions of the running ones, and on Windows their jars stay
 * locked. Restarting to apply is PF4J's own practice.
 */
public final class PluginChanges {

  /** The pending-removal list, beside the plugin cache: one {@code id<TAB>file name} per line. */
  static final String PENDING_FILE = "plugins-pending-removal.txt";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Path pluginsDir;
  private final Path pendingFile;
  private final Path cacheDir;
  private final VersionManager versions = new DefaultVersionManager();

  /**
   * Changes for one plugins folder.
   *
   * @param pluginsDir the plugins folder (zips, and {@code enabled.txt}/{@code disabled.txt})
   * @param cacheDir the plugin cache in the data folder; the pending-removal list sits beside it
   */
  public PluginChanges(Path pluginsDir, Path cacheDir) {
    this.pluginsDir = pluginsDir;
    this.pendingFile = pendingFile(cacheDir);
    this.cacheDir = cacheDir;
  }

  static Path pendingFile(Path cacheDir) {
    Path abs = cacheDir.toAbsolutePath();
    return abs.resolveSibling(PENDING_FILE);
  }

  /** What a plugin archive declares. */
  public record Descriptor(String id, String version, String requires, String provider, Path file) {}

  // ---- enable / disable ----

  /** Enables or disables a plugin from the next start on. */
  public void setEnabled(String pluginId, boolean enabled) throws IOException {
    try {
      DefaultPluginStatusProvider status = new DefaultPluginStatusProvider(pluginsDir);
      if (enabled) {
        status.enablePlugin(pluginId);
      } else {
        status.disablePlugin(pluginId);
      }
    } catch (PluginRuntimeException e) {
      throw new IOException("cannot record the plugin's state in " + pluginsDir + ": " + e.getMessage(), e);
    }
  }

  /** Whether the plugin will be enabled at the next start (as far as the lists say). */
  public boolean enabledAtNextStart(String pluginId) {
    try {
      return !new DefaultPluginStatusProvider(pluginsDir).isPluginDisabled(pluginId);
    } catch (PluginRuntimeException e) {
      return true;
    }
  }

  // ---- install ----

  /**
   * Checks a plugin zip without installing it: a readable zip, {@code plugin.properties} with an
   * id and a version, a {@code requires} range this Fahras satisfies, no entry escaping its
   * folder, no host-owned jar in {@code lib/}.
   */
  public Descriptor check(Path zip) throws IOException {
    Properties p = new Properties();
    List<String> jars = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      var entries = z.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (escapes(e.getName())) {
          throw new InvalidPluginException(Problem.UNSAFE_ENTRY, e.getName(),
              "the archive has an entry outside its folder: " + e.getName());
        }
        if (!e.isDirectory() && e.getName().startsWith("lib/") && e.getName().endsWith(".jar")) {
          jars.add(e.getName());
        }
      }
      ZipEntry d = z.getEntry("plugin.properties");
      if (d == null) {
        throw new InvalidPluginException(Problem.NO_DESCRIPTOR, "plugin.properties",
            "no plugin.properties at the top of the archive: not a Fahras plugin");
      }
      try (InputStream in = z.getInputStream(d);
          Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      String hostJar = hostOwnedJar(z, jars);
      if (hostJar != null) {
        throw new InvalidPluginException(Problem.HOST_OWNED_JAR, hostJar,
            "the plugin contains " + hostJar + ", which Fahras itself provides");
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new InvalidPluginException(Problem.UNREADABLE, zip.getFileName().toString(),
          "not a readable zip file: " + e.getMessage());
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      throw new InvalidPluginException(Problem.UNREADABLE, zip.getFileName().toString(), "no such file: " + zip);
    }
    String id = p.getProperty("plugin.id", "").strip();
    if (!ID.matcher(id).matches()) {
      throw new InvalidPluginException(Problem.NO_ID, id, "plugin.properties has no valid plugin.id");
    }
    String version = p.getProperty("plugin.version", "").strip();
    if (!validVersion(version)) {
      throw new InvalidPluginException(Problem.NO_VERSION, version, "plugin.properties has no valid plugin.version");
    }
    String requires = p.getProperty("plugin.requires", "").strip();
    if (!requires.isEmpty() && !"*".equals(requires) && !requiresSatisfied(requires)) {
      throw new InvalidPluginException(Problem.UNSUPPORTED_REQUIRES, requires,
          "the plugin requires plugin API " + requires + " but this Fahras provides " + FahrasApi.VERSION);
    }
    return new Descriptor(id, version, requires, p.getProperty("plugin.provider", "").strip(), zip);
  }

  /**
   * Installs a plugin zip for the next start: checks it ({@link #check}), copies it into the
   * plugins folder as {@code id-version.zip}, and schedules the removal of other versions of the
   * same plugin.
   *
   * @return the installed plugin's descriptor, with the copy as its file
   */
  public Descriptor install(Path zip) throws IOException {
    Descriptor d = check(zip);
    Map<Path, Descriptor> installed = installedArchives();
    Map<String, String> pending = readPending();
    for (Descriptor other : installed.values()) {
      if (other.id().equals(d.id())
          && other.version().equals(d.version())
          && !pending.containsKey(other.file().getFileName().toString())) {
        throw new InvalidPluginException(Problem.ALREADY_INSTALLED, d.id() + " " + d.version(),
            d.id() + " " + d.version() + " is already installed");
      }
    }
    Files.createDirectories(pluginsDir);
    String name = d.id() + "-" + d.version() + ".zip";
    Path target = pluginsDir.resolve(name);
    Path tmp = Files.createTempFile(pluginsDir, ".install-", ".part");
    try {
      Files.copy(zip, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    new InstalledChecksums(cacheDir).record(target);
    pending.remove(name);
    for (Descriptor other : installed.values()) {
      if (other.id().equals(d.id()) && !other.file().getFileName().toString().equals(name)) {
        pending.put(other.file().getFileName().toString(), other.id());
      }
    }
    writePending(pending);
    return new Descriptor(d.id(), d.version(), d.requires(), d.provider(), target);
  }

  // ---- uninstall ----

  /**
   * Schedules a plugin's removal at the next start: every zip (or plugin folder) of that id in
   * the plugins folder is deleted before the plugins are loaded.
   *
   * @return whether an archive of that id was found
   */
  public boolean uninstall(String pluginId) throws IOException {
    Map<String, String> pending = readPending();
    boolean found = false;
    for (Descriptor d : installedArchives().values()) {
      if (d.id().equals(pluginId)) {
        pending.put(d.file().getFileName().toString(), d.id());
        found = true;
      }
    }
    writePending(pending);
    return found;
  }

  /** Takes back a scheduled removal. */
  public void cancelUninstall(String pluginId) throws IOException {
    Map<String, String> pending = readPending();
    pending.values().removeIf(pluginId::equals);
    writePending(pending);
  }

  /** Whether a plugin is scheduled for removal at the next start. */
  public boolean removalPending(String pluginId) {
    try {
      return readPending().containsValue(pluginId);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The plugin archives (zips, and plugin folders) in the plugins folder, by file, with what
   * they declare; unreadable ones are left out.
   */
  public Map<Path, Descriptor> installedArchives() throws IOException {
    Map<Path, Descriptor> result = new LinkedHashMap<>();
    for (Path p : PluginArchives.entries(pluginsDir)) {
      String name = p.getFileName().toString();
      Properties props = new Properties();
      try {
        if (Files.isRegularFile(p) && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
          try (ZipFile z = new ZipFile(p.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = z.getEntry("plugin.properties");
            if (e == null) {
              continue;
            }
            try (Reader r = new java.io.InputStreamReader(z.getInputStream(e), StandardCharsets.UTF_8)) {
              props.load(r);
            }
          }
        } else if (Files.isRegularFile(p.resolve("plugin.properties"))) {
          try (Reader r = Files.newBufferedReader(p.resolve("plugin.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
          }
        } else {
          continue;
        }
      } catch (IOException | IllegalArgumentException e) {
        continue;
      }
      String id = props.getProperty("plugin.id", "").strip();
      if (!id.isEmpty()) {
        result.put(p, new Descriptor(id, props.getProperty("plugin.version", "").strip(),
            props.getProperty("plugin.requires", "").strip(), props.getProperty("plugin.provider", "").strip(), p));
      }
    }
    return result;
  }

  /**
   * Deletes the archives named in the pending-removal list from the plugins folder, then the list.
   * Called by {@link PluginHost#start} before loading; names with a path separator are ignored,
   * so the list can only remove entries of the plugins folder itself.
   *
   * @return the file names removed
   */
  static List<String> applyPendingRemovals(Path pluginsDir, Path cacheDir) throws IOException {
    Path file = pendingFile(cacheDir);
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> removed = new ArrayList<>();
    for (String name : read(file).keySet()) {
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
        continue;
      }
      Path p = pluginsDir.resolve(name);
      if (Files.isDirectory(p)) {
        PluginArchives.deleteTree(p);
        removed.add(name);
      } else if (Files.deleteIfExists(p)) {
        removed.add(name);
      }
    }
    Files.delete(file);
    new InstalledChecksums(cacheDir).forget(removed);
    return removed;
  }

  private Map<String, String> readPending() throws IOException {
    return Files.exists(pendingFile) ? read(pendingFile) : new LinkedHashMap<>();
  }

  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        m.put(line.substring(tab + 1), line.substring(0, tab));
      }
    }
    return m;
  }

  private void writePending(Map<String, String> pending) throws IOException {
    if (pending.isEmpty()) {
      Files.deleteIfExists(pendingFile);
      return;
    }
    StringBuilder sb = new StringBuilder();
    pending.forEach((name, id) -> sb.append(id).append('\t').append(name).append('\n'));
    Files.createDirectories(pendingFile.getParent());
    Path tmp = Files.createTempFile(pendingFile.getParent(), ".pending", ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, pendingFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static boolean escapes(String name) {
    if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
      return true;
    }
    Path root = Path.of("/plugin-root");
    return !root.resolve(name.replace('\\', '/')).normalize().startsWith(root);
  }

  /** The first jar of {@code lib/} that contains a host-owned library, described, or null. */
  private static String hostOwnedJar(ZipFile z, List<String> jars) throws IOException {
    for (String jar : jars) {
      try (InputStream in = z.getInputStream(z.getEntry(jar));
          java.util.zip.ZipInputStream inner = new java.util.zip.ZipInputStream(in)) {
        ZipEntry e;
        while ((e = inner.getNextEntry()) != null) {
          String lib = HostOwnedJars.MARKERS.get(e.getName());
          if (lib != null) {
            return jar + " (" + lib + ")";
          }
        }
      } catch (ZipException e) {
        // not a jar after all: PF4J will report it when loading
      }
    }
    return null;
  }

  private boolean validVersion(String version) {
    if (version.isEmpty()) {
      return false;
    }
    try {
      versions.compareVersions(version, version);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private boolean requiresSatisfied(String requires) {
    try {
      return versions.checkVersionConstraint(FahrasApi.VERSION, requires);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
