package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.Path;

/** Signals that another process holds the index's write lock. */
public class IndexInUseException extends IOException {

  private static final long serialVersionUID = 1L;

  public IndexInUseException(Path indexDir, Throwable cause) {
    super(
        "the index at "
            + indexDir
            + " is in use by another Fahras process; wait for it to finish or close it",
        cause);
  }
}
