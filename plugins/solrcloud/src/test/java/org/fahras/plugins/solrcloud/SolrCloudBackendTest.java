package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.fahras.api.AnalysisField;
import org.fahras.plugins.arabic.ArabicAnalyzerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real two-node SolrCloud cluster (ZooKeeper inside the test): the configset uploaded by the
 * plugin, the sample corpus indexed through it, and the answers compared with a local Lucene
 * index built with the same analysis and queried with the same normal-mode queries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudBackendTest {

  private static final String CONFIGSET = "fahras";
  private static final String CORPUS = "fahras_corpus";
  private static final Duration ACTIVE = Duration.ofSeconds(60);
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

  /** Queries of the comparison: words, a phrase, two-word lists (strict and relaxed), syntax. */
  static final List<String> QUERIES =
      List.of(
          "كوريا",
          "الصواريخ",
          "تعقد",
          "\"كوريا الشمالية\"",
          "الجامعة",
          "الجامعات",
          "الخط العربي",
          "معرض القاهرة للكتاب",
          "المياه الخليج",
          "بيت الحكمة",
          "الشطرنج",
          "كوريا OR الشطرنج",
          "صوار*",
          "شطرنح~1",
          "الدراسات العليا",
          "صواريخ باليستية غير موجودة",
          "title:الخط",
          "كوريا الشطرنج القاهرة");

  private Path base;
  private MiniSolrCloudCluster cluster;
  private SolrCloudIndex index;
  private ArabicAnalyzerProvider provider;
  private List<IndexRecord> corpus;
  private LocalReference local;
  private BackendApiChecks api;

  @BeforeAll
  void startCluster() throws Exception {
    base = Files.createTempDirectory("fahras-solrcloud");
    cluster = new MiniSolrCloudCluster.Builder(2, base.resolve("cluster")).build();
    String zk = cluster.getZkServer().getZkAddress();
    index = SolrCloudIndex.connect(zk, CORPUS, SolrCloudIndex.Options.defaults());
    index.uploadConfigSet(CONFIGSET);
    // One shard on both nodes: the ranking statistics are those of the whole collection, as on
    // the desktop (more shards rank by each shard's statistics unless Solr's ExactStatsCache is on).
    assertThat(index.ensureCollection(CONFIGSET, 1, 2, ACTIVE)).isTrue();
    assertThat(index.ensureCollection(CONFIGSET, 1, 2, ACTIVE)).as("an existing collection is checked, not created").isFalse();
    assertThatThrownBy(() -> index.ensureCollection("another", 1, 2, ACTIVE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("uses configset " + CONFIGSET);

    provider = new ArabicAnalyzerProvider();
    corpus = new ArrayList<>();
    List<FileBlock> blocks = new ArrayList<>();
    for (SampleCorpus.Doc d : SampleCorpus.read()) {
      // The file, and each of its paragraphs as an entry of the file (as the entries of an
      // archive are): many documents, so that rankings have something to order.
      List<IndexRecord> block = new ArrayList<>();
      block.add(IndexRecord.document(d.path(), d.path(), d.title(), d.body()));
      int n = 0;
      for (String para : d.body().split("\\R\\s*\\R|\\R(?=#)")) {
        if (para.strip().length() >= 40) {
          block.add(IndexRecord.document(d.path(), d.path() + "!/p" + (++n), null, para.strip()));
        }
      }
      corpus.addAll(block);
      blocks.add(new FileBlock(d.path(), block));
    }
    // A failure record: never a hit.
    IndexRecord failure =
        new IndexRecord("/corpus/broken.pdf", "/corpus/broken.pdf", IndexRecord.KIND_FAILURE, null, null, null, Map.of())
            .with("failure_reason", "CORRUPT")
            .with("failure_message", "كوريا");
    corpus.add(failure);
    blocks.add(new FileBlock(failure.file(), List.of(failure)));
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
    index.index(blocks);
    index.commit();
    local = new LocalReference(provider, corpus);
    api = new BackendApiChecks(cluster, base.resolve("api"));
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (api != null) {
      api.close();
    }
    if (local != null) {
      local.close();
    }
    if (index != null) {
      index.close();
    }
    if (cluster != null) {
      stop(cluster);
    }
    if (base != null) {
      try (java.util.stream.Stream<Path> all = Files.walk(base)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Stops a test cluster once every check has run. Its collections are deleted first, so that no
   * replica is still recovering (the fault test restarts a node) while the nodes stop. A failure
   * of the cluster's own shutdown after that (seen once on a slow CI machine: one of Jetty's closers
   * reported an error, every assertion had passed) is printed in full with its suppressed causes,
   * and does not fail the suite: it says nothing about Fahras.
   */
  static void stop(MiniSolrCloudCluster cluster) {
    try {
      cluster.deleteAllCollections();
    } catch (Exception e) {
      System.err.println("test cluster: deleting the collections before shutdown failed: " + e);
    }
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("test cluster: shutdown reported an error (all checks had passed):");
      e.printStackTrace();
      for (Throwable t : e.getSuppressed()) {
        t.printStackTrace();
      }
    }
  }

  @Test
  @Order(1)
  void solrFieldTypeAnalysesExactlyAsThePlugin() throws Exception {
    SolrCore core = anyCore(CORPUS);
    try {
      for (String field : List.of("body", "title", "author")) {
        Analyzer solrIndex = core.getLatestSchema().getFieldType(field).getIndexAnalyzer();
        Analyzer solrQuery = core.getLatestSchema().getFieldType(field).getQueryAnalyzer();
        int composite = 0;
        for (IndexRecord r : corpus) {
          if (r.body() == null) {
            continue;
          }
          List<String> ours = tokens(provider.indexAnalyzer(AnalysisField.STEMMED), r.body());
          assertThat(tokens(solrIndex, r.body())).as("index analysis of %s as %s", r.path(), field).isEqualTo(ours);
          assertThat(tokens(solrQuery, r.body()))
              .as("query analysis of %s as %s", r.path(), field)
              .isEqualTo(tokens(provider.queryAnalyzer(AnalysisField.STEMMED), r.body()));
          composite += (int) ours.stream().filter(t -> t.contains("\u001F")).count();
        }
        assertThat(composite).as("the index terms are the compact layout's stem U+001F surface").isGreaterThan(1000);
      }
    } finally {
      core.close();
    }
  }

  @Test
  @Order(2)
  void sameTopResultsAndHighlightedWordsAsTheLocalIndex() throws Exception {
    int relaxedSeen = 0;
    int markedDocs = 0;
    for (String q : QUERIES) {
      SearchResult solr = index.search(new SearchRequest(q, Map.of(), 0, 50, List.of(), true));
      SearchResult ours = local.search(q, 50);
      assertThat(solr.total()).as("total for %s", q).isEqualTo(ours.total());
      assertThat(solr.relaxed()).as("strict/relaxed for %s", q).isEqualTo(ours.relaxed());
      relaxedSeen += solr.relaxed() ? 1 : 0;
      assertSameRanking(q, solr.hits(), ours.hits());
      Map<String, List<String>> solrMarks = marks(solr.hits());
      Map<String, List<String>> ourMarks = marks(ours.hits());
      assertThat(solrMarks).as("highlighted words for %s", q).isEqualTo(ourMarks);
      // Passages as the desktop cuts them: the same snippets, word for word.
      SearchResult solrPassages = index.search(new SearchRequest(q, Map.of(), 0, 50, List.of(), false));
      SearchResult ourPassages = local.search(q, 50, false);
      assertSameRanking(q, solrPassages.hits(), ourPassages.hits());
      Map<String, List<String>> solrSnippets = snippets(solrPassages.hits());
      Map<String, List<String>> ourSnippets = snippets(ourPassages.hits());
      assertThat(solrSnippets.keySet()).isEqualTo(ourSnippets.keySet());
      for (Map.Entry<String, List<String>> e : ourSnippets.entrySet()) {
        List<String> theirs = solrSnippets.get(e.getKey());
        if (e.getValue().stream().anyMatch(t -> t.contains("<mark>"))) {
          assertThat(theirs).as("snippets of %s for %s", e.getKey(), q).isEqualTo(e.getValue());
        } else {
          // Nothing in the body matched (a title match): both show the start of the text, the
          // desktop one passage, Solr its first hl.snippets passages (it has no setting for one).
          assertThat(theirs).as("summary of %s for %s", e.getKey(), q).hasSize(1);
          assertThat(e.getValue()).hasSize(1);
          assertThat(theirs.get(0)).startsWith(e.getValue().get(0));
        }
      }
      markedDocs += (int) solrMarks.values().stream().filter(m -> !m.isEmpty()).count();
      System.out.printf(
          "compare %-28s total=%d relaxed=%s top=%s marks=%s%n",
          q,
          solr.total(),
          solr.relaxed(),
          solr.hits().isEmpty() ? "-" : Path.of(solr.hits().get(0).path()).getFileName(),
          solr.hits().isEmpty() ? "-" : new TreeSet<>(solrMarks.get(solr.hits().get(0).path())));
    }
    assertThat(markedDocs).as("hits with highlighted words, over all queries").isGreaterThan(15);
    assertThat(relaxedSeen).as("some query falls back to the relaxed form").isPositive();
    // The queries of the issue find what they should.
    assertThat(index.search(SearchRequest.of("كوريا", 10)).hits())
        .extracting(SearchResult.Hit::path)
        .anyMatch(p -> p.endsWith("korea-deterrence-statement.txt"));
    SearchResult phrase = index.search(SearchRequest.of("\"كوريا الشمالية\"", 10));
    assertThat(phrase.hits()).isNotEmpty();
    assertThat(phrase.hits().get(0).snippets()).anyMatch(s -> s.contains("<mark>"));
    assertThat(index.search(SearchRequest.of("كوريا", 50)).hits())
        .extracting(SearchResult.Hit::path)
        .doesNotContain("/corpus/broken.pdf");
  }

  @Test
  @Order(3)
  void facetsAndFiltersOnMetadata() throws Exception {
    List<FileBlock> blocks = new ArrayList<>();
    blocks.add(
        new FileBlock(
            "/facets/a.pdf",
            List.of(
                IndexRecord.document("/facets/a.pdf", "/facets/a.pdf", null, "اجتماع في سيول حول كوريا")
                    .with("ext", "pdf")
                    .with("year", 2023)
                    .with("location", "سيول", "كوريا"))));
    blocks.add(
        new FileBlock(
            "/facets/b.docx",
            List.of(
                IndexRecord.document("/facets/b.docx", "/facets/b.docx", null, "تقرير عن كوريا واليابان")
                    .with("ext", "docx")
                    .with("year", 2024)
                    .with("location", "كوريا"))));
    index.index(blocks);
    index.commit();
    SearchResult r =
        index.search(new SearchRequest("كوريا", Map.of("year", List.of("2023", "2024")), 0, 10, List.of("ext", "year", "location"), false));
    assertThat(r.hits()).extracting(SearchResult.Hit::path).containsExactlyInAnyOrder("/facets/a.pdf", "/facets/b.docx");
    assertThat(r.facets().get("ext")).containsEntry("pdf", 1L).containsEntry("docx", 1L);
    assertThat(r.facets().get("location")).containsEntry("كوريا", 2L).containsEntry("سيول", 1L);
    SearchResult both = index.search(new SearchRequest("كوريا", Map.of("location", List.of("كوريا", "سيول")), 0, 10, List.of(), false));
    assertThat(both.hits()).extracting(SearchResult.Hit::path).containsExactly("/facets/a.pdf");
    SearchResult pdf = index.search(new SearchRequest("كوريا", Map.of("ext", List.of("pdf")), 0, 10, List.of(), false));
    assertThat(pdf.hits()).extracting(SearchResult.Hit::path).containsExactly("/facets/a.pdf");
    assertThat(pdf.hits().get(0).snippets()).containsExactly("اجتماع في سيول حول <mark>كوريا</mark>");
    // A file's block replaces what the collection held for it: an entry that is gone is removed.
    index.index(
        List.of(
            new FileBlock(
                "/facets/c.zip",
                List.of(
                    IndexRecord.document("/facets/c.zip", "/facets/c.zip!/one.txt", null, "زلزال في اليابان"),
                    IndexRecord.document("/facets/c.zip", "/facets/c.zip!/two.txt", null, "زلزال في تركيا")))));
    index.commit();
    assertThat(index.search(SearchRequest.of("زلزال", 10)).total()).isEqualTo(2);
    index.index(
        List.of(new FileBlock("/facets/c.zip", List.of(IndexRecord.document("/facets/c.zip", "/facets/c.zip!/two.txt", null, "زلزال في تركيا")))));
    index.commit();
    assertThat(index.search(SearchRequest.of("زلزال", 10)).hits()).extracting(SearchResult.Hit::path).containsExactly("/facets/c.zip!/two.txt");
    index.deleteFile("/facets/c.zip");
    index.commit();
    assertThat(index.search(SearchRequest.of("زلزال", 10)).total()).isZero();
  }

  // The backend API (IndexBackendProvider → IndexBackend), on this cluster: see BackendApiChecks.

  @Test
  @Order(4)
  void apiOpenCreatesTheCollectionAndASecondOpenChecksIt() throws Exception {
    api.openCreatesTheCollectionAndASecondOpenChecksIt();
  }

  @Test
  @Order(5)
  void apiBadSettingsAreRefusedByName() {
    api.badSettingsAreRefusedByName();
  }

  @Test
  @Order(6)
  void apiUnreachableZooKeeperFailsWithinSeconds() throws Exception {
    api.anUnreachableZooKeeperFailsWithinSeconds();
  }

  @Test
  @Order(7)
  void apiEverySearchModeAnswersAsTheDesktop() throws Exception {
    api.indexTheComparisonFiles();
    api.everySearchModeAnswersAsTheDesktop();
  }

  @Test
  @Order(8)
  void apiFiltersFacetsSortingAndStoredTextAsTheDesktop() throws Exception {
    api.filtersFacetsAndSortingAsTheDesktop();
  }

  @Test
  @Order(9)
  void apiEntityFiltersAndFacets() throws Exception {
    api.entityFiltersAndFacets();
  }

  @Test
  @Order(10)
  void apiReplaceTwiceLeavesOneCopyAndDeletesApply() throws Exception {
    api.replaceAndDeletes();
  }

  @Test
  @Order(11)
  void apiBadQueriesAreIllegalArguments() {
    api.badQueriesAreIllegalArguments();
  }

  @Test
  @Order(20)
  void aNodeStoppedWhileIndexingLosesNothing() throws Exception {
    String collection = "fahras_faults";
    SolrCloudIndex.Options opts =
        new SolrCloudIndex.Options(10, 40, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(60));
    try (SolrCloudIndex faults = SolrCloudIndex.connect(cluster.getZkServer().getZkAddress(), collection, opts)) {
      // Two shards, each with a replica on both nodes: either node alone holds everything.
      faults.ensureCollection(CONFIGSET, 2, 2, ACTIVE);
      List<String> texts = new ArrayList<>();
      for (IndexRecord r : corpus) {
        if (r.body() != null) {
          texts.add(r.body().length() > 600 ? r.body().substring(0, 600) : r.body());
        }
      }
      int n = 240;
      List<FileBlock> blocks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String file = "/faults/doc" + i + ".txt";
        String body = "fahrasdoc" + i + " " + texts.get(i % texts.size());
        blocks.add(new FileBlock(file, List.of(IndexRecord.document(file, file, null, body))));
      }
      // Indexing runs on its own thread, batch after batch, in three parts: the first third with
      // both nodes up; the second sent while the node holding shard 1's leader is being stopped
      // (requests in flight as it goes down, a leader election under way); the last third with
      // that node down. The thread only waits at the two gates, so that every part is sure to run
      // in its phase.
      CountDownLatch atFirstGate = new CountDownLatch(1);
      CountDownLatch stopping = new CountDownLatch(1);
      CountDownLatch down = new CountDownLatch(1);
      AtomicInteger sent = new AtomicInteger();
      ExecutorService run = Executors.newSingleThreadExecutor();
      Future<?> indexing =
          run.submit(
              () -> {
                for (int from = 0; from < n; from += 10) {
                  if (from == n / 3) {
                    atFirstGate.countDown();
                    assertThat(stopping.await(60, TimeUnit.SECONDS)).isTrue();
                  }
                  if (from == 2 * n / 3) {
                    assertThat(down.await(120, TimeUnit.SECONDS)).isTrue();
                  }
                  List<FileBlock> part = blocks.subList(from, Math.min(n, from + 10));
                  faults.index(part);
                  if (from == 150) {
                    // The same batch twice, as a retried run would send it: nothing doubles.
                    faults.index(part);
                  }
                  sent.addAndGet(part.size());
                }
                return null;
              });
      JettySolrRunner stopped;
      try {
        assertThat(atFirstGate.await(60, TimeUnit.SECONDS)).as("a third of the files indexed within a minute").isTrue();
        assertThat(sent.get()).isEqualTo(n / 3);
        JettySolrRunner leader = cluster.getReplicaJetty(leaderOf(collection, "shard1"));
        stopping.countDown();
        stopped = cluster.stopJettySolrRunner(leader);
        cluster.waitForJettyToStop(stopped);
        assertThat(cluster.getSolrClient().getClusterStateProvider().getLiveNodes()).hasSize(1);
        assertThat(sent.get()).as("the last third waits for the node to be down").isLessThanOrEqualTo(2 * n / 3);
        down.countDown();
        indexing.get(120, TimeUnit.SECONDS);
        assertThat(sent.get()).isEqualTo(n);
      } finally {
        run.shutdownNow();
      }
      assertThat(stopped).isNotNull();
      faults.commit();
      System.out.println("fault run: " + n + " files indexed, one node stopped during the run; retried requests: " + faults.retries());
      assertEverythingSearchable(faults, n);

      cluster.startJettySolrRunner(stopped);
      cluster.waitForNode(stopped, 60);
      faults.waitUntilActive(ACTIVE);
      faults.commit();
      assertEverythingSearchable(faults, n);
      assertEveryReplicaHolds(collection, n);
    }
  }

  private Replica leaderOf(String collection, String shard) {
    return cluster.getZkStateReader().getClusterState().getCollection(collection).getLeader(shard);
  }

  private void assertEverythingSearchable(SolrCloudIndex idx, int n) throws IOException {
    assertThat(idx.countDocuments()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      SearchResult r = idx.search(SearchRequest.of("fahrasdoc" + i, 2));
      assertThat(r.hits()).as("document %d", i).extracting(SearchResult.Hit::path).containsExactly("/faults/doc" + i + ".txt");
    }
  }

  private void assertEveryReplicaHolds(String collection, int n) throws Exception {
    DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(collection);
    Map<String, Long> perShard = new LinkedHashMap<>();
    for (Replica replica : state.getSlices().stream().flatMap(s -> s.getReplicas().stream()).toList()) {
      try (Http2SolrClient c = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
        SolrQuery q = new SolrQuery("*:*").setRows(0);
        q.set("distrib", false);
        q.set("defType", "lucene");
        long found = c.query(replica.getCoreName(), q).getResults().getNumFound();
        Long other = perShard.putIfAbsent(replica.getShard(), found);
        if (other != null) {
          assertThat(found).as("both replicas of %s", replica.getShard()).isEqualTo(other);
        }
      }
    }
    assertThat(perShard.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
  }

  private SolrCore anyCore(String collection) {
    for (JettySolrRunner j : cluster.getJettySolrRunners()) {
      for (String name : j.getCoreContainer().getLoadedCoreNames()) {
        SolrCore c = j.getCoreContainer().getCore(name);
        if (c != null && collection.equals(c.getCoreDescriptor().getCollectionName())) {
          return c;
        }
        if (c != null) {
          c.close();
        }
      }
    }
    throw new AssertionError("no core of " + collection);
  }

  /** Each token as term|start|end|positionIncrement|positionLength|type. */
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "|" + off.startOffset() + "|" + off.endOffset() + "|" + inc.getPositionIncrement() + "|" + len.getPositionLength() + "|" + type.type());
      }
      ts.end();
      out.add("end|" + off.endOffset() + "|" + inc.getPositionIncrement());
    }
    return out;
  }

  /**
   * The same ranking: the same scores rank by rank (to float precision), and the same paths at
   * each rank, except that documents of equal score may come in either order (Lucene breaks ties
   * by internal document number, which differs between the two indexes).
   */
  static void assertSameRanking(String q, List<SearchResult.Hit> solr, List<SearchResult.Hit> ours) {
    assertThat(solr).as("hits of %s", q).hasSameSizeAs(ours);
    for (int i = 0; i < solr.size(); i++) {
      assertThat(solr.get(i).score()).as("score at rank %d for %s", i + 1, q).isCloseTo(ours.get(i).score(), org.assertj.core.data.Percentage.withPercentage(0.01));
    }
    int i = 0;
    while (i < solr.size()) {
      int j = i + 1;
      while (j < solr.size() && Math.abs(ours.get(j).score() - ours.get(i).score()) <= 1e-4f * Math.abs(ours.get(i).score())) {
        j++;
      }
      TreeSet<String> a = new TreeSet<>();
      TreeSet<String> b = new TreeSet<>();
      for (int k = i; k < j; k++) {
        a.add(solr.get(k).path());
        b.add(ours.get(k).path());
      }
      assertThat(a).as("documents at ranks %d-%d for %s", i + 1, j, q).isEqualTo(b);
      i = j;
    }
  }

  /** Per path, the snippets. */
  private static Map<String, List<String>> snippets(List<SearchResult.Hit> hits) {
    Map<String, List<String>> m = new java.util.TreeMap<>();
    hits.forEach(h -> m.put(h.path(), h.snippets()));
    return m;
  }

  /** Per path, the highlighted words in text order. */
  private static Map<String, List<String>> marks(List<SearchResult.Hit> hits) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (SearchResult.Hit h : hits) {
      List<String> words = new ArrayList<>();
      for (String s : h.snippets()) {
        Matcher mm = MARK.matcher(s);
        while (mm.find()) {
          words.add(mm.group(1));
        }
      }
      m.put(h.path(), words);
    }
    return new java.util.TreeMap<>(m);
  }
}
