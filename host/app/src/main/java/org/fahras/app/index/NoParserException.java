package org.fahras.app.index;

import java.nio.file.Path;

/** Signals that indexing cannot start because no {@code DocumentParser} plugin is installed. */
public class NoParserException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public NoParserException(Path pluginsDir) {
    super(
        "no document parser is available: no plugin in "
            + pluginsDir
            + " provides one; install the tika-parser plugin there (or check `fahras plugins`)");
  }
}
