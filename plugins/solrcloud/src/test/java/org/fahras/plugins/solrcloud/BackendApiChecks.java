package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.fahras.api.DocumentParser;
import org.fahras.api.backend.BackendQuery;
import org.fahras.api.backend.BackendRecord;
import org.fahras.api.backend.BackendResult;
import org.fahras.api.backend.IndexBackend;
import org.fahras.api.backend.IndexBackendProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.Indexer;
import org.fahras.app.search.FacetValue;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchMode;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchService;
import org.fahras.app.search.SortOrder;
import org.fahras.plugins.arabic.ArabicAnalyzerProvider;

/**
 * The checks of the backend API ({@link IndexBackendProvider} → {@link IndexBackend}) on the
 * cluster of {@link SolrCloudBackendTest}: one collection opened through the provider, the same
 * files indexed by the desktop's own {@link Indexer} (Arabic analysis with the root field on, as
 * the configset has it) and searched by its {@link SearchService}, and the answers compared.
 */
final class BackendApiChecks implements AutoCloseable {

  static final String COLLECTION = "fahras_api";

  /** Files written for the comparison, besides the sample corpus' text: tashkeel, roots, names. */
  static final Map<String, String> EXTRA =
      Map.of(
          "كتابة.txt", "كَتَبَ الطالبُ الدرسَ في المكتبة، والكاتب يقرأ كُتُبًا كثيرة عن تاريخ الكتابة.",
          "رسالة.txt", "كُتِبَ التقرير بخط جميل، وكتب المدير رسالة إلى الكتّاب في المكاتب.",
          "شركة.txt", "أعلنت شركة جوجل عن خدمة جديدة للبحث في مكتبها بدبي.",
          "بحث.txt", "قالت غوغل إن محرك البحث يدعم اللغة العربية في الجامعات.",
          "مدرسة.txt", "زار الوفد مدرسة الكتابة والمكاتب الحكومية في القاهرة.",
          "فلك.txt", "يدرس الطلاب في الجامعة علم الفلك والرياضيات ويكتبون البحوث.");

  /** Per mode, Arabic queries compared with the desktop (each also with name variants). */
  static final Map<String, List<String>> MODE_QUERIES =
      Map.of(
          "NORMAL",
          List.of("كوريا", "الجامعات", "\"كوريا الشمالية\"", "الخط العربي", "كتب", "مكتبة", "جوجل", "صوار*", "كتب OR الشطرنج"),
          "EXACT",
          List.of("كتب", "الجامعة", "كوريا", "المكتبة", "الصواريخ"),
          "VOCALISED",
          List.of("كَتَبَ", "كُتِبَ", "كتب", "كُتُبًا", "الجامعة"),
          "ROOT",
          List.of("كتب", "الكاتب", "جامعة", "صاروخ", "المكتبة الكبيرة"));

  private final MiniSolrCloudCluster cluster;
  private final String zk;
  private final Path dir;
  private final IndexBackendProvider provider = new SolrCloudBackendProvider();
  private IndexBackend backend;
  private SearchService desktop;
  private IndexAnalysis desktopAnalysis;
  private final Map<String, BackendRecord> records = new LinkedHashMap<>();

  BackendApiChecks(MiniSolrCloudCluster cluster, Path dir) {
    this.cluster = cluster;
    this.zk = cluster.getZkServer().getZkAddress();
    this.dir = dir;
  }

  private Map<String, String> settings(String collection) {
    Map<String, String> s = new HashMap<>();
    s.put("zk", zk);
    s.put("collection", collection);
    return s;
  }

