package org.fahras.app.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks plugin zips from the plugins folder into a private cache folder.
 *
 * <p>PF4J would unpack {@code x.zip} into {@code x/} beside it; we unpack elsewhere so that the
 * distribution's plugins folder may be read-only and so that deleting a zip really removes the
 * plugin (a stale unpacked folder beside it would otherwise keep loading). Each zip gets its own
 * folder named after its file name, size and modification time, so a replaced zip is unpacked
 * afresh. Entries that would land outside the target folder (zip-slip) are refused.
 */
final class PluginArchives {

  private PluginArchives() {}

  /**
   * Unpacks every {@code *.zip} in {@code pluginsDir} (if needed) and returns the folders to
   * load: the unpacked zips, plus any plain plugin folders the user put in {@code pluginsDir}.
   */
  static List<Path> pluginPaths(Path pluginsDir, Path cacheDir) throws IOException {
    return pluginPaths(pluginsDir, cacheDir, java.util.Set.of());
  }

  /** As {@link #pluginPaths(Path, Path)}, leaving out the zips in {@code refused}. */
  static List<Path> pluginPaths(Path pluginsDir, Path cacheDir, java.util.Set<Path> refused) throws IOException {
    return pluginPaths(pluginsDir, cacheDir, refused, new java.util.HashMap<>());
  }

  /**
   * As {@link #pluginPaths(Path, Path, java.util.Set)}, recording for each returned path the zip,
   * jar or folder of the plugins folder it comes from (an unpacked zip's folder → the zip).
   */
  static List<Path> pluginPaths(
      Path pluginsDir, Path cacheDir, java.util.Set<Path> refused, java.util.Map<Path, Path> sources)
      throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path p : entries(pluginsDir)) {
      String name = p.getFileName().toString();
      if (refused.contains(p.toAbsolutePath().normalize())) {
        continue;
      }
      Path load = null;
      if (Files.isRegularFile(p) && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        load = unpack(p, cacheDir);
      } else if (Files.isDirectory(p) && Files.exists(p.resolve("plugin.properties"))) {
        load = p;
      } else if (Files.isRegularFile(p) && name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
        load = p;
      }
      if (load != null) {
        result.add(load);
        sources.put(load, p);
      }
    }
    return result;
  }

  /** The entries of the plugins folder, hidden ones left out, sorted; empty when it is missing. */
  static List<Path> entries(Path pluginsDir) throws IOException {
    if (!Files.isDirectory(pluginsDir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(pluginsDir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  private static Path unpack(Path zip, Path cacheDir) throws IOException {
    String base = zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
    String key =
        base + "-" + Files.size(zip) + "-" + Files.getLastModifiedTime(zip).toMillis();
    Path target = cacheDir.resolve(key);
    if (Files.isDirectory(target) && Files.exists(target.resolve(".complete"))) {
      return target;
    }
    Files.createDirectories(cacheDir);
    Path tmp = Files.createTempDirectory(cacheDir, ".unpack-");
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream zin = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        Path out = tmp.resolve(e.getName()).normalize();
        if (!out.startsWith(tmp)) {
          throw new IOException(
              "plugin archive " + zip + " has an entry outside its folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException | RuntimeException ex) {
      deleteTree(tmp);
      throw ex;
    }
    Files.createFile(tmp.resolve(".complete"));
    deleteTree(target);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    removeOlderCopies(cacheDir, base, target);
    return target;
  }

  private static void removeOlderCopies(Path cacheDir, String base, Path keep) throws IOException {
    try (Stream<Path> s = Files.list(cacheDir)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (!p.equals(keep) && n.startsWith(base + "-") && n.substring(base.length() + 1).matches("\\d+-\\d+")) {
          deleteTree(p);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
