package org.fahras.app.index;

import java.nio.file.Path;
import org.fahras.api.DocumentParseException;

/** Receives what happens during an indexing run; called from several threads at once. */
public interface IndexListener {

  /** A file was parsed and its records written. */
  default void indexed(Path file, int records) {}

  /** A file could not be indexed; it is recorded and retried when it changes. */
  default void failed(Path file, DocumentParseException.Reason reason, String message) {}

  /** Something the user should know that is not a failure of one file. */
  default void notice(String message) {}

  /** A listener that ignores everything. */
  IndexListener NONE = new IndexListener() {};
}
