package org.fahras.plugins.solrcloud;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.fahras.api.backend.BackendQuery;
import org.fahras.api.backend.BackendRecord;
import org.fahras.api.backend.BackendResult;
import org.fahras.api.backend.IndexBackend;

/**
 * An {@link IndexBackend} over a SolrCloud collection of the Fahras configset ({@link
 * SolrCloudIndex}).
 *
 * <p>Updates: {@link #replace} puts the file's records into a pending batch (a later replace of
 * the same file before the batch goes supersedes the earlier one); when the batch holds {@link
 * SolrCloudIndex.Options#batchSize()} records or {@value #MAX_PENDING_CHARS} characters of text,
 * the calling thread sends it (one update request, retried with backoff) and waits for Solr's
 * answer: that is the back-pressure on the host's parse threads, and memory stays bounded by one
 * pending batch plus one batch in flight per calling thread. {@link #commit} sends what is pending
 * and commits; deletes first send what is pending, then wait for batches in flight, so that a
 * delete always applies after the replaces that came before it. A batch that still fails after
 * its retries is reported to the thread that sent it and makes every later {@link #commit} fail,
 * so that the host never records a run as complete when records were lost.
 *
 * <p>Searches run the {@code fahras} query parser in Solr in the request's mode (strict query
 * first, relaxed when it finds nothing, as the desktop does), filtered, sorted, faceted and
 * highlighted; snippets are formatted as the desktop formats them.
 */
final class SolrCloudBackend implements IndexBackend {

  /** Text (title, author, body) pending before a batch is sent regardless of its record count. */
  static final int MAX_PENDING_CHARS = 8 << 20;

  /** Filters on these fields require every value (the desktop's entity dimensions). */
  static final List<String> ENTITY_FIELDS =
      List.of("person", "location", "organization", "date_mentioned", "year_mentioned", "time", "money", "percent");

  /** Fields a facet may be asked for. */
  static final List<String> FACET_FIELDS;

  static {
    List<String> f = new ArrayList<>(List.of("type", "ext", "year", "folder", "lang"));
    f.addAll(ENTITY_FIELDS);
    FACET_FIELDS = List.copyOf(f);
  }

  /** Values per facet field, as the desktop's facet counter gives them (years: all of them). */
  static final int FACET_TOP = 10;

  /** Passages per hit, as the desktop's. */
  static final int MAX_SNIPPETS = 3;

  private final SolrCloudIndex index;
  private final Object pendingLock = new Object();
  private LinkedHashMap<String, FileBlock> pending = new LinkedHashMap<>();
  private int pendingRecords;
  private long pendingChars;
  /** Sends hold it shared; deletes and commits exclusively, so they come after batches in flight. */
  private final ReentrantReadWriteLock order = new ReentrantReadWriteLock(true);
  private volatile IOException lostBatch;

  SolrCloudBackend(SolrCloudIndex index) {
    this.index = index;
  }

  /** The client underneath (tests). */
  SolrCloudIndex index() {
    return index;
  }

  @Override
  public String describe() {
    return "SolrCloud collection " + index.collection() + " at " + index.zkHost();
  }

  @Override
  public void replace(String file, List<BackendRecord> records) throws IOException {
    List<IndexRecord> converted = new ArrayList<>(records.size());
    long chars = 0;
    for (BackendRecord r : records) {
      if (!r.file().equals(file)) {
        throw new IllegalArgumentException("record " + r.path() + " belongs to " + r.file() + ", not " + file);
      }
      IndexRecord ir = toIndexRecord(r);
      converted.add(ir);
      chars += length(ir.title()) + length(ir.author()) + length(ir.body());
    }
    FileBlock block = new FileBlock(file, converted);
    List<FileBlock> toSend = null;
    synchronized (pendingLock) {
      FileBlock old = pending.remove(file);
      if (old != null) {
        pendingRecords -= old.records().size();
        pendingChars -= textLength(old);
      }
      pending.put(file, block);
      pendingRecords += converted.size();
      pendingChars += chars;
      if (pendingRecords >= index.batchSize() || pendingChars >= MAX_PENDING_CHARS) {
        toSend = takePending();
      }
    }
    if (toSend != null) {
      send(toSend);
    }
  }

