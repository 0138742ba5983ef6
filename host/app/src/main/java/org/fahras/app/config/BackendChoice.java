package org.fahras.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fahras.api.backend.IndexBackend;
import org.fahras.api.backend.IndexBackendProvider;

/**
 * Which backend holds the index: the local Lucene index ({@link #LOCAL}) or one a plugin provides
 * ({@code solrcloud} …) with its settings. Kept in the user configuration ({@value #KEY} and
 * {@code backend.NAME} keys), so the command line and the window share it; command-line options
 * override it for one command.
 *
 * @param id {@link #LOCAL} or a provider's {@link IndexBackendProvider#id()}
 * @param settings the provider's settings (e.g. {@code zk}, {@code collection}); empty for local
 */
public record BackendChoice(String id, Map<String, String> settings) {

  /** The local Lucene index. */
  public static final String LOCAL = "local";

  /** Configuration key of the backend's id. */
  public static final String KEY = "backend";

  /** Prefix of the configuration keys of the backend's settings ({@code backend.zk} …). */
  public static final String SETTING_PREFIX = "backend.";

  public BackendChoice {
    id = id == null || id.isBlank() ? LOCAL : id.strip().toLowerCase(Locale.ROOT);
    // Sorted, so that describe() and the catalogue folder's name are the same in every run
    // (Map.copyOf's order changes from one JVM to the next).
    settings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(settings == null ? Map.of() : settings));
  }

  /** The local index. */
  public static BackendChoice local() {
    return new BackendChoice(LOCAL, Map.of());
  }

  /** Whether this is the local Lucene index. */
  public boolean isLocal() {
    return id.equals(LOCAL);
  }

  /** The choice stored in a configuration (the local index when none is). */
  public static BackendChoice from(UserConfig config) {
    Map<String, String> s = new TreeMap<>();
    config.settings().forEach((k, v) -> {
      if (k.startsWith(SETTING_PREFIX) && k.length() > SETTING_PREFIX.length()) {
        s.put(k.substring(SETTING_PREFIX.length()), v);
      }
    });
    String id = config.setting(KEY, LOCAL);
    return new BackendChoice(id, id.equalsIgnoreCase(LOCAL) ? Map.of() : s);
  }

  /** Stores this choice in a configuration (not saved), replacing the previous one. */
  public void store(UserConfig config) {
    for (String k : config.settings().keySet()) {
      if (k.startsWith(SETTING_PREFIX)) {
        config.setSetting(k, null);
      }
    }
    config.setSetting(KEY, isLocal() ? null : id);
    settings.forEach((k, v) -> config.setSetting(SETTING_PREFIX + k, v));
  }

  /**
   * This choice with command-line options applied: another backend id (its stored settings are
   * kept only when it is the same backend) and settings that override stored ones.
   */
  public BackendChoice with(String otherId, Map<String, String> overrides) {
    String newId = otherId == null || otherId.isBlank() ? id : otherId.strip().toLowerCase(Locale.ROOT);
    Map<String, String> s = new TreeMap<>(newId.equals(id) ? settings : Map.of());
    s.putAll(overrides);
    return new BackendChoice(newId, newId.equals(LOCAL) ? Map.of() : s);
  }

  /**
   * The folder of a backend's local catalogue (fingerprints, failures, run state: what change
   * detection and {@code status} need) when no index folder is given: one per backend and
   * settings, under the data folder.
   */
  public Path catalogueDir(Path dataDir) {
    String collection = settings.getOrDefault("collection", "");
    String slug = (id + (collection.isEmpty() ? "" : "-" + collection)).replaceAll("[^A-Za-z0-9._-]", "_");
    return dataDir.resolve("catalogues").resolve(slug + "-" + digest(settings.toString()));
  }

  /** For messages: {@code solrcloud (collection=fahras, zk=host:2181)}. */
  public String describe() {
    if (isLocal()) {
      return LOCAL;
    }
    List<String> parts = new ArrayList<>();
    settings.forEach((k, v) -> parts.add(k + "=" + v));
    return id + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  /**
   * Connects to the chosen backend through the provider with its id.
   *
   * @throws IllegalArgumentException when no installed plugin provides it or a required setting is
   *     missing (the message names the installed backends, or the setting and its option)
   * @throws IOException when the backend cannot be reached
   */
  public IndexBackend open(List<IndexBackendProvider> providers) throws IOException {
    List<String> ids = new ArrayList<>();
    for (IndexBackendProvider p : providers) {
      ids.add(p.id());
      if (p.id().equalsIgnoreCase(id)) {
        for (String required : p.requiredSettings()) {
          String v = settings.get(required);
          if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(
                "the " + id + " backend needs the setting '" + required + "' (" + p.settings().getOrDefault(required, "")
                    + "): give --" + required + " VALUE or --backend-option " + required + "=VALUE");
          }
        }
        return p.open(settings);
      }
    }
    throw new IllegalArgumentException(
        "no backend '" + id + "' is installed; "
            + (ids.isEmpty() ? "only the local index is available (no backend plugin)" : "installed: local, " + String.join(", ", ids)));
  }

  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
