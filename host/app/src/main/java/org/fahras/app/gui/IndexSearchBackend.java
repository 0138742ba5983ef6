package org.fahras.app.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.AppPaths;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;
import org.fahras.app.search.Searcher;
import org.fahras.app.search.TextRange;

/**
 * The GUI's search backend over one index folder: opens a {@link SearchService} on first use and
 * keeps it until {@link #reload()} (call it after the index changed, e.g. when an indexing run
 * finished, to see the new documents). Safe for concurrent use; a service being replaced is
 * closed once no call uses it any more.
 */
public final class IndexSearchBackend implements SearchBackend, AutoCloseable {

  private final Path indexDir;
  private final IndexAnalysis analysis;
  private Handle current;

  /** A service and the number of calls using it. */
  private static final class Handle {
    final Searcher service;
    int users;
    boolean retired;

    Handle(Searcher service) {
      this.service = service;
    }
  }

  /** Opens what answers the searches; called again after {@link #reload()}. */
  @FunctionalInterface
  public interface Opener {
    Searcher open() throws IOException;
  }

  private final Opener opener;

  /** Searches the local index in a folder. */
  public IndexSearchBackend(Path indexDir, IndexAnalysis analysis) {
    this(
        indexDir,
        analysis,
        () -> {
          if (!AppPaths.looksLikeIndex(indexDir)) {
            throw new NoIndexException("no index at " + indexDir);
          }
          return new SearchService(indexDir, analysis);
        });
  }

  /**
   * Searches what an opener gives (a backend a plugin provides …).
   *
   * @param indexDir the folder of the index or of the backend's catalogue, for messages
   */
  public IndexSearchBackend(Path indexDir, IndexAnalysis analysis, Opener opener) {
    this.indexDir = indexDir;
    this.analysis = analysis;
    this.opener = opener;
  }

  @Override
  public List<org.fahras.api.EntityRecognizer.EntitySpan> entities(String text, String language) {
    return analysis.entities().find(text, language);
  }

  /**
   * Exports the hits of a request (or their entity table) into a file, streamed from the index.
   *
   * @return hits (or entity rows) written
   */
  public long export(
      SearchRequest request,
      org.fahras.api.ResultExporter exporter,
      boolean entityTable,
      java.nio.file.Path target,
      java.util.Locale locale,
      org.fahras.app.export.ResultExport.Progress progress)
      throws IOException, InvalidQueryException {
    long[] n = new long[1];
    with(s -> {
      org.fahras.app.export.ResultExport.toFile(target, out -> n[0] = entityTable
          ? org.fahras.app.export.ResultExport.entityTable(s, request, Long.MAX_VALUE, exporter, out, locale, progress)
          : org.fahras.app.export.ResultExport.hits(s, request, Long.MAX_VALUE, exporter, out, locale, progress));
      return null;
    });
    return n[0];
  }

  @Override
  public void addUserEntity(String name, String type) throws IOException {
    java.nio.file.Path file =
        org.fahras.app.entities.UserEntities.file(org.fahras.app.config.AppPaths.system().dataDir());
    analysis.entities().userEntities(org.fahras.app.entities.UserEntities.add(file, name, type));
  }

  @Override
  public boolean recognisesEntities() {
    return !analysis.entities().isEmpty();
  }

  /** The index folder searched. */
  public Path indexDir() {
    return indexDir;
  }

  /** Makes the next call open the index afresh, seeing every change committed since. */
  public void reload() {
    Handle old;
    synchronized (this) {
      old = current;
      current = null;
      if (old == null) {
        return;
      }
      old.retired = true;
      if (old.users > 0) {
        return; // closed by the last user
      }
    }
    closeQuietly(old.service);
  }

  private synchronized Handle acquire() throws IOException {
    if (current == null) {
      current = new Handle(opener.open());
    }
    current.users++;
    return current;
  }

  private void release(Handle h) {
    boolean close;
    synchronized (this) {
      h.users--;
      close = h.retired && h.users == 0;
    }
    if (close) {
      closeQuietly(h.service);
    }
  }

  private interface Call<T> {
    T apply(Searcher s) throws IOException, InvalidQueryException;
  }

  private <T> T with(Call<T> call) throws IOException, InvalidQueryException {
    Handle h = acquire();
    try {
      return call.apply(h.service);
    } finally {
      release(h);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
    try {
      return with(s -> s.search(request));
    } catch (IOException e) {
      if (org.fahras.app.index.IndexDamage.isDamage(e)) {
        throw new DamagedIndexException(org.fahras.app.index.IndexDamage.detail(e), e);
      }
      throw e;
    }
  }

  @Override
  public String staleAnalysis() {
    try {
      return with(Searcher::staleAnalysis);
    } catch (IOException | InvalidQueryException | RuntimeException e) {
      return null; // no index (yet), or it cannot be read: the search says so itself
    }
  }

  /** The index files are damaged: the message says how to rebuild. */
  public static final class DamagedIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    DamagedIndexException(String detail, Throwable cause) {
      super("the index is damaged (" + detail + "): rebuild it with Tools → Index → Rebuild index", cause);
    }
  }

  @Override
  public String storedText(String path) throws IOException {
    try {
      return with(s -> s.storedText(path));
    } catch (InvalidQueryException e) {
      throw new IllegalStateException(e); // no query involved
    }
  }

  @Override
  public List<TextRange> matchOffsets(SearchRequest request, String path) throws IOException, InvalidQueryException {
    return with(s -> s.matchOffsets(request, path));
  }

  @Override
  public List<String> termsStartingWith(String prefix, int max) throws IOException {
    try {
      return with(s -> s.termsStartingWith(prefix, max));
    } catch (NoIndexException e) {
      return List.of();
    } catch (InvalidQueryException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    reload();
  }

  private static void closeQuietly(Searcher s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do: the reader is gone either way
    }
  }
}
