package org.fahras.app.search;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.fahras.api.AnalysisField;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.FieldValues;
import org.fahras.app.index.IndexFields;
import org.fahras.app.index.StoredText;

/**
 * Searches one index: parses the query with the index's analyzers ({@link QueryBuilder}), ranks
 * with BM25 or sorts by date or name, counts facets, suggests spellings, and returns a page of
 * hits with highlighted snippets of the whole document text.
 *
 * <p>The service reads the index as of when it was opened; it is safe for concurrent use.
 */
public final class SearchService implements Searcher {

  /** Snippets per hit. */
  public static final int MAX_SNIPPETS = 3;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries;
  private final SnippetHighlighter highlighter;
  private final IndexAnalysis analysis;
  private final String staleAnalysis;
  private final FacetCounter facets;
  private final SpellingSuggester speller;
  private final MatchOffsets matchOffsets;
  private final Analyzer indexAnalyzer;
  /** Whether the index stores the text after every other field (schema version 3 on). */
  private final boolean bodyLast;

  static {
    // An analysis provider's query for one word may stand for many index terms (every form of
    // the word); Lucene's default limit of 1,024 clauses is too low for that.
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16_384));
  }

  /**
   * Opens an index for searching.
   *
   * @throws IOException when there is no readable index at {@code indexDir}
   */
  public SearchService(Path indexDir, IndexAnalysis analysis) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    try {
      this.reader = DirectoryReader.open(directory);
      this.facets = new FacetCounter(reader, !analysis.entities().isEmpty());
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.searcher = new IndexSearcher(reader);
    this.analysis = analysis;
    this.queries = new QueryBuilder(analysis);
    this.highlighter = new SnippetHighlighter(searcher, analysis.indexAnalyzer(), analysis.offsetsAnalyzer());
    this.speller = new SpellingSuggester(reader, analysis);
    this.matchOffsets = new MatchOffsets(searcher, analysis.indexAnalyzer(), analysis.offsetsAnalyzer());
    this.indexAnalyzer = analysis.indexAnalyzer();
    this.bodyLast = IndexFields.bodyStoredLast(reader.getIndexCommit().getUserData().get(IndexFields.COMMIT_SCHEMA));
    String built = reader.getIndexCommit().getUserData().get(IndexFields.COMMIT_ANALYSIS);
    this.staleAnalysis =
        built != null && !textAnalysis(built).equals(textAnalysis(analysis.signature())) ? built : null;
  }

  /**
   * The analysis the index was built with, when its text analysis is not the one this service
   * searches with (an analysis plugin was updated, installed, removed or set up otherwise): the
   * index must be built again before every word can be found. Null when they agree (the entity
   * recognisers, which do not change the words, are not compared) or the index does not say.
   */
  @Override
  public String staleAnalysis() {
    return staleAnalysis;
  }

  /** The text-analysis part of a signature ({@code arabic:6} of {@code arabic:6+arabic-entities:1}). */
  private static String textAnalysis(String signature) {
    int plus = signature.indexOf('+');
    return plus < 0 ? signature : signature.substring(0, plus);
  }

  /**
   * Runs a query: the first hits by relevance, without filters or facets.
   *
   * @param text the query in Lucene syntax; plain words are fine
   * @param offset how many of the best hits to skip (paging)
   * @param limit the most hits to return
   */
  public SearchResult search(String text, int offset, int limit) throws IOException, InvalidQueryException {
    return search(SearchRequest.of(text).page(offset, limit));
  }

  /** Runs a request: filters, order, page, facets and a spelling suggestion. */
  @Override
  public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
    long start = System.nanoTime();
    QueryBuilder.Prepared prepared = queries.build(request);
    Chosen chosen = choose(prepared);
    Query query = chosen.query();
    boolean fellBack = chosen.fellBack(); // no document has most of the words
    long total = searcher.count(query);
    int n = Math.max(1, request.offset() + request.limit());
    Sort sort = sort(request.sort(), request.reverse());
    TopDocs top;
    Map<String, List<FacetValue>> counts = Map.of();
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.search(searcher, query, n, sort, true, new FacetsCollectorManager());
      top = r.topDocs();
      counts = facets.count(r.facetsCollector(), folderBase(request));
    } else {
      top = searcher.search(query, n, sort, true);
    }
    List<SearchHit> hits =
        page(query, HighlightFields.bodyField(request.mode(), analysis), slice(top.scoreDocs, request.offset(), request.limit()));
    String didYouMean = total == 0 || fellBack ? suggestion(request) : null;
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), total, List.copyOf(hits), took, counts, didYouMean);
  }

  /** The strict query when it finds anything, else the relaxed one (any word will do). */
  private Query chosen(QueryBuilder.Prepared prepared) throws IOException {
    return choose(prepared).query();
  }

  /** The query to run, and whether it is the relaxed form of a query that had a strict one. */
  private record Chosen(Query query, boolean fellBack) {}

  private Chosen choose(QueryBuilder.Prepared prepared) throws IOException {
    // Rewritten once here: an analysis provider's queries may stand for many index terms (all
    // the forms of a word), which the counts, the search and the highlighter then share; so are a
    // wildcard's few terms (FewTermsExpansion).
    if (prepared.strict() != null) {
      Query strict = searcher.rewrite(FewTermsExpansion.expand(prepared.strict(), reader));
      if (searcher.count(strict) > 0) {
        return new Chosen(strict, false);
      }
    }
    return new Chosen(
        searcher.rewrite(FewTermsExpansion.expand(prepared.relaxed(), reader)), prepared.strict() != null);
  }

  /**
   * The stored body text of one document, as the parser extracted it.
   *
   * @param path the document's path as in {@link SearchHit#path()} ({@code file!/entry} for an
   *     embedded document)
   * @return the text ({@code ""} when the document has none), or null when no document has that
   *     path
   */
  @Override
  public String storedText(String path) throws IOException {
    int doc = docId(path);
    if (doc < 0) {
      return null;
    }
    String body = StoredText.value(searcher.storedFields().document(doc, Set.of(IndexFields.BODY)).getField(IndexFields.BODY));
    return body == null ? "" : body;
  }

  /**
   * Where a request's query matches in one document's stored body text ({@link #storedText}): the
   * ranges of the matching words as written, in text order, overlapping matches merged. The
   * offsets come from the index (the same the snippets' marks use), so they land on the surface
   * words whatever their tashkeel, hamza spelling or prefixes. Empty when the document is not in
   * the index or the query does not match its body (a match in the title only, say).
   */
  @Override
  public List<TextRange> matchOffsets(SearchRequest request, String path) throws IOException, InvalidQueryException {
    int doc = docId(path);
    if (doc < 0) {
      return List.of();
    }
    Query query = chosen(queries.build(request));
    return matchOffsets.find(HighlightFields.bodyField(request.mode(), analysis), query, doc);
  }

  /**
   * Words of the index beginning with a prefix, most frequent first, for completing what the user
   * types. The prefix is normalised like indexed text (tashkeel, hamza forms …); the words come
   * from the exact-form body field when the analysis has one (else the stemmed one), so they are
   * normalised forms.
   *
   * @param max the most words to return
   */
  @Override
  public List<String> termsStartingWith(String prefix, int max) throws IOException {
    String p = prefix == null ? "" : prefix.strip();
    if (p.isEmpty() || max <= 0) {
      return List.of();
    }
    String field = IndexFields.BODY + AnalysisField.EXACT.suffix();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      field = IndexFields.BODY;
      terms = MultiTerms.getTerms(reader, field);
    }
    if (terms == null) {
      return List.of();
    }
    BytesRef normalized = indexAnalyzer.normalize(field, p);
    TermsEnum te = terms.iterator();
    if (te.seekCeil(normalized) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    record Candidate(String word, int docFreq) {}
    List<Candidate> found = new ArrayList<>();
    // Read at most a few hundred candidates: enough to rank, cheap on any index.
    for (BytesRef t = te.term();
        t != null && found.size() < 500 && StringHelper.startsWith(t, normalized);
        t = te.next()) {
      found.add(new Candidate(t.utf8ToString(), te.docFreq()));
    }
    found.sort((a, b) -> Integer.compare(b.docFreq(), a.docFreq()));
    return found.stream().limit(max).map(Candidate::word).toList();
  }

  /** The Lucene id of the document record with this path, or -1. */
  private int docId(String path) throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.PATH, path)), Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)),
                Occur.FILTER)
            .build();
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /**
   * A spelling suggestion for a query that found nothing, or no document with most of its words:
   * the query with unknown words corrected, when that finds documents with most of its words (a
   * correction that only swaps unknown words for unrelated known ones is not offered).
   */
  private String suggestion(SearchRequest request) throws IOException, InvalidQueryException {
    String corrected = speller.suggest(request.query());
    if (corrected == null) {
      return null;
    }
    QueryBuilder.Prepared q = queries.build(request.withQuery(corrected));
    return searcher.count(q.strict() != null ? q.strict() : q.relaxed()) > 0 ? corrected : null;
  }

  /** Hits fetched per page by {@link #stream}. */
  static final int STREAM_PAGE = 200;

  /**
   * Runs a request and hands every hit (up to {@code max}) to a sink, page by page: a result of
   * any size is never held in memory. Filters, mode, order apply as in {@link #search}; the
   * request's offset and limit do not.
   *
   * @return how many hits were handed over
   */
  @Override
  public long stream(SearchRequest request, long max, HitSink sink) throws IOException, InvalidQueryException {
    Query query = chosen(queries.build(request));
    Sort sort = sort(request.sort(), request.reverse());
    String highlightField = HighlightFields.bodyField(request.mode(), analysis);
    ScoreDoc after = null;
    long done = 0;
    while (done < max) {
      int n = (int) Math.min(STREAM_PAGE, max - done);
      TopDocs top = after == null ? searcher.search(query, n, sort, true) : searcher.searchAfter(after, query, n, sort, true);
      ScoreDoc[] docs = top.scoreDocs;
      if (docs.length == 0) {
        break;
      }
      List<SearchHit> hits = page(query, highlightField, docs);
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < docs.length; i++) {
        List<String[]> entities = new ArrayList<>();
        for (String e : storedEntities(stored(stored, docs[i].doc, Set.of(IndexFields.ENTITY_STORED)))) {
          int tab = e.indexOf('\t');
          if (tab > 0) {
            entities.add(new String[] {e.substring(0, tab), e.substring(tab + 1)});
          }
        }
        sink.accept((int) (done + i + 1), hits.get(i), entities);
      }
      done += docs.length;
      after = docs[docs.length - 1];
      if (docs.length < n) {
        break;
      }
    }
    return done;
  }

  /** How many documents a request matches (its strict form when that finds any). */
  @Override
  public long count(SearchRequest request) throws IOException, InvalidQueryException {
    return searcher.count(chosen(queries.build(request)));
  }

  /** Whether this index can be searched in a mode (it has the field the mode needs). */
  @Override
  public boolean supports(SearchMode mode) {
    return queries.supports(mode);
  }

  /** Number of documents (files and embedded entries) that can be found. */
  @Override
  public long documentCount() throws IOException {
    return searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOC)));
  }

  private List<SearchHit> page(Query query, String highlightField, ScoreDoc[] page) throws IOException {
    int[] ids = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      ids[i] = page[i].doc;
    }
    List<List<String>> snippets =
        ids.length == 0 ? List.of() : highlighter.snippets(highlightField, query, ids, MAX_SNIPPETS);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(toHit(stored(stored, page[i].doc, HIT_FIELDS), page[i].score, snippets.get(i)));
    }
    return hits;
  }

  /**
   * Some stored fields of a document, not its text: where the index stores the text last, reading
   * stops there instead of decompressing it (megabytes for a book) to reach the fields after it.
   */
  private Document stored(StoredFields stored, int doc, Set<String> fields) throws IOException {
    boolean stopAtBody = bodyLast && !fields.contains(IndexFields.BODY);
    DocumentStoredFieldVisitor visitor =
        new DocumentStoredFieldVisitor(fields) {
          @Override
          public Status needsField(FieldInfo fieldInfo) throws IOException {
            return stopAtBody && fieldInfo.name.equals(IndexFields.BODY) ? Status.STOP : super.needsField(fieldInfo);
          }
        };
    stored.document(doc, visitor);
    return visitor.getDocument();
  }

  /** The order of hits; ties by relevance (date) or path (name). */
  static Sort sort(SortOrder order, boolean reverse) {
    return switch (order) {
      case RELEVANCE -> reverse ? new Sort(new SortField(null, SortField.Type.SCORE, true)) : Sort.RELEVANCE;
      case DATE -> new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, !reverse), SortField.FIELD_SCORE);
      case NAME -> {
        SortField name = new SortField(IndexFields.NAME_SORT, SortField.Type.STRING, reverse);
        name.setMissingValue(reverse ? SortField.STRING_FIRST : SortField.STRING_LAST);
        yield new Sort(name, new SortField(IndexFields.PATH, SortField.Type.STRING, reverse));
      }
    };
  }

  /** The folder a single absolute {@code folder}/{@code path} filter names, as facet path components. */
  private static List<String> folderBase(SearchRequest request) {
    List<String> values = new ArrayList<>();
    values.addAll(request.filters().getOrDefault("folder", List.of()));
    values.addAll(request.filters().getOrDefault("path", List.of()));
    if (values.size() != 1) {
      return List.of();
    }
    try {
      Path folder = Path.of(values.get(0));
      return folder.isAbsolute()
          ? List.of(FieldValues.folderPath(folder.resolve("-").toString()))
          : List.of();
    } catch (InvalidPathException e) {
      return List.of();
    }
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    int end = Math.min(all.length, offset + limit);
    ScoreDoc[] page = new ScoreDoc[end - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  /** A document's stored entities ({@code TYPE<TAB>form}), one a line in one or more values. */
  private static List<String> storedEntities(Document d) {
    List<String> out = new ArrayList<>();
    for (String v : d.getValues(IndexFields.ENTITY_STORED)) {
      for (String line : v.split("\n")) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /** The stored fields a hit shows: not the body, which can be megabytes (the snippets have it). */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexFields.PATH,
          IndexFields.TITLE,
          IndexFields.MTIME,
          IndexFields.DATE,
          IndexFields.CONTENT_TYPE,
          IndexFields.SIZE);

  private static SearchHit toHit(Document d, float score, List<String> snippets) {
    String path = d.get(IndexFields.PATH);
    String title = d.get(IndexFields.TITLE);
    if (title == null || title.isBlank()) {
      title = fileName(path);
    }
    long mtime = longValue(d.getField(IndexFields.MTIME));
    IndexableField date = d.getField(IndexFields.DATE);
    return new SearchHit(
        path,
        score,
        title,
        d.get(IndexFields.CONTENT_TYPE),
        mtime,
        longValue(d.getField(IndexFields.SIZE)),
        snippets,
        date == null ? mtime : longValue(date));
  }

  /** The last segment of a path ({@code file!/entry} included). */
  public static String fileName(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(cut + 1);
  }

  private static long longValue(IndexableField f) {
    return f == null || f.numericValue() == null ? 0L : f.numericValue().longValue();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
