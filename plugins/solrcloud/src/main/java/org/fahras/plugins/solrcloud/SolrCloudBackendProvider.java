package org.fahras.plugins.solrcloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.zookeeper.KeeperException;
import org.fahras.api.backend.IndexBackend;
import org.fahras.api.backend.IndexBackendProvider;
import org.pf4j.Extension;

/**
 * The SolrCloud search backend ({@code --backend solrcloud --zk HOST:PORT[/chroot] --collection
 * NAME}): the host's records go to a SolrCloud collection built from the Fahras configset, whose
 * schema analyses the text with Fahras' own Arabic analysis, and the host's searches are answered
 * there by the {@code fahras} query parser.
 *
 * <p>Settings ({@link #settings()}): {@value #ZK} (required), {@value #COLLECTION} (default
 * {@value #DEFAULT_COLLECTION}), {@value #SHARDS} (default 1), {@value #REPLICAS} (default 2 when
 * the cluster has at least two live nodes, else 1), {@value #CONFIGSET} (default {@value
 * #DEFAULT_CONFIGSET}). {@link #open} uploads the configset when ZooKeeper lacks it, creates the
 * collection when missing or checks an existing one, and fails within seconds with an {@link
 * IOException} naming the ZooKeeper address when the cluster cannot be reached.
 */
@Extension
public final class SolrCloudBackendProvider implements IndexBackendProvider {

  /** The backend's identifier for {@code --backend}. */
  public static final String ID = "solrcloud";

  /** Setting: the ZooKeeper address. */
  public static final String ZK = "zk";
  /** Setting: the collection's name. */
  public static final String COLLECTION = "collection";
  /** Setting: shards of a new collection. */
  public static final String SHARDS = "shards";
  /** Setting: replicas per shard of a new collection. */
  public static final String REPLICAS = "replicas";
  /** Setting: the configset's name in ZooKeeper. */
  public static final String CONFIGSET = "configset";

  static final String DEFAULT_COLLECTION = "fahras";
  static final String DEFAULT_CONFIGSET = "fahras";

  /** A name Solr accepts for a collection or configset (Solr's {@code SolrIdentifierValidator}). */
  private static final Pattern SOLR_NAME = Pattern.compile("^(?!-)[._A-Za-z0-9-]+$");

  private static final Pattern ZK_HOST = Pattern.compile("^[A-Za-z0-9._\\-\\[\\]:]*[A-Za-z0-9._\\-\\]]:(\\d{1,5})$");

  private static final Pattern CHROOT = Pattern.compile("^(/[A-Za-z0-9._\\-]+)+$|^/$");

  /** How long a new collection may take to become active, or an existing one to have leaders. */
  static final Duration COLLECTION_TIMEOUT = Duration.ofSeconds(90);

  private final Duration connectTimeout;

  /** The provider PF4J creates: connections bounded by {@link SolrCloudIndex#DEFAULT_CONNECT_TIMEOUT}. */
  public SolrCloudBackendProvider() {
    this(SolrCloudIndex.DEFAULT_CONNECT_TIMEOUT);
  }