  private static long length(String s) {
    return s == null ? 0 : s.length();
  }

  private static long textLength(FileBlock b) {
    long n = 0;
    for (IndexRecord r : b.records()) {
      n += length(r.title()) + length(r.author()) + length(r.body());
    }
    return n;
  }

  /** Takes the pending batch; the caller holds {@link #pendingLock}. */
  private List<FileBlock> takePending() {
    List<FileBlock> out = new ArrayList<>(pending.values());
    pending = new LinkedHashMap<>();
    pendingRecords = 0;
    pendingChars = 0;
    return out;
  }

  private void send(List<FileBlock> blocks) throws IOException {
    if (blocks.isEmpty()) {
      return;
    }
    order.readLock().lock();
    try {
      index.index(blocks);
    } catch (IOException e) {
      lostBatch = e;
      throw e;
    } finally {
      order.readLock().unlock();
    }
  }

  /** Sends what is pending, on this thread. */
  private void flush() throws IOException {
    List<FileBlock> toSend;
    synchronized (pendingLock) {
      toSend = takePending();
    }
    send(toSend);
  }

  @Override
  public void deleteFile(String file) throws IOException {
    flush();
    order.writeLock().lock();
    try {
      index.deleteFile(file);
    } finally {
      order.writeLock().unlock();
    }
  }

  @Override
  public void deleteUnder(String folder) throws IOException {
    if (folder == null || folder.isEmpty()) {
      throw new IllegalArgumentException("deleteUnder needs a folder");
    }
    flush();
    order.writeLock().lock();
    try {
      index.deleteByQuery("delete under " + folder, "file:" + ClientUtils.escapeQueryChars(folder) + "*");
    } finally {
      order.writeLock().unlock();
    }
  }

  @Override
  public void commit() throws IOException {
    flush();
    order.writeLock().lock();
    try {
      IOException lost = lostBatch;
      if (lost != null) {
        throw new IOException("records were lost: an earlier batch failed (" + lost.getMessage() + ")", lost);
      }
      index.commit();
    } finally {
      order.writeLock().unlock();
    }
  }

  @Override
  public long documentCount() throws IOException {
    return index.countDocuments();
  }

  @Override
  public BackendResult search(BackendQuery query) throws IOException {
    Request r = Request.of(query);
    QueryResponse strict = index.query("search", solrQuery(query, r, "strict"));
    QueryResponse answer = strict.getResults().getNumFound() == 0 ? index.query("search", solrQuery(query, r, "relaxed")) : strict;
    return result(answer, r, query.wholeText());
  }

  /** The request's parts Solr needs, validated. */
  record Request(String mode, String highlightField, List<String> sort) {
    static Request of(BackendQuery q) {
      String mode = q.mode().strip().toLowerCase(Locale.ROOT);
      if (mode.equals("vocalized")) {
        mode = "vocalised";
      }
      if (!List.of("normal", "exact", "vocalised", "root").contains(mode)) {
        throw new IllegalArgumentException("unknown search mode '" + q.mode() + "': use NORMAL, EXACT, VOCALISED or ROOT");
      }
      // The field whose matches are marked: the mode's widest kind; in the compact layout every
      // kind but ROOT is served by body itself.
      String hl = mode.equals("root") ? "body_root" : "body";
      String dir = q.reverse() ? "asc" : "desc";
      List<String> sort =
          switch (q.sort().strip().toUpperCase(Locale.ROOT)) {
            case "RELEVANCE" -> List.of("score " + dir);
            case "DATE" -> List.of("date " + dir, "score desc");
            case "NAME" -> q.reverse() ? List.of("name_sort desc", "path desc") : List.of("name_sort asc", "path asc");
            default -> throw new IllegalArgumentException("unknown sort '" + q.sort() + "': use RELEVANCE, DATE or NAME");
          };
      for (String f : q.facets()) {
        if (!FACET_FIELDS.contains(f)) {
          throw new IllegalArgumentException("no facet on '" + f + "'; facets: " + String.join(", ", FACET_FIELDS));
        }
      }
      return new Request(mode, hl, sort);
    }
  }

