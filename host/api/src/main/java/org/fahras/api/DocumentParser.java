package org.fahras.api;

import java.nio.file.Path;
import org.pf4j.ExtensionPoint;

/**
 * Extracts text and metadata from one file.
 *
 * <p>The indexing pipeline calls {@link #parse} from several threads at once, so
 * implementations must be thread-safe. A parser reports a file it cannot read by throwing
 * {@link DocumentParseException} with a reason the user can act on; it must never return a
 * silently empty document for a file it failed to read. Containers (archives, e-mails with
 * attachments) return their entries as {@link ParsedDocument#embedded() embedded documents}.
 *
 * <p>When several parsers accept a file, the host uses the one whose extension has the
 * highest {@code @Extension(ordinal = …)}.
 */
public interface DocumentParser extends ExtensionPoint {

  /** A short stable identifier, for example {@code tika}, shown in status and errors. */
  String id();

  /**
   * Tells whether this parser wants the file; the default accepts every file.
   *
   * @param file the file about to be parsed; it exists and is a regular file
   */
  default boolean accepts(Path file) {
    return true;
  }

  /**
   * Parses one file.
   *
   * @param request the file and the limits to respect
   * @return the extracted document, never {@code null}
   * @throws DocumentParseException when the file cannot be read; the message names the reason
   */
  ParsedDocument parse(ParseRequest request) throws DocumentParseException;
}