  /** Open creates the collection (2 replicas on the 2 live nodes); a second open checks it. */
  void openCreatesTheCollectionAndASecondOpenChecksIt() throws Exception {
    assertThat(provider.id()).isEqualTo("solrcloud");
    assertThat(provider.settings().keySet()).containsExactly("zk", "collection", "shards", "replicas", "configset");
    assertThat(provider.requiredSettings()).containsExactly("zk");
    assertThat(collection(COLLECTION)).isNull();
    backend = provider.open(settings(COLLECTION));
    DocCollection created = collection(COLLECTION);
    assertThat(created).as("created by open").isNotNull();
    assertThat(created.getConfigName()).isEqualTo("fahras");
    assertThat(created.getSlices()).hasSize(1);
    assertThat(created.getReplicas()).as("replicas default to 2 with two live nodes").hasSize(2);
    assertThat(backend.describe()).contains(COLLECTION).contains(zk);
    assertThat(backend.documentCount()).isZero();
    // A second open finds the collection and checks it; a different configset is refused.
    Map<String, String> again = settings(COLLECTION);
    again.put("shards", "3");
    try (IndexBackend second = provider.open(again)) {
      assertThat(second.documentCount()).isZero();
    }
    assertThat(collection(COLLECTION).getSlices()).as("an existing collection is not re-created").hasSize(1);
    Map<String, String> other = settings(COLLECTION);
    other.put("configset", "fahras_other");
    assertThatThrownBy(() -> provider.open(other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("uses configset fahras");
  }

  /** Settings are checked before anything is contacted; the message names the setting. */
  void badSettingsAreRefusedByName() {
    assertThatThrownBy(() -> provider.open(Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zk");
    assertThatThrownBy(() -> provider.open(Map.of("zk", "localhost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting zk");
    assertThatThrownBy(() -> provider.open(Map.of("zk", "localhost:2181/solr/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting zk");
    assertThatThrownBy(() -> provider.open(Map.of("zk", zk, "shards", "two")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting shards");
    assertThatThrownBy(() -> provider.open(Map.of("zk", zk, "replicas", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting replicas");
    assertThatThrownBy(() -> provider.open(Map.of("zk", zk, "collection", "a b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("setting collection");
    assertThatThrownBy(() -> provider.open(Map.of("zk", zk, "colection", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colection");
  }

  /** Nothing listens on the port: an IOException naming the address, within seconds. */
  void anUnreachableZooKeeperFailsWithinSeconds() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String address = "127.0.0.1:" + port + "/solr";
    long start = System.nanoTime();
    assertThatThrownBy(() -> provider.open(Map.of("zk", address)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ZooKeeper")
        .hasMessageContaining(address);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(seconds).as("seconds until the failure").isLessThan(15);
  }

  /**
   * The sample corpus' text and a few files of our own, written to a folder with distinct
   * modification times, indexed by the desktop and sent to the collection through the API.
   */
  void indexTheComparisonFiles() throws Exception {
    Path files = Files.createDirectories(dir.resolve("files"));
    Map<Path, SampleCorpus.Doc> docs = new LinkedHashMap<>();
    for (SampleCorpus.Doc d : SampleCorpus.read()) {
      Path f = files.resolve(Path.of(d.path()).getFileName().toString());
      docs.put(f, new SampleCorpus.Doc(f.toString(), d.title(), d.body()));
    }
    for (Map.Entry<String, String> e : new TreeMap<>(EXTRA).entrySet()) {
      Path f = files.resolve(e.getKey());
      docs.put(f, new SampleCorpus.Doc(f.toString(), null, e.getValue()));
    }
    long day = 86_400_000L;
    long base = Instant.parse("2021-03-01T10:00:00Z").toEpochMilli();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(11));
    int i = 0;
    for (Map.Entry<Path, SampleCorpus.Doc> e : docs.entrySet()) {
      Files.writeString(e.getKey(), e.getValue().body(), StandardCharsets.UTF_8);
      // Distinct times, not in name order, spread over two years.
      long mtime = base + order.get(i) * 50 * day;
      Files.setLastModifiedTime(e.getKey(), FileTime.fromMillis(mtime));
      i++;
    }
    ArabicAnalyzerProvider arabic = new ArabicAnalyzerProvider();
    arabic.configure(Map.of("rootField", "true"));
    IndexAnalysis analysis = IndexAnalysis.from(List.of(arabic));
    desktopAnalysis = analysis;
    Map<String, SampleCorpus.Doc> byPath = new HashMap<>();
    docs.values().forEach(d -> byPath.put(d.path(), d));
    DocumentParser parser = SampleCorpus.parserOf(byPath);
    Path indexDir = Files.createDirectories(dir.resolve("desktop-index"));
    List<Path> paths = docs.keySet().stream().sorted().toList();
    new Indexer(indexDir, analysis, List.of(parser), o -> "sample-text", indexDir, 1).run(paths, IndexListener.NONE);
    desktop = new SearchService(indexDir, analysis);

    for (Map.Entry<Path, SampleCorpus.Doc> e : docs.entrySet()) {
      BackendRecord r = record(e.getKey(), e.getValue());
      records.put(r.path(), r);
    }
    // Several parse threads at once, as the host sends them; each file twice (a re-run).
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (BackendRecord r : records.values()) {
          done.add(threads.submit(() -> {
            backend.replace(r.file(), List.of(r));
            return null;
          }));
        }
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    backend.commit();
    assertThat(backend.documentCount()).isEqualTo(records.size());
    assertThat(desktop.documentCount()).isEqualTo(records.size());
  }

  /** A record as the host builds it from a parsed text file. */
  static BackendRecord record(Path file, SampleCorpus.Doc d) throws IOException {
    Map<String, List<Object>> f = new LinkedHashMap<>();
    if (d.title() != null) {
      f.put("title", List.of(d.title()));
    }
    f.put("body", List.of(d.body()));
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    long mtime = Files.getLastModifiedTime(file).toMillis();
    f.put("type", List.of("text/plain"));
    f.put("type_key", List.of("text/plain", "text", "plain"));
    f.put("ext", List.of(ext));
    f.put("parser", List.of("sample-text"));
    f.put("size", List.of(Files.size(file)));
    f.put("mtime", List.of(mtime));
    f.put("date", List.of(mtime));
    f.put("year", List.of((long) Instant.ofEpochMilli(mtime).atZone(ZoneOffset.UTC).getYear()));
    List<Object> folders = new ArrayList<>();
    Path parent = file.getParent();
    folders.add(parent.getRoot().toString());
    StringBuilder level = new StringBuilder();
    for (Path p : parent) {
      level.append('/').append(p);
      folders.add(level.toString());
    }
    f.put("folder", folders);
    return new BackendRecord(file.toString(), file.toString(), BackendRecord.KIND_DOC, f);
  }

  /** Every mode, with and without name variants: the desktop's hits, scores and snippets. */
  void everySearchModeAnswersAsTheDesktop() throws Exception {
    int compared = 0;
    int nonEmpty = 0;
    for (String mode : List.of("NORMAL", "EXACT", "VOCALISED", "ROOT")) {
      for (String q : MODE_QUERIES.get(mode)) {
        for (boolean variants : List.of(false, true)) {
          String what = mode + (variants ? "+variants" : "") + " " + q;
          BackendResult solr =
              backend.search(new BackendQuery(q, mode, variants, Map.of(), "RELEVANCE", false, 0, 50, List.of(), false));
          org.fahras.app.search.SearchResult theirs =
              desktop.search(
                  new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, false, 0, 50, false, SearchMode.valueOf(mode), variants));
          assertThat(solr.total()).as("total of %s", what).isEqualTo(theirs.total());
          assertSameHits(what, solr.hits(), theirs.hits());
          compared++;
          nonEmpty += solr.hits().isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(compared).isEqualTo(2 * MODE_QUERIES.values().stream().mapToInt(List::size).sum());
    assertThat(nonEmpty).as("queries with hits").isGreaterThan(compared * 3 / 4);
    // The modes differ where they should: root search finds more than exact search.
    long exact = backend.search(new BackendQuery("كتب", "EXACT", false, Map.of(), null, false, 0, 50, List.of(), false)).total();
    long root = backend.search(new BackendQuery("كتب", "ROOT", false, Map.of(), null, false, 0, 50, List.of(), false)).total();
    assertThat(root).isGreaterThan(exact);
    // Name variants find the other spelling of a transliterated name.
    List<String> plain = paths(backend.search(new BackendQuery("جوجل", "NORMAL", false, Map.of(), null, false, 0, 10, List.of(), false)));
    List<String> withVariants = paths(backend.search(new BackendQuery("جوجل", "NORMAL", true, Map.of(), null, false, 0, 10, List.of(), false)));
    assertThat(plain).hasSize(1);
    assertThat(withVariants).hasSizeGreaterThan(1).containsAll(plain);
  }

  /** The same hits in the same order (equal scores in any order), scores and snippets. */
  private static void assertSameHits(String what, List<BackendResult.Hit> solr, List<SearchHit> theirs) {
    List<SearchResult.Hit> a = new ArrayList<>();
    solr.forEach(h -> a.add(new SearchResult.Hit(h.path(), h.score(), h.title(), h.snippets())));
    List<SearchResult.Hit> b = new ArrayList<>();
    theirs.forEach(h -> b.add(new SearchResult.Hit(h.path(), h.score(), h.title(), h.snippets())));
    SolrCloudBackendTest.assertSameRanking(what, a, b);
    Map<String, SearchHit> byPath = new HashMap<>();
    theirs.forEach(h -> byPath.put(h.path(), h));
    for (BackendResult.Hit h : solr) {
      SearchHit d = byPath.get(h.path());
      assertThat(h.contentType()).isEqualTo(d.contentType());
      assertThat(h.size()).isEqualTo(d.size());
      assertThat(h.modifiedMillis()).isEqualTo(d.modifiedMillis());
      assertThat(h.dateMillis()).isEqualTo(d.dateMillis());
      if (d.snippets().stream().anyMatch(s -> s.contains("<mark>"))) {
        assertThat(h.snippets()).as("snippets of %s for %s", h.path(), what).isEqualTo(d.snippets());
      } else {
        // Nothing in the body matched: the start of the text, one passage on the desktop, the
        // first three (as one snippet) in Solr.
        assertThat(h.snippets()).as("summary of %s for %s", h.path(), what).hasSize(1);
        assertThat(d.snippets()).hasSize(1);
        assertThat(h.snippets().get(0)).startsWith(d.snippets().get(0));
      }
    }
  }

  /** Filters, facets, sorting by date and by name, paging: as the desktop. */
  void filtersFacetsAndSortingAsTheDesktop() throws Exception {
    String folder = dir.resolve("files").toString();
    // Sorting everything by date and by name, both ways: the same order of paths.
    for (String sort : List.of("DATE", "NAME")) {
      for (boolean reverse : List.of(false, true)) {
        BackendResult solr = backend.search(new BackendQuery("*", "NORMAL", false, Map.of(), sort, reverse, 0, 100, List.of(), false));
        org.fahras.app.search.SearchResult theirs =
            desktop.search(new SearchRequest("*", Map.of(), SortOrder.valueOf(sort), reverse, 0, 100, false));
        assertThat(paths(solr)).as("%s%s", sort, reverse ? " reversed" : "").isEqualTo(theirs.hits().stream().map(SearchHit::path).toList());
        assertThat(solr.total()).isEqualTo(records.size());
      }
    }
    List<Long> dates =
        backend.search(new BackendQuery("*", "NORMAL", false, Map.of(), "DATE", false, 0, 100, List.of(), false)).hits().stream()
            .map(BackendResult.Hit::dateMillis)
            .toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // A page of a sorted list.
    BackendResult page = backend.search(new BackendQuery("*", "NORMAL", false, Map.of(), "NAME", false, 2, 3, List.of(), false));
    org.fahras.app.search.SearchResult theirPage = desktop.search(new SearchRequest("*", Map.of(), SortOrder.NAME, false, 2, 3, false));
    assertThat(paths(page)).isEqualTo(theirPage.hits().stream().map(SearchHit::path).toList()).hasSize(3);

    // Filters: values of one field are alternatives; a query within a folder and a year.
    List<Map<String, List<String>>> filters =
        List.of(
            Map.of("ext", List.of("md", "html")),
            Map.of("ext", List.of(".TXT")),
            Map.of("folder", List.of(folder)),
            Map.of("year", List.of("2021")),
            Map.of("year", List.of("2022", "2023"), "ext", List.of("txt")),
            Map.of("type", List.of("text")),
            Map.of("date", List.of(">=2022")),
            Map.of("size", List.of("<1KB", ">=100KB")));
    for (Map<String, List<String>> f : filters) {
      // The query language's own fields in the text, as the desktop reads them.
      for (String q : List.of("*", "كتب", "الجامعة", "كتب ext:txt", "date:>=2022", "size:<1KB OR الجامعة", "title:الجامعة")) {
        BackendResult solr = backend.search(new BackendQuery(q, "NORMAL", false, f, "RELEVANCE", false, 0, 100, List.of(), false));
        org.fahras.app.search.SearchResult theirs =
            desktop.search(new SearchRequest(q, f, SortOrder.RELEVANCE, false, 0, 100, false));
        assertThat(new TreeSet<>(paths(solr))).as("%s with %s", q, f).isEqualTo(new TreeSet<>(theirs.hits().stream().map(SearchHit::path).toList()));
        assertThat(solr.total()).isEqualTo(theirs.total());
      }
    }
    assertThat(backend.search(new BackendQuery("*", "NORMAL", false, Map.of("folder", List.of("/elsewhere")), null, false, 0, 10, List.of(), false)).total())
        .isZero();

    // Facets: the desktop's counts of ext and year.
    BackendResult faceted =
        backend.search(new BackendQuery("*", "NORMAL", false, Map.of(), null, false, 0, 0, List.of("ext", "year", "type"), false));
    org.fahras.app.search.SearchResult theirs =
        desktop.search(new SearchRequest("*", Map.of(), SortOrder.RELEVANCE, false, 0, 0, true));
    for (String dim : List.of("ext", "year", "type")) {
      Map<String, Long> desktopCounts = new TreeMap<>();
      for (FacetValue v : theirs.facets().get(dim)) {
        desktopCounts.put(v.value(), v.count());
      }
      assertThat(new TreeMap<>(faceted.facets().get(dim))).as("facet %s", dim).isEqualTo(desktopCounts);
    }
    assertThat(faceted.hits()).isEmpty();
    assertThat(faceted.total()).isEqualTo(records.size());
    // The whole text highlighted (what the host reads match offsets from): the stored text, marked.
    String letter = dir.resolve("files").resolve("رسالة.txt").toString();
    BackendResult whole =
        backend.search(new BackendQuery("كتب", "NORMAL", false, Map.of("file", List.of(letter)), null, false, 0, 10, List.of(), true));
    assertThat(paths(whole)).containsExactly(letter);
    assertThat(whole.hits().get(0).snippets()).hasSize(1);
    org.fahras.app.search.SnippetMarkup.Parsed parsed = org.fahras.app.search.SnippetMarkup.parse(whole.hits().get(0).snippets().get(0));
    assertThat(parsed.text()).isEqualTo(backend.storedText(letter));
    assertThat(parsed.marks()).isNotEmpty();
    assertThat(parsed.marks())
        .isEqualTo(desktop.matchOffsets(new SearchRequest("كتب", Map.of(), SortOrder.RELEVANCE, false, 0, 10, false), letter));
    // Completion: the words the desktop's index has for the prefix, shown as words.
    for (String prefix : List.of("كتا", "جامع", "كوري")) {
      List<String> words = backend.termsStartingWith(prefix, 500);
      TreeSet<String> expected = new TreeSet<>();
      for (String t : desktop.termsStartingWith(prefix, 500)) {
        expected.add(desktopAnalysis.displayTerm(org.fahras.api.AnalysisField.STEMMED, t));
      }
      assertThat(words).as("completions of %s", prefix).isNotEmpty().doesNotHaveDuplicates().noneMatch(w -> w.contains("\u001F"));
      assertThat(new TreeSet<>(words)).as("completions of %s", prefix).isEqualTo(expected);
    }
    List<String> top = backend.termsStartingWith("كتا", 2);
    assertThat(top).hasSize(2);
    assertThat(backend.termsStartingWith("  ", 5)).isEmpty();
    // Stored text.
    BackendRecord any = records.values().iterator().next();
    assertThat(backend.storedText(any.path())).isEqualTo(any.string("body"));
    assertThat(backend.storedText(any.path())).isEqualTo(desktop.storedText(any.path()));
    assertThat(backend.storedText("/no/such/file.txt")).isNull();
  }

  /** Entity filters need every value; facets count entity values. */
  void entityFiltersAndFacets() throws Exception {
    Map<String, List<Object>> a = new LinkedHashMap<>();
    a.put("body", List.of("اجتماع في سيول حول كوريا"));
    a.put("location", List.of("سيول", "كوريا"));
    a.put("entities", List.of("LOCATION\tسيول\nLOCATION\tكوريا"));
    Map<String, List<Object>> b = new LinkedHashMap<>();
    b.put("body", List.of("تقرير عن كوريا واليابان"));
    b.put("location", List.of("كوريا", "اليابان"));
    b.put("a_field_of_a_newer_host", List.of("kept out"));
    backend.replace("/entities/a.txt", List.of(new BackendRecord("/entities/a.txt", "/entities/a.txt", "doc", a)));
    backend.replace("/entities/b.txt", List.of(new BackendRecord("/entities/b.txt", "/entities/b.txt", "doc", b)));
    backend.commit();
    Map<String, List<String>> korea = Map.of("folder", List.of("/entities"));
    BackendResult r = backend.search(new BackendQuery("كوريا", "NORMAL", false, korea, null, false, 0, 10, List.of("location"), false));
    assertThat(paths(r)).containsExactlyInAnyOrder("/entities/a.txt", "/entities/b.txt");
    assertThat(r.facets().get("location")).containsEntry("كوريا", 2L).containsEntry("سيول", 1L).containsEntry("اليابان", 1L);
    assertThat(r.facets().get("location").keySet().iterator().next()).as("descending count").isEqualTo("كوريا");
    BackendResult both =
        backend.search(new BackendQuery("كوريا", "NORMAL", false, Map.of("location", List.of("كوريا", "سيول")), null, false, 0, 10, List.of(), false));
    assertThat(paths(both)).containsExactly("/entities/a.txt");
    assertThat(both.hits().get(0).snippets()).containsExactly("اجتماع في سيول حول <mark>كوريا</mark>");
    backend.deleteUnder("/entities/");
    backend.commit();
    assertThat(backend.search(new BackendQuery("كوريا", "NORMAL", false, korea, null, false, 0, 10, List.of(), false)).total()).isZero();
  }

  /** Replace twice leaves one copy, an entry gone from a file goes; deleteFile, deleteUnder. */
  void replaceAndDeletes() throws Exception {
    long before = backend.documentCount();
    String zip = "/updates/box/c.zip";
    List<BackendRecord> two =
        List.of(doc(zip, zip + "!/one.txt", "زلزال في اليابان"), doc(zip, zip + "!/two.txt", "زلزال في تركيا"));
    backend.replace(zip, two);
    backend.replace(zip, two);
    backend.replace("/updates/box/d.txt", List.of(doc("/updates/box/d.txt", "/updates/box/d.txt", "زلزال قوي")));
    backend.replace("/updates/other/e.txt", List.of(doc("/updates/other/e.txt", "/updates/other/e.txt", "زلزال خفيف")));
    backend.replace(
        "/updates/broken.pdf",
        List.of(
            new BackendRecord(
                "/updates/broken.pdf",
                "/updates/broken.pdf",
                BackendRecord.KIND_FAILURE,
                Map.of("failure_reason", List.of("CORRUPT"), "failure_message", List.of("زلزال")))));
    backend.commit();
    assertThat(backend.documentCount()).as("document records only").isEqualTo(before + 4);
    assertThat(paths(search("زلزال"))).containsExactlyInAnyOrder(zip + "!/one.txt", zip + "!/two.txt", "/updates/box/d.txt", "/updates/other/e.txt");
    // The archive again without one of its entries.
    backend.replace(zip, List.of(two.get(1)));
    backend.commit();
    assertThat(paths(search("زلزال"))).containsExactlyInAnyOrder(zip + "!/two.txt", "/updates/box/d.txt", "/updates/other/e.txt");
    backend.deleteFile(zip);
    backend.commit();
    assertThat(paths(search("زلزال"))).containsExactlyInAnyOrder("/updates/box/d.txt", "/updates/other/e.txt");
    // Sent but not committed, then deleted: the delete comes after.
    backend.replace("/updates/box/f.txt", List.of(doc("/updates/box/f.txt", "/updates/box/f.txt", "زلزال آخر")));
    backend.deleteUnder("/updates/box/");
    backend.commit();
    assertThat(paths(search("زلزال"))).containsExactly("/updates/other/e.txt");
    backend.deleteUnder("/updates/");
    backend.commit();
    assertThat(search("زلزال").total()).isZero();
    assertThat(backend.documentCount()).isEqualTo(before);

    // Many files from several threads at once, each twice: more than a batch, so full batches
    // are sent by the calling threads while others add to the next one.
    int n = 600;
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int k = 0; k < n; k++) {
          String f = "/bulk/d" + (k % 7) + "/f" + k + ".txt";
          String body = "bulkword" + k + " زلزال رقم " + k;
          done.add(threads.submit(() -> {
            backend.replace(f, List.of(doc(f, f, body)));
            return null;
          }));
        }
      }
      for (Future<?> fu : done) {
        fu.get();
      }
    } finally {
      threads.shutdown();
    }
    backend.commit();
    assertThat(backend.documentCount()).isEqualTo(before + n);
    assertThat(search("زلزال").total()).isEqualTo(n);
    assertThat(paths(search("bulkword417"))).containsExactly("/bulk/d4/f417.txt");
    backend.deleteUnder("/bulk/d4/");
    backend.commit();
    assertThat(search("زلزال").total()).isEqualTo(n - (n + 2) / 7);
    backend.deleteUnder("/bulk/");
    backend.commit();
    assertThat(backend.documentCount()).isEqualTo(before);
    assertThat(backend.storedText("/updates/broken.pdf")).isNull();
  }

  /** A query Solr cannot parse, an unknown mode, sort, filter or facet: IllegalArgumentException. */
  void badQueriesAreIllegalArguments() {
    assertThatThrownBy(() -> backend.search(BackendQuery.of("/(/", 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot understand the query");
    assertThatThrownBy(() -> backend.search(new BackendQuery("كتب", "FUZZY", false, Map.of(), null, false, 0, 10, List.of(), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FUZZY");
    assertThatThrownBy(() -> backend.search(new BackendQuery("كتب", null, false, Map.of(), "SIZE", false, 0, 10, List.of(), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SIZE");
    assertThatThrownBy(() -> backend.search(new BackendQuery("كتب", null, false, Map.of("colour", List.of("red")), null, false, 0, 10, List.of(), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> backend.search(new BackendQuery("كتب", null, false, Map.of("year", List.of("last")), null, false, 0, 10, List.of(), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year");
    assertThatThrownBy(() -> backend.search(new BackendQuery("كتب", null, false, Map.of(), null, false, 0, 10, List.of("colour"), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
  }

  private BackendResult search(String text) throws IOException {
    return backend.search(BackendQuery.of(text, 50));
  }

  private static BackendRecord doc(String file, String path, String body) {
    return new BackendRecord(file, path, BackendRecord.KIND_DOC, Map.of("body", List.of(body)));
  }

  private static List<String> paths(BackendResult r) {
    return r.hits().stream().map(BackendResult.Hit::path).toList();
  }

  private DocCollection collection(String name) {
    return cluster.getZkStateReader().getClusterState().getCollectionOrNull(name);
  }

  @Override
  public void close() throws Exception {
    if (desktop != null) {
      desktop.close();
    }
    if (backend != null) {
      backend.close();
    }
  }
}