  private SolrQuery solrQuery(BackendQuery query, Request r, String shape) {
    SolrQuery q = new SolrQuery();
    // The text as typed, parsed by the Fahras parser alone: with defType other than lucene, Solr
    // reads no local parameters ({!…}) in q, so nothing in the text can switch parsers.
    q.setQuery(query.text());
    q.set("defType", "fahras");
    q.set("fahras.shape", shape);
    q.set("fahras.mode", r.mode());
    q.set("fahras.variants", query.nameVariants());
    q.addFilterQuery("{!term f=kind}" + IndexRecord.KIND_DOC);
    // Filters go to the Fahras parser, which builds them with the desktop's query builder (so
    // ext, type, lang, year, folder, path, date, size, entity fields … mean what they mean on the
    // desktop); only the record's own file is a plain term filter (the preview's highlights).
    for (Map.Entry<String, List<String>> f : query.filters().entrySet()) {
      if (f.getKey().equals("file")) {
        if (!f.getValue().isEmpty()) {
          q.addFilterQuery(f.getValue().stream().map(v -> "(" + term("file", v) + ")").collect(Collectors.joining(" OR ")));
        }
      } else {
        for (String v : f.getValue()) {
          q.add("fahras.filter", f.getKey() + "=" + v);
        }
      }
    }
    q.setStart(query.offset()).setRows(query.limit());
    q.setFields("path", "title", "type", "size", "mtime", "date", "score");
    for (String s : r.sort()) {
      String[] p = s.split(" ");
      q.addSort(p[0], p[1].equals("asc") ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc);
    }
    SolrCloudIndex.highlight(q, r.highlightField(), query.wholeText(), MAX_SNIPPETS);
    q.setHighlight(query.limit() > 0);
    if (!query.wholeText()) {
      // Each passage its own snippet, as the desktop writes it (the configset's highlighter).
      q.set("fahras.hl", true);
    }
    if (!query.facets().isEmpty()) {
      q.setFacet(true);
      q.setFacetMinCount(1);
      q.setFacetLimit(FACET_TOP);
      q.set("f.year.facet.limit", -1);
      query.facets().forEach(q::addFacetField);
    }
    return q;
  }

