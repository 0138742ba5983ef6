package org.fahras.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.BackendChoice;
import org.fahras.app.config.UserConfig;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option and the backend options ({@code --backend}, {@code --zk},
 * {@code --collection}, {@code --backend-option}). Without {@code --index}: the index location
 * chosen in the settings ({@code index.dir} in the user's configuration), else the per-user index
 * in the data folder; with a backend other than the local index, that backend's catalogue folder.
 */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Index folder (default: the one chosen in the settings, else the per-user index in the"
              + " Fahras data folder).")
  Path indexDir;

  @Option(
      names = "--backend",
      paramLabel = "ID",
      description =
          "Where the index is: local (the Lucene index in the index folder) or a backend a plugin"
              + " provides, e.g. solrcloud (default: the one chosen in the settings, else local). With"
              + " another backend the index folder keeps only the catalogue (fingerprints, failures).")
  String backendId;

  @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper of a SolrCloud backend.")
  String zk;

  @Option(names = "--collection", paramLabel = "NAME", description = "Collection of a SolrCloud backend.")
  String collection;

  @Option(
      names = "--backend-option",
      paramLabel = "KEY=VALUE",
      description = "Another setting of the backend (repeatable), e.g. shards=2, replicas=2.")
  List<String> backendOptions = new ArrayList<>();

  /** The backend: the stored choice with this command's options applied. */
  BackendChoice backend() {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String o : backendOptions) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--backend-option takes KEY=VALUE, not '" + o + "'");
      }
      overrides.put(o.substring(0, eq).strip(), o.substring(eq + 1).strip());
    }
    if (zk != null) {
      overrides.put("zk", zk.strip());
    }
    if (collection != null) {
      overrides.put("collection", collection.strip());
    }
    BackendChoice stored;
    try {
      stored = BackendChoice.from(UserConfig.load(AppPaths.system().dataDir()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration in " + AppPaths.system().dataDir(), e);
    }
    String id = backendId;
    if (id == null && stored.isLocal() && !overrides.isEmpty() && (zk != null || collection != null)) {
      id = "solrcloud"; // --zk or --collection alone mean SolrCloud
    }
    return stored.with(id, overrides);
  }

  Path resolve() {
    if (indexDir != null) {
      return indexDir.toAbsolutePath();
    }
    AppPaths paths = AppPaths.system();
    BackendChoice backend = backend();
    if (!backend.isLocal()) {
      return backend.catalogueDir(paths.dataDir());
    }
    try {
      String chosen = UserConfig.load(paths.dataDir()).setting(UserConfig.INDEX_DIR, null);
      if (chosen != null && !chosen.isBlank()) {
        return Path.of(chosen).toAbsolutePath();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration in " + paths.dataDir(), e);
    }
    return paths.defaultIndexDir();
  }
}
