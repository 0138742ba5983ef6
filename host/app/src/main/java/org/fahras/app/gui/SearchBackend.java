package org.fahras.app.gui;

import java.io.IOException;
import java.util.List;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.TextRange;

/**
 * What the GUI needs from the index: searching, a document's stored text and where a query
 * matches in it, and index words for completion. {@link IndexSearchBackend} is the real one;
 * tests may supply their own. Calls block and are made off the event thread.
 */
public interface SearchBackend {

  /** Runs a request; {@link NoIndexException} when there is no index yet. */
  SearchResult search(SearchRequest request) throws IOException, InvalidQueryException;

  /** A document's stored body text, or null when the index has no document with that path. */
  String storedText(String path) throws IOException;

  /** Where the request's query matches in a document's stored text, in text order. */
  List<TextRange> matchOffsets(SearchRequest request, String path) throws IOException, InvalidQueryException;

  /**
   * The named entities in a text (persons, places, organisations, dates …), in text order, for
   * colouring them; none when no recogniser is installed.
   */
  default List<org.fahras.api.EntityRecognizer.EntitySpan> entities(String text, String language) {
    return List.of();
  }

  /**
   * Adds a name to the user's own entities ({@code user-entities.tsv}) so that recognisers find
   * it from now on (in the preview at once, in facets after a re-index).
   *
   * @throws IOException when the list cannot be written
   * @throws UnsupportedOperationException when this backend keeps no user entities
   */
  default void addUserEntity(String name, String type) throws IOException {
    throw new UnsupportedOperationException("no entity recogniser");
  }

  /** Whether entities are recognised (an entity plugin is installed). */
  default boolean recognisesEntities() {
    return false;
  }

  /**
   * The analysis the index was built with when it is not the installed one (some words are not
   * found until the files are indexed again), else null.
   */
  default String staleAnalysis() {
    return null;
  }

  /** Index words beginning with a prefix, most frequent first. */
  List<String> termsStartingWith(String prefix, int max) throws IOException;

  /** Thrown when the index folder holds no index yet. */
  final class NoIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    public NoIndexException(String message) {
      super(message);
    }
  }
}
