package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real two-node SolrCloud cluster, through the packaged {@code
 * solrcloud} plugin: {@code fahras index --backend solrcloud --zk … --collection …} sends the
 * sample corpus to the cluster, and {@code fahras search} with the same options answers as the
 * local index does — same hits, scores, snippets and highlighted words, same entity facets. The
 * Solr nodes load the Fahras analysis from the plugin's solr-analysis jar, as a real node would.
 */
class SolrCloudCliTest {

  @TempDir static Path tmp;
  static MiniSolrCloudCluster cluster;
  static String zk;
  static Path local;
  static Path catalogue;

  /** Queries answered by both: words, tashkeel and hamza variants, a phrase, a prefix, OR. */
  static final List<String> QUERIES =
      List.of(
          "كوريا",
          "الصواريخ الباليستية",
          "كُورِيَا",
          "الاقليمي",
          "\"كوريا الشمالية\"",
          "الجامعات",
          "الخط العربي",
          "صوار*",
          "كوريا OR الشطرنج",
          "مكتبة");

  @BeforeAll
  static void startClusterAndIndex() throws Exception {
    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).build();
    zk = cluster.getZkServer().getZkAddress();
    local = tmp.resolve("local");
    catalogue = tmp.resolve("catalogue");
    Cli.Result l = Cli.withPlugins("index", "--index", local.toString(), Cli.CORPUS.toString());
    assertThat(l.code()).as(l.err()).isZero();
    Cli.Result s = solr("index", Cli.CORPUS.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains("SolrCloud collection corpus at " + zk);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        // The test cluster's own shutdown, after every check has passed: printed, not a failure
        // of Fahras (as in the plugin's SolrCloudBackendTest).
        e.printStackTrace();
        for (Throwable t : e.getSuppressed()) {
          t.printStackTrace();
        }
      }
    }
  }

  /** A command on the cluster: one shard, so that scores are the local index's to the last digit. */
  static Cli.Result solr(String command, String... args) {
    return solrIn("corpus", catalogue, command, args);
  }

  /** A command on a collection of its own, with its own catalogue. */
  static Cli.Result solrIn(String collection, Path catalogueDir, String command, String... args) {
    List<String> all = new ArrayList<>(List.of(
        "--index", catalogueDir.toString(), "--backend", "solrcloud", "--zk", zk, "--collection", collection,
        "--backend-option", "shards=1"));
    all.addAll(List.of(args));
    return Cli.withPlugins(command, all.toArray(String[]::new));
  }

  static JsonNode json(Cli.Result r) {
    assertThat(r.code()).as(r.err()).isZero();
    return r.json();
  }

  /** Hits by path: score and snippets; the order is checked by score. */
  static Map<String, JsonNode> byPath(JsonNode result) {
    Map<String, JsonNode> m = new TreeMap<>();
    result.get("hits").forEach(h -> m.put(h.get("path").asText(), h));
    return m;
  }

  @Test
  void theClusterAnswersEveryQueryAsTheLocalIndex() {
    for (String q : QUERIES) {
      JsonNode mine = json(Cli.withPlugins("search", "--index", local.toString(), "--json", "--limit", "20", q));
      JsonNode theirs = json(solr("search", "--json", "--limit", "20", q));
      assertThat(theirs.get("total").asLong()).as("total for %s", q).isEqualTo(mine.get("total").asLong());
      assertThat(mine.get("total").asLong()).as("the corpus answers %s", q).isPositive();
      Map<String, JsonNode> a = byPath(mine);
      Map<String, JsonNode> b = byPath(theirs);
      assertThat(b.keySet()).as("hits for %s", q).isEqualTo(a.keySet());
      for (String path : a.keySet()) {
        assertThat(b.get(path).get("score").asDouble())
            .as("score of %s for %s", path, q)
            .isCloseTo(a.get(path).get("score").asDouble(), org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(b.get(path).get("snippets").toString()).as("snippets of %s for %s", path, q)
            .isEqualTo(a.get(path).get("snippets").toString());
        assertThat(b.get(path).get("title").asText()).isEqualTo(a.get(path).get("title").asText());
      }
      // Rank order: scores never increase down the list, on both sides.
      assertThat(scores(theirs)).isSortedAccordingTo((x, y) -> Double.compare(y, x));
      assertThat(scores(mine)).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
  }

  @Test
  void searchModesFiltersAndEntityFacetsGoThroughTheBackend() {
    for (List<String> args : List.of(
        List.of("--mode", "exact", "الصواريخ"),
        List.of("--filter", "ext=txt", "كوريا"),
        List.of("--sort", "date", "كوريا"))) {
      List<String> a = new ArrayList<>(List.of("--json"));
      a.addAll(args);
      JsonNode mine = json(Cli.withPlugins("search", concat(List.of("--index", local.toString()), a)));
      JsonNode theirs = json(solr("search", a.toArray(String[]::new)));
      // As sets: files checked out together share scores or dates, and ties may fall either way.
      assertThat(theirs.get("total").asLong()).as("%s", args).isEqualTo(mine.get("total").asLong()).isPositive();
      assertThat(paths(theirs)).as("%s", args).containsExactlyInAnyOrderElementsOf(paths(mine));
    }
    List<String> facet = List.of("--json", "--facet", "location", "--facet", "person", "كوريا");
    JsonNode mine = json(Cli.withPlugins("search", concat(List.of("--index", local.toString()), facet)));
    JsonNode theirs = json(solr("search", facet.toArray(String[]::new)));
    assertThat(values(theirs.get("facets").get("location"))).isEqualTo(values(mine.get("facets").get("location")));
    assertThat(values(mine.get("facets").get("location"))).as("the seed article's places").isNotEmpty();
    assertThat(values(theirs.get("facets").get("person"))).isEqualTo(values(mine.get("facets").get("person")));
    String place = mine.get("facets").get("location").get(0).get("value").asText();
    List<String> filtered = List.of("--json", "--filter", "location=" + place, "كوريا");
    List<String> near = paths(json(Cli.withPlugins("search", concat(List.of("--index", local.toString()), filtered))));
    assertThat(near).isNotEmpty();
    assertThat(paths(json(solr("search", filtered.toArray(String[]::new))))).containsExactlyInAnyOrderElementsOf(near);
  }

  @Test
  void statusCountsTheClustersDocumentsAndAReRunSendsNothing() {
    JsonNode localStatus = json(Cli.run("status", "--index", local.toString(), "--json"));
    JsonNode status = json(solr("status", "--json"));
    assertThat(status.get("backend").asText()).isEqualTo("solrcloud");
    assertThat(status.get("backendDocuments").asLong()).isEqualTo(localStatus.get("documents").asLong());
    assertThat(status.get("files").asLong()).isEqualTo(localStatus.get("files").asLong());

    Cli.Result again = solr("index", Cli.CORPUS.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 new, 0 updated").contains("0 failed");
  }

  @Test
  void changesAndDeletionsReachTheCluster() throws Exception {
    // A collection of its own: the corpus collection's statistics stay the local index's.
    Path cat = tmp.resolve("changes-catalogue");
    Path folder = Files.createDirectories(tmp.resolve("changing"));
    Path a = Files.writeString(folder.resolve("a.txt"), "مذكرة عن الزيتون في فلسطين");
    Path b = Files.writeString(folder.resolve("b.txt"), "تقرير عن القهوة اليمنية");
    assertThat(solrIn("changes", cat, "index", folder.toString()).code()).isZero();
    assertThat(paths(json(solrIn("changes", cat, "search", "--json", "الزيتون")))).containsExactly(a.toString());

    Files.writeString(a, "مذكرة عن العنب والتين في فلسطين، وهي أطول من قبل");
    Files.delete(b);
    Cli.Result r = solrIn("changes", cat, "index", folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 updated").contains("1 removed");
    assertThat(json(solrIn("changes", cat, "search", "--json", "الزيتون")).get("total").asLong()).isZero();
    assertThat(paths(json(solrIn("changes", cat, "search", "--json", "العنب")))).containsExactly(a.toString());
    assertThat(json(solrIn("changes", cat, "search", "--json", "القهوة")).get("total").asLong()).isZero();
  }

  @Test
  void anUnreachableClusterIsOneLineAndExitCodeOne() {
    Cli.Result r = Cli.withPlugins(
        "search", "--index", tmp.resolve("nowhere").toString(), "--backend", "solrcloud", "--zk", "127.0.0.1:1", "كوريا");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("127.0.0.1:1");
  }

  private static String[] concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all.toArray(String[]::new);
  }

  private static List<Double> scores(JsonNode r) {
    List<Double> s = new ArrayList<>();
    r.get("hits").forEach(h -> s.add(h.get("score").asDouble()));
    return s;
  }

  private static List<String> paths(JsonNode r) {
    List<String> p = new ArrayList<>();
    r.get("hits").forEach(h -> p.add(h.get("path").asText()));
    return p;
  }

  private static Map<String, Long> values(JsonNode facet) {
    Map<String, Long> m = new LinkedHashMap<>();
    if (facet != null) {
      facet.forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
    }
    return new TreeMap<>(m);
  }
}
