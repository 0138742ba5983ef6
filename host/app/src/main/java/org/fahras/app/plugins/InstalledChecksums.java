package org.fahras.app.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of every plugin zip installed through Fahras ({@link PluginChanges#install}), kept
 * in {@value #FILE_NAME} in the data folder (the {@code sha256sum} format: {@code HASH  NAME}).
 * At start, a recorded zip whose content changed since it was installed is refused with a
 * message; zips that were not installed through Fahras (those shipped with the distribution,
 * or copied into the folder by hand) are not in the record and are loaded as they are — see
 * {@code docs/security.md} for what this does and does not protect against.
 */
final class InstalledChecksums {

  static final String FILE_NAME = "installed-plugins.sha256";

  /** A recorded zip whose content is no longer what was installed. */
  record Mismatch(Path zip, String expected, String actual) {
    String message() {
      return zip.getFileName() + " changed since it was installed (SHA-256 " + abbreviate(expected) + " recorded, "
          + abbreviate(actual) + " now): it is not loaded; install it again if the change is yours";
    }

    private static String abbreviate(String h) {
      return h.length() > 12 ? h.substring(0, 12) + "…" : h;
    }
  }

  private final Path file;

  /** The record beside the plugin cache in the data folder. */
  InstalledChecksums(Path cacheDir) {
    this.file = cacheDir.toAbsolutePath().resolveSibling(FILE_NAME);
  }

  /** Records (or updates) the checksum of an installed zip, by file name. */
  synchronized void record(Path zip) throws IOException {
    Map<String, String> m = read();
    m.put(zip.getFileName().toString(), sha256(zip));
    write(m);
  }

  /** Forgets zips by file name (they were uninstalled). */
  synchronized void forget(List<String> names) throws IOException {
    if (names.isEmpty() || !Files.exists(file)) {
      return;
    }
    Map<String, String> m = read();
    names.forEach(m::remove);
    write(m);
  }

  /** The recorded zips of a plugins folder whose content changed. */
  List<Mismatch> verify(Path pluginsDir) throws IOException {
    List<Mismatch> bad = new ArrayList<>();
    if (!Files.exists(file)) {
      return bad;
    }
    for (Map.Entry<String, String> e : read().entrySet()) {
      Path zip = pluginsDir.resolve(e.getKey());
      if (!e.getKey().contains("/") && !e.getKey().contains("\\") && Files.isRegularFile(zip)) {
        String actual = sha256(zip);
        if (!actual.equalsIgnoreCase(e.getValue())) {
          bad.add(new Mismatch(zip, e.getValue(), actual));
        }
      }
    }
    return bad;
  }

  private Map<String, String> read() throws IOException {
    Map<String, String> m = new TreeMap<>();
    if (!Files.exists(file)) {
      return m;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int sep = line.indexOf("  ");
      if (sep == 64 && line.length() > 66) {
        m.put(line.substring(66), line.substring(0, 64).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return m;
  }

  private void write(Map<String, String> m) throws IOException {
    StringBuilder sb = new StringBuilder();
    m.forEach((name, hash) -> sb.append(hash).append("  ").append(name).append('\n'));
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String sha256(Path f) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
