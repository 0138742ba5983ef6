package org.fahras.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text and metadata a {@link DocumentParser} extracted from one file or one embedded
 * resource.
 *
 * @param text the plain text, in reading order; empty when the resource has no text
 * @param title the document's own title, or {@code null} when it has none
 * @param author the author, or {@code null}
 * @param created when the document says it was created, or {@code null}
 * @param modified when the document says it was last modified, or {@code null}
 * @param language an ISO 639-1 code such as {@code ar}, or {@code null} when unknown
 * @param contentType the detected media type, for example {@code application/pdf}
 * @param metadata further metadata as plain strings (never {@code null}, may be empty)
 * @param embedded documents inside this one (archive entries, attachments), in order
 * @param warnings things the user should know, e.g. that the text was cut at the limit
 */
public record ParsedDocument(
    String text,
    String title,
    String author,
    Instant created,
    Instant modified,
    String language,
    String contentType,
    Map<String, String> metadata,
    List<EmbeddedDocument> embedded,
    List<String> warnings) {

  public ParsedDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentType, "contentType");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    embedded = embedded == null ? List.of() : List.copyOf(embedded);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A document with text and a content type only. */
  public static ParsedDocument ofText(String text, String contentType) {
    return new ParsedDocument(text, null, null, null, null, null, contentType, null, null, null);
  }

  /**
   * A resource found inside another document.
   *
   * @param entryPath the entry's path inside its container, e.g. {@code docs/report.pdf}; the
   *     host shows it as {@code container-path!/entryPath}
   * @param document what was extracted from the entry
   */
  public record EmbeddedDocument(String entryPath, ParsedDocument document) {
    public EmbeddedDocument {
      Objects.requireNonNull(entryPath, "entryPath");
      Objects.requireNonNull(document, "document");
    }
  }
}
