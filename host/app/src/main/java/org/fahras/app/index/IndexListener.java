package org.fahras.app.index;

import java.nio.file.Path;
import org.fahras.api.DocumentParseException;

/** Receives what happens during an indexing run; called from several threads at once. */
public interface IndexListener {

  /** The walk is done: this many files (of this total size) will be read. */
  default void planned(int files, long bytes) {}

  /** Files and bytes read so far in this run, after each file (read or failed). */
  default void progressed(long files, long bytes) {}

  /** A file was parsed and its records written. */
  default void indexed(Path file, int records) {}

  /** A file was indexed, but the user should know something, e.g. its text was cut. */
  default void warning(Path file, String message) {}

  /** A file could not be indexed; it is recorded and retried when it changes. */
  default void failed(Path file, DocumentParseException.Reason reason, String message) {}

  /** Something the user should know that is not about one file's content. */
  default void notice(String message) {}

  /** A listener that ignores everything. */
  IndexListener NONE = new IndexListener() {};
}
