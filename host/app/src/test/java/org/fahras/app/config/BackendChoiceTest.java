package org.fahras.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.api.backend.BackendQuery;
import org.fahras.api.backend.BackendResult;
import org.fahras.api.backend.IndexBackend;
import org.fahras.api.backend.IndexBackendProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendChoiceTest {

  @TempDir Path data;

  @Test
  void theChoiceIsKeptInTheConfigurationAndCommandLineOptionsOverrideIt() throws IOException {
    UserConfig c = UserConfig.load(data);
    assertThat(BackendChoice.from(c).isLocal()).isTrue();

    new BackendChoice("solrcloud", Map.of("zk", "zk1:2181/solr", "collection", "archive")).store(c);
    c.save();
    BackendChoice stored = BackendChoice.from(UserConfig.load(data));
    assertThat(stored.id()).isEqualTo("solrcloud");
    assertThat(stored.settings()).containsEntry("zk", "zk1:2181/solr").containsEntry("collection", "archive");

    BackendChoice other = stored.with(null, Map.of("collection", "news"));
    assertThat(other.settings()).containsEntry("zk", "zk1:2181/solr").containsEntry("collection", "news");
    assertThat(stored.with("local", Map.of()).isLocal()).isTrue();
    assertThat(other.catalogueDir(data)).isNotEqualTo(stored.catalogueDir(data));
    assertThat(other.catalogueDir(data).getFileName().toString()).startsWith("solrcloud-news-");

    // The same settings name the same catalogue and read the same, whatever order they come in.
    Map<String, String> forward = new LinkedHashMap<>();
    forward.put("zk", "h:1");
    forward.put("collection", "c");
    forward.put("shards", "2");
    Map<String, String> backward = new LinkedHashMap<>();
    backward.put("shards", "2");
    backward.put("collection", "c");
    backward.put("zk", "h:1");
    BackendChoice f = new BackendChoice("solrcloud", forward);
    BackendChoice b = new BackendChoice("solrcloud", backward);
    assertThat(f.catalogueDir(data)).isEqualTo(b.catalogueDir(data));
    assertThat(f.describe()).isEqualTo(b.describe()).isEqualTo("solrcloud (collection=c, shards=2, zk=h:1)");
    assertThat(f.catalogueDir(data).getFileName().toString()).isEqualTo("solrcloud-c-" + digestOf("{collection=c, shards=2, zk=h:1}"));

    BackendChoice.local().store(c);
    assertThat(c.settings()).doesNotContainKeys("backend", "backend.zk", "backend.collection");
  }

  /** The first four bytes of SHA-256, hex: how the catalogue folder's name ends. */
  private static String digestOf(String s) throws IOException {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }

  @Test
  void openingNamesWhatIsMissing() {
    IndexBackendProvider provider = new Stub("solrcloud");

    assertThatThrownBy(() -> new BackendChoice("elastic", Map.of()).open(List.of(provider)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no backend 'elastic'")
        .hasMessageContaining("installed: local, solrcloud");
    assertThatThrownBy(() -> new BackendChoice("solrcloud", Map.of("collection", "x")).open(List.of(provider)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'zk'")
        .hasMessageContaining("--zk");
    assertThatThrownBy(() -> new BackendChoice("solrcloud", Map.of()).open(List.of()))
        .hasMessageContaining("no backend plugin");
  }

  @Test
  void aCompleteChoiceOpensTheProvidersBackend() throws IOException {
    try (IndexBackend b = new BackendChoice("stub", Map.of("zk", "h:1")).open(List.of(new Stub("solrcloud"), new Stub("stub")))) {
      assertThat(b.describe()).isEqualTo("stub at h:1");
    }
  }

  /** A provider with one required setting ({@code zk}) whose backend only describes itself. */
  private record Stub(String id) implements IndexBackendProvider {
    @Override
    public String description() {
      return "a test backend";
    }

    @Override
    public Map<String, String> settings() {
      Map<String, String> s = new LinkedHashMap<>();
      s.put("zk", "ZooKeeper address");
      s.put("collection", "collection name");
      return s;
    }

    @Override
    public List<String> requiredSettings() {
      return List.of("zk");
    }

    @Override
    public IndexBackend open(Map<String, String> settings) {
      return new org.fahras.app.SearchOnlyBackend() {
        @Override
        public String describe() {
          return id + " at " + settings.get("zk");
        }

        @Override
        public long documentCount() {
          return 0;
        }

        @Override
        public BackendResult search(BackendQuery query) {
          return new BackendResult(0, List.of(), Map.of());
        }
      };
    }
  }
}
