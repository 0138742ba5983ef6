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
    int slash = zkHost.indexOf('/');
    List<String> hosts = List.of((slash < 0 ? zkHost : zkHost.substring(0, slash)).split(","));
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHost.substring(slash));
    CloudSolrClient client = new CloudHttp2SolrClient.Builder(hosts, chroot).build();
    return new SolrCloudIndex(client, zkHost, collection, options, true);
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
    try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(zkHost).withTimeout(30, TimeUnit.SECONDS).build()) {
      ZkMaintenanceUtils.uploadToZK(zk, confDir, "/configs/" + name, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
    }
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

  private DocCollection collectionState() throws IOException {
    return client.getClusterStateProvider().getCollection(collection);
  }

  /** Waits until every replica of the collection is active on a live node. */
  public void waitUntilActive(Duration timeout) throws IOException {
    try {
      ZkClientClusterStateProvider.from(client)
          .getZkStateReader()
          .waitForState(
              collection,
              timeout.toMillis(),
              TimeUnit.MILLISECONDS,
              (liveNodes, state) ->
                  state != null
                      && state.getSlices().stream()
                          .flatMap(slice -> slice.getReplicas().stream())
                          .allMatch(r -> r.getState() == Replica.State.ACTIVE && liveNodes.contains(r.getNodeName())));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException("collection " + collection + " not active within " + timeout, e);
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
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", "body");
    q.set("hl.tag.pre", "<mark>");
    q.set("hl.tag.post", "</mark>");
    // As the desktop's highlighter: only the body's own matches (Lucene's default), the whole
    // text considered, the text HTML-escaped around the marks, passages of about 180 characters
    // cut at word boundaries, the start of the text when nothing in it matched.
    q.set("hl.requireFieldMatch", true);
    q.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
    q.set("hl.encoder", "html");
    if (request.wholeText()) {
      q.set("hl.bs.type", "WHOLE");
      q.set("hl.snippets", 1);
      q.set("hl.defaultSummary", false);
    } else {
      q.set("hl.bs.type", "WORD");
      q.set("hl.fragsize", 180);
      q.set("hl.fragsizeIsMinimum", false);
      q.set("hl.fragAlignRatio", "0.5");
      q.set("hl.snippets", 3);
      q.set("hl.defaultSummary", true);
    }
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
    long deadline = System.nanoTime() + options.retryDeadline().toNanos();
    long backoff = options.initialBackoff().toMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        return request.call();
      } catch (Exception e) {
        long wait = backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        int allowed = Math.min(options.maxAttempts(), attemptsFor(e));
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
}