  SolrCloudBackendProvider(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "SolrCloud collection (Fahras configset, Arabic analysis inside Solr), through ZooKeeper";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ZK, "ZooKeeper address of the SolrCloud cluster: HOST:PORT[,HOST:PORT…][/chroot]");
    m.put(COLLECTION, "collection name (default " + DEFAULT_COLLECTION + "), created when missing");
    m.put(SHARDS, "shards of a new collection (default 1)");
    m.put(REPLICAS, "replicas per shard of a new collection (default 2 with two or more live Solr nodes, else 1)");
    m.put(CONFIGSET, "configset name in ZooKeeper, uploaded when missing (default " + DEFAULT_CONFIGSET + ")");
    return m;
  }

  @Override
  public List<String> requiredSettings() {
    return List.of(ZK);
  }

  /** The settings of {@link #open}, validated, defaults applied ({@code replicas} null: by live nodes). */
  record Settings(String zk, String collection, int shards, Integer replicas, String configSet) {}

  /**
   * Validates settings.
   *
   * @throws IllegalArgumentException naming the setting that is missing, unknown or malformed
   */
  static Settings validate(Map<String, String> settings) {
    Map<String, String> s = settings == null ? Map.of() : settings;
    for (String key : s.keySet()) {
      if (!List.of(ZK, COLLECTION, SHARDS, REPLICAS, CONFIGSET).contains(key)) {
        throw new IllegalArgumentException(
            "unknown setting '" + key + "' for the solrcloud backend; it takes zk, collection, shards, replicas, configset");
      }
    }
    String zk = blankToNull(s.get(ZK));
    if (zk == null) {
      throw new IllegalArgumentException("setting zk is required: the ZooKeeper address HOST:PORT[,HOST:PORT…][/chroot]");
    }
    checkZk(zk);
    String collection = name(s, COLLECTION, DEFAULT_COLLECTION);
    String configSet = name(s, CONFIGSET, DEFAULT_CONFIGSET);
    int shards = number(s, SHARDS, 1, 1, 1024);
    Integer replicas = blankToNull(s.get(REPLICAS)) == null ? null : number(s, REPLICAS, 1, 1, 64);
    return new Settings(zk, collection, shards, replicas, configSet);
  }

  private static void checkZk(String zk) {
    int slash = zk.indexOf('/');
    String hosts = slash < 0 ? zk : zk.substring(0, slash);
    String chroot = slash < 0 ? null : zk.substring(slash);
    String bad = null;
    if (hosts.isEmpty()) {
      bad = "no HOST:PORT";
    } else {
      for (String h : hosts.split(",", -1)) {
        var m = ZK_HOST.matcher(h.strip());
        if (!m.matches()) {
          bad = "'" + h + "' is not HOST:PORT";
          break;
        }
        int port = Integer.parseInt(m.group(1));
        if (port < 1 || port > 65535) {
          bad = "port " + port + " is out of range";
          break;
        }
      }
    }
    if (bad == null && chroot != null && !CHROOT.matcher(chroot).matches()) {
      bad = "'" + chroot + "' is not a chroot path like /solr";
    }
    if (bad != null) {
      throw new IllegalArgumentException("setting zk: " + bad + " (expected HOST:PORT[,HOST:PORT…][/chroot], got '" + zk + "')");
    }
  }

  private static String name(Map<String, String> s, String key, String defaultValue) {
    String v = blankToNull(s.get(key));
    if (v == null) {
      return defaultValue;
    }
    if (!SOLR_NAME.matcher(v).matches()) {
      throw new IllegalArgumentException(
          "setting " + key + ": '" + v + "' is not a valid Solr name (letters, digits, '.', '_', '-', not starting with '-')");
    }
    return v;
  }

  private static int number(Map<String, String> s, String key, int defaultValue, int min, int max) {
    String v = blankToNull(s.get(key));
    if (v == null) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("setting " + key + ": '" + v + "' is not a whole number from " + min + " to " + max);
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  @Override
  public IndexBackend open(Map<String, String> settings) throws IOException {
    Settings s = validate(settings);
    int liveNodes;
    try (SolrZkClient zk = SolrCloudIndex.zkClient(s.zk(), connectTimeout)) {
      liveNodes = liveNodes(zk, s.zk());
      if (!exists(zk, "/configs/" + s.configSet(), s.zk())) {
        Path dir = Files.createTempDirectory("fahras-configset");
        try {
          SolrCloudIndex.writeBundledConfigSet(dir);
          SolrCloudIndex.uploadConfigSet(zk, s.configSet(), dir);
        } finally {
          for (String f : SolrCloudIndex.CONFIGSET_FILES) {
            Files.deleteIfExists(dir.resolve(f));
          }
          Files.deleteIfExists(dir);
        }
      }
    }
    int replicas = s.replicas() != null ? s.replicas() : liveNodes >= 2 ? 2 : 1;
    SolrCloudIndex index = SolrCloudIndex.connect(s.zk(), s.collection(), SolrCloudIndex.Options.defaults(), connectTimeout);
    try {
      index.openCollection(s.configSet(), s.shards(), replicas, COLLECTION_TIMEOUT);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw new IOException(
          "cannot open SolrCloud collection "
              + s.collection()
              + " at "
              + s.zk()
              + ": "
              + SolrCloudIndex.rootMessage(e)
              + " (each Solr node needs the Fahras analysis jars in its lib folder: see the scale-out documentation)",
          e);
    }
    return new SolrCloudBackend(index);
  }

  private static int liveNodes(SolrZkClient zk, String address) throws IOException {
    if (!exists(zk, "/live_nodes", address)) {
      throw new IOException("no SolrCloud cluster at ZooKeeper " + address + " (no /live_nodes: check the chroot)");
    }
    try {
      int n = zk.getChildren("/live_nodes", null, true).size();
      if (n == 0) {
        throw new IOException("no live Solr node registered at ZooKeeper " + address);
      }
      return n;
    } catch (KeeperException e) {
      throw new IOException("cannot read the live Solr nodes at ZooKeeper " + address + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading ZooKeeper " + address, e);
    }
  }

  private static boolean exists(SolrZkClient zk, String path, String address) throws IOException {
    try {
      return zk.exists(path, true);
    } catch (KeeperException e) {
      throw new IOException("cannot read " + path + " at ZooKeeper " + address + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading ZooKeeper " + address, e);
    }
  }
}
