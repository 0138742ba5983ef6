package org.fahras.plugins.solrcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;

/**
 * A Fahras index in a SolrCloud collection: creates or checks the collection from the Fahras
 * configset, indexes file blocks (batched, retried with backoff, idempotent: keyed by path, a
 * file's block replacing what the collection held for the file), commits, and searches in the
 * desktop's normal mode ({@code {!fahras}}: strict query first, relaxed when it finds nothing)
 * with highlighting and facets.
 *
 * <p>Thread-safe: the underlying {@link CloudSolrClient} is. Calls block until Solr has
 * answered (or the retries are spent), which is the back-pressure on the caller.
 */
public final class SolrCloudIndex implements AutoCloseable {

  /** The bundled configset's files, under this class's {@code configset/conf/}. */
  static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");

  /** How batches are sent and retried. */
  public record Options(int batchSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration retryDeadline) {
    public Options {
      if (batchSize < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
      }
    }

    /** 200 records a batch; up to 12 attempts, 100 ms doubling to 5 s, within 2 minutes. */
    public static Options defaults() {
      return new Options(200, 12, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(2));
    }
  }

  private final CloudSolrClient client;
  private final String zkHost;
  private final String collection;
  private final Options options;
  private final boolean ownsClient;
  private volatile int retries;

  private SolrCloudIndex(CloudSolrClient client, String zkHost, String collection, Options options, boolean ownsClient) {
    this.client = client;
    this.zkHost = zkHost;
    this.collection = collection;
    this.options = options;
    this.ownsClient = ownsClient;
  }

  /**
   * Connects to a cluster through ZooKeeper.
   *
   * @param zkHost {@code host:port[,host:port…][/chroot]}, as Solr's {@code -z} takes it
   * @param collection the collection's name
   */
  public static SolrCloudIndex connect(String zkHost, String collection, Options options) {
    return connect(zkHost, collection, options, DEFAULT_CONNECT_TIMEOUT);
  }

  /** How long connecting to ZooKeeper or to a Solr node may take by default. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Connects to a cluster through ZooKeeper, with a bound on connecting (to ZooKeeper and to each
   * Solr node) so that an unreachable cluster fails instead of hanging.
   *
   * @param zkHost {@code host:port[,host:port…][/chroot]}, as Solr's {@code -z} takes it
   * @param collection the collection's name
   * @param connectTimeout the bound on each connection attempt
   */
  public static SolrCloudIndex connect(String zkHost, String collection, Options options, Duration connectTimeout) {
    int slash = zkHost.indexOf('/');
    List<String> hosts = List.of((slash < 0 ? zkHost : zkHost.substring(0, slash)).split(","));
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    int millis = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
    CloudSolrClient client =
        new CloudHttp2SolrClient.Builder(hosts, chroot)
            .withZkConnectTimeout(millis, TimeUnit.MILLISECONDS)
            .withZkClientTimeout(Math.max(millis, 15_000), TimeUnit.MILLISECONDS)
            .withInternalClientBuilder(
                new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder()
                    .withConnectionTimeout(millis, TimeUnit.MILLISECONDS))
            .build();
    SolrCloudIndex index = new SolrCloudIndex(client, zkHost, collection, options, true);
    index.connectTimeout = connectTimeout;
    return index;
  }

  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

  /** The ZooKeeper address this index was connected with. */
  public String zkHost() {
    return zkHost;
  }

  /** Records per update request. */
  public int batchSize() {
    return options.batchSize();
  }

  /** The collection's name. */
  public String collection() {
    return collection;
  }

  /** How many times a request was retried since this index was opened (for reports and tests). */
  public int retries() {
    return retries;
  }

  /**
   * Uploads the configset bundled with this plugin to ZooKeeper as {@code /configs/NAME}
   * (replacing one of that name), as {@code bin/solr zk upconfig} does.
   */
  public void uploadConfigSet(String name) throws IOException {
    Path dir = Files.createTempDirectory("fahras-configset");
    try {
      writeBundledConfigSet(dir);
      uploadConfigSet(name, dir);
    } finally {
      for (String f : CONFIGSET_FILES) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    }
  }