  private static String term(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value);
  }

  private BackendResult result(QueryResponse r, Request req, boolean wholeText) {
    SolrDocumentList docs = r.getResults();
    Map<String, Map<String, List<String>>> hl = r.getHighlighting();
    List<BackendResult.Hit> hits = new ArrayList<>();
    for (SolrDocument d : docs) {
      String path = (String) d.getFieldValue("path");
      List<String> raw =
          hl == null || hl.get(path) == null ? List.of() : hl.get(path).getOrDefault(req.highlightField(), List.of());
      Object score = d.getFieldValue("score");
      long mtime = longValue(d.getFieldValue("mtime"), 0);
      hits.add(
          new BackendResult.Hit(
              path,
              score == null ? 0f : ((Number) score).floatValue(),
              (String) d.getFirstValue("title"),
              desktopSnippets(raw, !wholeText),
              (String) d.getFirstValue("type"),
              longValue(d.getFieldValue("size"), 0),
              mtime,
              longValue(d.getFieldValue("date"), mtime)));
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
    return new BackendResult(docs.getNumFound(), hits, facets);
  }

  private static long longValue(Object v, long otherwise) {
    return v instanceof Number n ? n.longValue() : otherwise;
  }

  /**
   * Snippets as the desktop writes them: Solr's HTML escaping undone and done again as the
   * desktop's formatter does it ({@code < > & " '} only, which the host's snippet reader
   * decodes); for passages, runs of white space collapsed and empty passages left out; the whole
   * text keeps its white space, so that the marks' offsets are offsets into the stored text.
   */
  static List<String> desktopSnippets(List<String> solr, boolean passages) {
    List<String> out = new ArrayList<>();
    for (String s : solr) {
      StringBuilder b = new StringBuilder();
      int pos = 0;
      while (pos < s.length()) {
        int open = s.indexOf("<mark>", pos);
        int close = s.indexOf("</mark>", pos);
        int next = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        if (next < 0) {
          next = s.length();
        }
        escape(unescape(s.substring(pos, next)), b);
        if (next < s.length()) {
          boolean isOpen = next == open;
          b.append(isOpen ? "<mark>" : "</mark>");
          pos = next + (isOpen ? 6 : 7);
        } else {
          pos = next;
        }
      }
      String t = passages ? b.toString().replaceAll("\\s+", " ").strip() : b.toString();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Decodes the character references an HTML encoder writes ({@code &amp;}, {@code &#x2F;} …). */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 10) {
        String ent = s.substring(i + 1, semi);
        String decoded =
            switch (ent) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> numeric(ent);
            };
        if (decoded != null) {
          b.append(decoded);
          i = semi + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  private static String numeric(String ent) {
    try {
      if (ent.startsWith("#x") || ent.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
      }
      if (ent.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(ent.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  @Override
  public String storedText(String path) throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.set("defType", "lucene");
    q.addFilterQuery("{!term f=path}" + path);
    q.setFields("path", "body");
    q.setRows(1);
    SolrDocumentList docs = index.query("stored text", q).getResults();
    if (docs.isEmpty()) {
      return null;
    }
    Object body = docs.get(0).getFirstValue("body");
    return body == null ? "" : body.toString();
  }

  /**
   * Words of the collection beginning with a prefix, most frequent first: the prefix normalised
   * by the collection's analysis, the first 500 terms after it read (as the desktop reads them),
   * each shown as the word it stands for (the analysis provider's {@code displayTerm}: the
   * surface of a {@code stem U+001F surface} term), the frequencies of one word added up.
   */
  @Override
  public List<String> termsStartingWith(String prefix, int max) throws IOException {
    String p = prefix == null ? "" : prefix.strip();
    if (p.isEmpty() || max <= 0) {
      return List.of();
    }
    return index.termsStartingWith(p, max);
  }

  /**
   * The Solr record of a host record: the host's field names are the configset's; {@code
   * name_sort} is added (the name shown for a hit: title, else the file name).
   */
  static IndexRecord toIndexRecord(BackendRecord r) {
    Map<String, List<Object>> fields = new LinkedHashMap<>();
    String title = null;
    String author = null;
    String body = null;
    for (Map.Entry<String, List<Object>> e : r.fields().entrySet()) {
      List<Object> values = e.getValue();
      if (values.isEmpty()) {
        continue;
      }
      switch (e.getKey()) {
        case "title" -> title = joined(values);
        case "author" -> author = joined(values);
        case "body" -> body = joined(values);
        case "path", "file", "kind", "name_sort", "_version_" -> {
          // set from the record itself
        }
        default -> fields.put(e.getKey(), values);
      }
    }
    if (r.kind().equals(BackendRecord.KIND_DOC)) {
      String name = title != null && !title.isBlank() ? title : fileName(r.path());
      String s = name.strip();
      fields.put("name_sort", List.of(sortName(s.length() > 200 ? s.substring(0, 200) : s)));
    }
    return new IndexRecord(r.file(), r.path(), r.kind(), title, author, body, fields);
  }

  /**
   * The value the configset's collated {@code name_sort} field receives: the name behind a digit
   * for its script group, because Solr's collation field has the JDK's Arabic collator, which puts
   * Latin letters before Arabic ones, while the desktop's ICU collation for Arabic orders digits
   * and punctuation first, then Arabic, then the other scripts. Within a group the JDK's Arabic
   * collation decides.
   */
  static String sortName(String name) {
    if (name.isEmpty()) {
      return "0";
    }
    int c = name.codePointAt(0);
    char group = !Character.isLetter(c) ? '0' : Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? '1' : '2';
    return group + name;
  }

  private static String joined(List<Object> values) {
    if (values.size() == 1) {
      return String.valueOf(values.get(0));
    }
    return values.stream().map(String::valueOf).collect(Collectors.joining("\n"));
  }

  /** The last segment of a path ({@code file!/entry} included), as the desktop names a hit. */
  static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
