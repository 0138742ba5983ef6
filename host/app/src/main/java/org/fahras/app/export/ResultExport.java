package org.fahras.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.fahras.api.ResultExporter;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.EntityRow;
import org.fahras.api.ResultExporter.Export;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.Searcher;
import org.fahras.app.search.SnippetMarkup;
import org.fahras.app.search.TextRange;

/**
 * Exports the hits of a search through a {@link ResultExporter}: streamed from the index page by
 * page into the exporter's writer, with progress and cancellation; or, as an entity table, every
 * entity of the hits with the documents that mention it.
 *
 * <p>Files are written beside their destination and moved into place when complete, so a failed
 * or cancelled export never leaves a half-written file under the chosen name.
 */
public final class ResultExport {

  /** Progress of an export; {@link #cancelled()} is polled between hits. */
  public interface Progress {
    Progress NONE =
        new Progress() {
          @Override
          public void progressed(long done, long total) {}
        };

    void progressed(long done, long total);

    default boolean cancelled() {
      return false;
    }
  }

  private ResultExport() {}

  /**
   * Writes the hits of a request.
   *
   * @param max the most hits to write
   * @return how many hits were written
   * @throws CancellationException when {@code progress} asked to stop
   */
  public static long hits(
      Searcher search, SearchRequest request, long max, ResultExporter exporter, OutputStream out, Locale locale,
      Progress progress) throws IOException, InvalidQueryException {
    long total = Math.min(max, search.count(request));
    Export export = new Export(request.query(), total, Instant.now(), locale, request.filters());
    try (ResultExporter.HitWriter writer = exporter.open(out, export)) {
      long n =
          search.stream(
              request,
              total,
              (rank, hit, entities) -> {
                if (progress.cancelled()) {
                  throw new CancellationException("export cancelled");
                }
                writer.write(toHit(rank, hit, entities));
                progress.progressed(rank, total);
              });
      progress.progressed(n, total);
      return n;
    }
  }

  /**
   * Writes the entity table of a request's hits: each entity with its type and the documents
   * that mention it (in rank order), the most mentioned first.
   *
   * @return how many entity rows were written
   */
  public static long entityTable(
      Searcher search, SearchRequest request, long max, ResultExporter exporter, OutputStream out, Locale locale,
      Progress progress) throws IOException, InvalidQueryException {
    long total = Math.min(max, search.count(request));
    Map<String, Set<String>> byEntity = new LinkedHashMap<>();
    search.stream(
        request,
        total,
        (rank, hit, entities) -> {
          if (progress.cancelled()) {
            throw new CancellationException("export cancelled");
          }
          for (String[] e : entities) {
            byEntity.computeIfAbsent(e[0] + "\t" + e[1], k -> new LinkedHashSet<>()).add(hit.path());
          }
          progress.progressed(rank, total);
        });
    List<EntityRow> rows = new ArrayList<>(byEntity.size());
    byEntity.forEach(
        (key, paths) -> {
          int tab = key.indexOf('\t');
          rows.add(new EntityRow(key.substring(0, tab), key.substring(tab + 1), List.copyOf(paths)));
        });
    rows.sort(
        Comparator.comparingInt((EntityRow r) -> r.paths().size())
            .reversed()
            .thenComparing(EntityRow::type)
            .thenComparing(EntityRow::name));
    Export export = new Export(request.query(), total, Instant.now(), locale, request.filters());
    try (ResultExporter.EntityWriter writer = exporter.openEntityTable(out, export)) {
      for (EntityRow r : rows) {
        writer.write(r);
      }
    }
    return rows.size();
  }

  /** The exporter's view of a hit. */
  static Hit toHit(int rank, SearchHit h, List<String[]> entities) {
    List<Snippet> snippets = new ArrayList<>();
    for (String s : h.snippets()) {
      SnippetMarkup.Parsed p = SnippetMarkup.parse(s);
      List<Mark> marks = new ArrayList<>();
      for (TextRange r : p.marks()) {
        marks.add(new Mark(r.start(), r.end()));
      }
      snippets.add(new Snippet(p.text(), marks));
    }
    List<Entity> ents = new ArrayList<>(entities.size());
    for (String[] e : entities) {
      ents.add(new Entity(e[0], e[1]));
    }
    return new Hit(
        rank,
        h.path(),
        h.score(),
        h.title(),
        h.contentType(),
        h.size(),
        h.modifiedMillis() == 0 ? null : Instant.ofEpochMilli(h.modifiedMillis()),
        h.dateMillis() == 0 ? null : Instant.ofEpochMilli(h.dateMillis()),
        snippets,
        ents);
  }

  /** Writes a file through a temporary sibling that replaces the target only when complete. */
  public interface FileBody {
    void write(OutputStream out) throws IOException, InvalidQueryException;
  }

  /** Runs {@code body} into a temporary file beside {@code target} and moves it into place. */
  public static void toFile(Path target, FileBody body) throws IOException, InvalidQueryException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
    boolean done = false;
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