  /** Writes the bundled configset's files ({@code schema.xml}, {@code solrconfig.xml}) into a folder. */
  public static void writeBundledConfigSet(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String f : CONFIGSET_FILES) {
      try (InputStream in = SolrCloudIndex.class.getResourceAsStream("configset/conf/" + f)) {
        if (in == null) {
          throw new IOException("configset file " + f + " missing from the plugin");
        }
        Files.copy(in, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Uploads a configset folder to ZooKeeper as {@code /configs/NAME}. */
  public void uploadConfigSet(String name, Path confDir) throws IOException {
    try (SolrZkClient zk = zkClient(zkHost, connectTimeout)) {
      uploadConfigSet(zk, name, confDir);
    }
  }

  /** Uploads a configset folder through an open ZooKeeper client as {@code /configs/NAME}. */
  static void uploadConfigSet(SolrZkClient zk, String name, Path confDir) throws IOException {
    ZkMaintenanceUtils.uploadToZK(zk, confDir, "/configs/" + name, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
  }

  /**
   * A ZooKeeper client, connected within the timeout.
   *
   * @throws IOException naming the address when ZooKeeper cannot be reached in time
   */
  static SolrZkClient zkClient(String zkHost, Duration timeout) throws IOException {
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    try {
      return new SolrZkClient.Builder()
          .withUrl(zkHost)
          .withTimeout(Math.max(millis, 15_000), TimeUnit.MILLISECONDS)
          .withConnTimeOut(millis, TimeUnit.MILLISECONDS)
          .build();
    } catch (RuntimeException e) {
      throw new IOException(
          "cannot connect to ZooKeeper at " + zkHost + " within " + timeout.toSeconds() + " s: " + rootMessage(e), e);
    }
  }

  /** The innermost message of an exception chain, for one-line reports. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  /**
   * Creates the collection from a configset unless it exists; an existing one must use that
   * configset. Waits until every replica is active.
   *
   * @return true if the collection was created
   * @throws IOException when it exists with another configset, or Solr refuses
   */
  public boolean ensureCollection(String configSet, int numShards, int replicationFactor, Duration timeout)
      throws IOException {
    boolean created = false;
    DocCollection existing = collectionState();
    if (existing == null) {
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(collection, configSet, numShards, replicationFactor);
      try {
        call("create collection " + collection, () -> create.process(client));
      } catch (IOException e) {
        // A retry after a creation that did go through is refused ("already exists").
        DocCollection now = collectionState();
        if (now == null || !configSet.equals(now.getConfigName())) {
          throw e;
        }
      }
      created = true;
    } else if (!configSet.equals(existing.getConfigName())) {
      throw new IOException(
          "collection " + collection + " uses configset " + existing.getConfigName() + ", not " + configSet);
    }
    waitUntilActive(timeout);
    return created;
  }

  /**
   * Creates the collection from a configset unless it exists (then waits until every replica is
   * active), or checks an existing one: it must use that configset, and each shard needs an
   * active leader (a replica down on a stopped node does not block).
   *
   * @return true if the collection was created
   */
  public boolean openCollection(String configSet, int numShards, int replicationFactor, Duration timeout)
      throws IOException {
    DocCollection existing = collectionState();
    if (existing == null) {
      return ensureCollection(configSet, numShards, replicationFactor, timeout);
    }
    if (!configSet.equals(existing.getConfigName())) {
      throw new IOException(
          "collection " + collection + " uses configset " + existing.getConfigName() + ", not " + configSet);
    }
    waitUntilUsable(timeout);
    return false;
  }

  /** The collection's state in the cluster, or null when there is no such collection. */
  DocCollection collectionState() throws IOException {
    try {
      return client.getClusterStateProvider().getCollection(collection);
    } catch (RuntimeException e) {
      throw new IOException("cannot read the cluster state from ZooKeeper at " + zkHost + ": " + rootMessage(e), e);
    }
  }

  /**
   * Waits until every shard of the collection has an active leader on a live node: enough to
   * index and search, though a replica may still be down or recovering.
   */
  public void waitUntilUsable(Duration timeout) throws IOException {
    waitFor(
        timeout,
        "no active leader for every shard",
        (liveNodes, state) ->
            state != null
                && state.getSlices().stream()
                    .allMatch(
                        slice ->
                            slice.getLeader() != null
                                && slice.getLeader().getState() == Replica.State.ACTIVE
                                && liveNodes.contains(slice.getLeader().getNodeName())));
  }

  /** Waits until every replica of the collection is active on a live node. */
  public void waitUntilActive(Duration timeout) throws IOException {
    waitFor(
        timeout,
        "not active",
        (liveNodes, state) ->
            state != null
                && state.getSlices().stream()
                    .flatMap(slice -> slice.getReplicas().stream())
                    .allMatch(r -> r.getState() == Replica.State.ACTIVE && liveNodes.contains(r.getNodeName())));
  }

  private void waitFor(Duration timeout, String what, org.apache.solr.common.cloud.CollectionStatePredicate ready)
      throws IOException {
    try {
      ZkClientClusterStateProvider.from(client)
          .getZkStateReader()
          .waitForState(collection, timeout.toMillis(), TimeUnit.MILLISECONDS, ready);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException("collection " + collection + " " + what + " within " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /**
   * Indexes file blocks: each replaces what the collection held for its file. Records are sent
   * in batches of {@link Options#batchSize()} (a file's block is never split), each batch one
   * update request that adds the records (keyed by path, so a repeat overwrites) and deletes the
   * file's other records; a failed batch is retried with exponential backoff. Sending a block
   * twice leaves the collection as sending it once. Not visible to searches before {@link
   * #commit()}.
   *
   * @throws IOException when a batch still fails after the retries
   */
  public void index(Collection<FileBlock> blocks) throws IOException {
    List<FileBlock> batch = new ArrayList<>();
    int size = 0;
    for (FileBlock b : blocks) {
      if (!batch.isEmpty() && size + b.records().size() > options.batchSize()) {
        send(batch);
        batch.clear();
        size = 0;
      }
      batch.add(b);
      size += b.records().size();
    }
    if (!batch.isEmpty()) {
      send(batch);
    }
  }

  private void send(List<FileBlock> batch) throws IOException {
    UpdateRequest update = new UpdateRequest();
    for (FileBlock b : batch) {
      List<String> paths = new ArrayList<>();
      for (IndexRecord r : b.records()) {
        update.add(toSolr(r));
        paths.add(r.path());
      }
      // The file's records that the block no longer has (an entry removed from an archive); the
      // block's own paths are kept whatever the order Solr applies adds and deletes in.
      StringBuilder q = new StringBuilder("file:").append(ClientUtils.escapeQueryChars(b.file()));
      for (String p : paths) {
        q.append(" -path:").append(ClientUtils.escapeQueryChars(p));
      }
      update.deleteByQuery(q.toString());
    }
    call("index " + batch.size() + " files", () -> update.process(client, collection));
  }

  /**
   * Runs a query on the collection, retried as any request; an error Solr reports as the
   * request's (HTTP 4xx: a query it cannot parse, an unknown field) is not retried.
   *
   * @throws IllegalArgumentException with Solr's message when Solr refuses the request as bad
   */
  public QueryResponse query(String what, SolrQuery q) throws IOException {
    try {
      return call(what, () -> client.query(collection, q), 1);
    } catch (IOException e) {
      Integer code = clientErrorCode(e.getCause());
      if (code != null) {
        throw new IllegalArgumentException(solrMessage(e.getCause()), e);
      }
      throw e;
    }
  }

  /**
   * Words of the collection beginning with a prefix, most frequent first (the configset's {@code
   * /fahras/terms} handler: the prefix normalised and the terms shown by the Fahras analysis).
   */
  @SuppressWarnings("unchecked")
  public List<String> termsStartingWith(String prefix, int max) throws IOException {
    org.apache.solr.common.params.ModifiableSolrParams p = new org.apache.solr.common.params.ModifiableSolrParams();
    p.set("fahras.terms.prefix", prefix);
    p.set("fahras.terms.max", max);
    org.apache.solr.client.solrj.request.QueryRequest request = new org.apache.solr.client.solrj.request.QueryRequest(p);
    request.setPath("/fahras/terms");
    org.apache.solr.common.util.NamedList<Object> r = call("complete " + prefix, () -> client.request(request, collection), 1);
    Object words = r.get("fahras.terms");
    return words instanceof List<?> l ? List.copyOf((List<String>) l) : List.of();
  }

  private static Integer clientErrorCode(Throwable e) {
    int code = -1;
    if (e instanceof BaseHttpSolrClient.RemoteSolrException r) {
      code = r.code();
    } else if (e instanceof SolrException s) {
      code = s.code();
    }
    return code >= 400 && code < 500 ? code : null;
  }

  private static String solrMessage(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    // "Error from server at http://…: org.apache.solr.search.SyntaxError: cannot …" → the reason.
    int colon = m.lastIndexOf("SyntaxError: ");
    return colon >= 0 ? m.substring(colon + "SyntaxError: ".length()) : m;
  }

  /** Removes every record a query matches (Lucene syntax, e.g. {@code file:\/a\/b\/*}). */
  public void deleteByQuery(String what, String query) throws IOException {
    call(what, () -> new UpdateRequest().deleteByQuery(query).process(client, collection));
  }

  /** Removes every record of a file. */
  public void deleteFile(String file) throws IOException {
    call(
        "delete " + file,
        () -> new UpdateRequest().deleteByQuery("file:" + ClientUtils.escapeQueryChars(file)).process(client, collection));
  }

  /** Makes everything indexed so far durable and searchable. */
  public void commit() throws IOException {
    call("commit", () -> client.commit(collection, true, true));
  }

  /** How many records of kind {@code doc} the collection holds (as of the last commit). */
  public long countDocuments() throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0).addFilterQuery("kind:" + IndexRecord.KIND_DOC);
    q.set("defType", "lucene");
    return call("count", () -> client.query(collection, q)).getResults().getNumFound();
  }

  /**
   * Searches in normal mode, as the desktop does: the strict query (two thirds of the words)
   * first, the relaxed one (any word) when it finds nothing; only document records; filters as
   * the desktop's; the body highlighted with the unified highlighter; facet counts.
   */
  public SearchResult search(SearchRequest request) throws IOException {
    QueryResponse strict = query(request, "strict");
    boolean relaxed = strict.getResults().getNumFound() == 0;
    QueryResponse r = relaxed ? query(request, "relaxed") : strict;
    List<SearchResult.Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> hl = r.getHighlighting();
    for (SolrDocument d : r.getResults()) {
      String path = (String) d.getFieldValue("path");
      List<String> snippets =
          hl == null || hl.get(path) == null ? List.of() : hl.get(path).getOrDefault("body", List.of());
      Object score = d.getFieldValue("score");
      hits.add(
          new SearchResult.Hit(
              path, score == null ? 0f : ((Number) score).floatValue(), (String) d.getFirstValue("title"), List.copyOf(snippets)));
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    if (r.getFacetFields() != null) {
      for (FacetField f : r.getFacetFields()) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FacetField.Count c : f.getValues()) {
          counts.put(c.getName(), c.getCount());
        }
        facets.put(f.getName(), counts);
      }
    }
    return new SearchResult(r.getResults().getNumFound(), relaxed, List.copyOf(hits), facets);
  }

  private QueryResponse query(SearchRequest request, String shape) throws IOException {
    SolrQuery q = new SolrQuery();
    // The text as typed, parsed by the Fahras parser alone: with defType other than lucene, Solr
    // reads no local parameters ({!…}) in q, so nothing in the text can switch parsers.
    q.setQuery(request.text());
    q.set("defType", "fahras");
    q.set("fahras.shape", shape);
    q.addFilterQuery("{!term f=kind}" + IndexRecord.KIND_DOC);
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      if (SearchRequest.ENTITY_FIELDS.contains(f.getKey())) {
        for (String v : f.getValue()) {
          q.addFilterQuery("{!term f=" + f.getKey() + "}" + v);
        }
      } else if (!f.getValue().isEmpty()) {
        q.addFilterQuery(
            "{!lucene q.op=OR}"
                + f.getValue().stream()
                    .map(v -> f.getKey() + ":" + ClientUtils.escapeQueryChars(v))
                    .collect(Collectors.joining(" ")));
      }
    }
    q.setStart(request.offset()).setRows(request.limit());
    q.setFields("path", "title", "score");
    highlight(q, "body", request.wholeText(), 3);
    if (!request.facets().isEmpty()) {
      q.setFacet(true);
      q.setFacetMinCount(1);
      q.setFacetLimit(100);
      request.facets().forEach(q::addFacetField);
    }
    return call("search", () -> client.query(collection, q));
  }

  /**
   * Runs a request, retrying what may pass on another try (a node down, a leader moving): with
   * exponential backoff and jitter, within {@link Options#maxAttempts()} and {@link
   * Options#retryDeadline()}. Every request sent through here is idempotent, so a retry after a
   * request that did reach Solr changes nothing.
   */
  private <T> T call(String what, Callable<T> request) throws IOException {
    return call(what, request, CLIENT_ERROR_ATTEMPTS);
  }

  private <T> T call(String what, Callable<T> request, int clientErrorAttempts) throws IOException {
    long deadline = System.nanoTime() + options.retryDeadline().toNanos();
    long backoff = options.initialBackoff().toMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        return request.call();
      } catch (Exception e) {
        long wait = backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        int allowed = Math.min(options.maxAttempts(), attemptsFor(e));
        if (allowed == CLIENT_ERROR_ATTEMPTS) {
          allowed = Math.min(allowed, clientErrorAttempts);
        }
        if (attempt >= allowed || System.nanoTime() + wait * 1_000_000 > deadline) {
          throw new IOException(what + " failed after " + attempt + " attempt(s): " + e.getMessage(), e);
        }
        retries++;
        try {
          Thread.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException(what + " interrupted", ie);
        }
        backoff = Math.min(backoff * 2, options.maxBackoff().toMillis());
      }
    }
  }

  /** Attempts at most for a client error answered by Solr (see {@link #attemptsFor}). */
  static final int CLIENT_ERROR_ATTEMPTS = 3;

  /**
   * How many attempts a failure deserves: as many as the options allow for connection failures
   * and server-side errors (5xx, or no status); {@value #CLIENT_ERROR_ATTEMPTS} for an error
   * Solr reports as the request's (4xx), because a node stopping while it reads a request
   * answers so ("parsing error" on the cut stream) though nothing was wrong with it, while a
   * really bad request should fail fast; one for anything else (a bug on this side).
   */
  static int attemptsFor(Throwable e) {
    if (e instanceof BaseHttpSolrClient.RemoteSolrException r) {
      return r.code() >= 500 || r.code() <= 0 ? Integer.MAX_VALUE : CLIENT_ERROR_ATTEMPTS;
    }
    if (e instanceof SolrException s) {
      return s.code() >= 500 || s.code() <= 0 ? Integer.MAX_VALUE : CLIENT_ERROR_ATTEMPTS;
    }
    if (e instanceof SolrServerException || e instanceof IOException || e instanceof UncheckedIOException) {
      return Integer.MAX_VALUE;
    }
    return 1;
  }

  static SolrInputDocument toSolr(IndexRecord r) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField("path", r.path());
    d.setField("file", r.file());
    d.setField("kind", r.kind());
    if (r.title() != null) {
      d.setField("title", r.title());
    }
    if (r.author() != null) {
      d.setField("author", r.author());
    }
    if (r.body() != null) {
      d.setField("body", r.body());
    }
    r.fields().forEach((k, v) -> d.setField(k, v.size() == 1 ? v.get(0) : v));
    return d;
  }

  @Override
  public void close() throws IOException {
    if (ownsClient) {
      client.close();
    }
  }

  /**
   * Asks for highlighting as the desktop's highlighter does it: only the field's own matches, the
   * whole text considered, the text HTML-escaped around {@code <mark>} tags, and either the whole
   * text as one snippet or passages of about 180 characters cut at word boundaries (at most
   * {@code snippets}), the start of the text when nothing in it matched.
   */
  static void highlight(SolrQuery q, String field, boolean wholeText, int snippets) {
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", field);
    q.set("hl.tag.pre", "<mark>");
    q.set("hl.tag.post", "</mark>");
    q.set("hl.requireFieldMatch", true);
    q.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
    q.set("hl.encoder", "html");
    if (wholeText) {
      q.set("hl.bs.type", "WHOLE");
      q.set("hl.snippets", 1);
      q.set("hl.defaultSummary", false);
    } else {
      q.set("hl.bs.type", "WORD");
      q.set("hl.fragsize", 180);
      q.set("hl.fragsizeIsMinimum", false);
      q.set("hl.fragAlignRatio", "0.5");
      q.set("hl.snippets", snippets);
      q.set("hl.defaultSummary", true);
    }
  }
}
