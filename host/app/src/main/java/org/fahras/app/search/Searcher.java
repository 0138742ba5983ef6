package org.fahras.app.search;

import java.io.IOException;
import java.util.List;

/**
 * What the command line and the window ask of an index, whichever backend holds it: the local
 * Lucene index ({@link SearchService}) or a backend a plugin provides ({@link RemoteSearcher}).
 */
public interface Searcher extends AutoCloseable {

  /** Runs a request: filters, order, page, facets and, where the backend can, a spelling suggestion. */
  SearchResult search(SearchRequest request) throws IOException, InvalidQueryException;

  /**
   * A document's stored body text: {@code ""} when it has none, null when no document has that
   * path.
   */
  String storedText(String path) throws IOException;

  /** Where a request's query matches in a document's {@link #storedText}, in text order. */
  List<TextRange> matchOffsets(SearchRequest request, String path) throws IOException, InvalidQueryException;

  /** Index words beginning with a prefix, most frequent first. */
  List<String> termsStartingWith(String prefix, int max) throws IOException;

  /**
   * Hands every hit of a request (up to {@code max}) to a sink, page by page, in the request's
   * order; the request's offset and limit do not apply.
   *
   * @return how many hits were handed over
   */
  long stream(SearchRequest request, long max, HitSink sink) throws IOException, InvalidQueryException;

  /** How many documents a request matches. */
  long count(SearchRequest request) throws IOException, InvalidQueryException;

  /** Whether this index can be searched in a mode. */
  boolean supports(SearchMode mode);

  /** Number of documents (files and embedded entries) that can be found. */
  long documentCount() throws IOException;

  /**
   * The analysis the index was built with when it is not the installed one, else null (then some
   * words are not found until the files are indexed again).
   */
  String staleAnalysis();

  @Override
  void close() throws IOException;

  /** Receives the hits of {@link #stream}, one at a time, in the request's order. */
  @FunctionalInterface
  interface HitSink {
    /**
     * @param rank 1 for the first hit
     * @param hit the hit with its snippets
     * @param entities the distinct entities the document mentions, as {@code [type, name]} pairs
     */
    void accept(int rank, SearchHit hit, List<String[]> entities) throws IOException;
  }
}
