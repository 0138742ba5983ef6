package org.fahras.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.pf4j.ExtensionPoint;

/**
 * Writes search results to a file format: CSV, JSON, an HTML report, a spreadsheet …
 *
 * <p>The host streams: it opens a {@link HitWriter} on the output, hands it the hits one at a
 * time in rank order (fetching them from the index page by page, so a result of any size never
 * sits in memory) and closes it, which must finish the file. An exporter must not buffer all
 * hits either (a spreadsheet library's streaming mode, not its in-memory one). The host owns
 * the stream: the writer must not close it (the host does, after {@link HitWriter#close}).
 *
 * <p>Every string in a hit is untrusted document content: an exporter producing markup must
 * escape it (an HTML report must never execute a document's {@code <script>}), and a CSV
 * exporter should neutralise spreadsheet formulas ({@code =}, {@code +}, {@code -}, {@code @} at
 * the start of a cell).
 *
 * <p>Threading: one writer is used by one thread at a time; an exporter may be asked for several
 * writers at once.
 *
 * @since 1.2.0
 */
public interface ResultExporter extends ExtensionPoint {

  /** A short stable identifier the command line takes, e.g. {@code csv}, {@code xlsx}. */
  String id();

  /** A name for menus in the given language (Arabic or English at least), e.g. "CSV (Excel)". */
  String label(Locale locale);

  /** The file name extension without the dot, e.g. {@code csv}. */
  String fileExtension();

  /** The media type of the output, e.g. {@code text/csv}. */
  String mediaType();

  /**
   * Starts an export of search results.
   *
   * @param out where to write; not to be closed by the writer
   * @param export what is exported (query, total, time, language of the labels)
   */
  HitWriter open(OutputStream out, Export export) throws IOException;

  /**
   * Starts an export of an entity table: every entity of the results with its type and the
   * documents that mention it. Exporters without such a table say so by throwing {@link
   * UnsupportedOperationException} (the default).
   */
  default EntityWriter openEntityTable(OutputStream out, Export export) throws IOException {
    throw new UnsupportedOperationException(id() + " does not export entity tables");
  }

  /** Receives hits in rank order; {@link #close()} finishes the output. */
  interface HitWriter extends Closeable {
    void write(Hit hit) throws IOException;
  }

  /** Receives entity rows, most mentioned first; {@link #close()} finishes the output. */
  interface EntityWriter extends Closeable {
    void write(EntityRow row) throws IOException;
  }

  /**
   * What is being exported.
   *
   * @param query the query as the user typed it
   * @param total how many hits will be written
   * @param exportedAt when the export started
   * @param locale the user interface's language, for headings and labels
   * @param filters the filters applied (field → values), possibly empty
   */
  record Export(String query, long total, Instant exportedAt, Locale locale, Map<String, List<String>> filters) {
    public Export {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(exportedAt, "exportedAt");
      locale = locale == null ? Locale.ENGLISH : locale;
      filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
  }

  /**
   * One search hit.
   *
   * @param rank 1 for the best hit
   * @param path absolute path; {@code archive-path!/entry} for a document inside a container
   * @param score relevance score (0 when sorted by date or name)
   * @param title the title shown (the document's own, else the file name)
   * @param contentType media type
   * @param size file size in bytes
   * @param modified the file's modification time, or null
   * @param date the document's own date (else the file's), or null
   * @param snippets text passages with the matched words marked
   * @param entities the named entities the document mentions (distinct, by type), possibly none
   */
  record Hit(
      int rank,
      String path,
      float score,
      String title,
      String contentType,
      long size,
      Instant modified,
      Instant date,
      List<Snippet> snippets,
      List<Entity> entities) {
    public Hit {
      Objects.requireNonNull(path, "path");
      title = title == null ? "" : title;
      contentType = contentType == null ? "" : contentType;
      snippets = snippets == null ? List.of() : List.copyOf(snippets);
      entities = entities == null ? List.of() : List.copyOf(entities);
    }
  }

  /**
   * A passage of plain text and the ranges in it that matched the query.
   *
   * @param text plain text (not escaped)
   * @param marks {@code [start, end)} String index pairs into {@code text}, in order, not
   *     overlapping
   */
  record Snippet(String text, List<Mark> marks) {
    public Snippet {
      Objects.requireNonNull(text, "text");
      marks = marks == null ? List.of() : List.copyOf(marks);
    }
  }

  /** A matched range of a snippet: {@code [start, end)}. */
  record Mark(int start, int end) {}

  /**
   * An entity a document mentions.
   *
   * @param type {@link EntityType} constant or another upper-case name
   * @param name its normalised form
   */
  record Entity(String type, String name) {
    public Entity {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * One row of an entity table.
   *
   * @param type the entity type
   * @param name its normalised form
   * @param paths the exported documents that mention it, in rank order
   */
  record EntityRow(String type, String name, List<String> paths) {
    public EntityRow {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }
}
