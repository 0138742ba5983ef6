package org.fahras.app.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.fahras.app.index.IndexRunResult;

/** Where a {@link FolderWatcher} sends what it sees: in the application, a {@link LiveIndex}. */
interface ChangeTarget {

  /** The watched roots (absolute, normalised). */
  List<Path> roots();

  /** A full incremental pass over every root. */
  IndexRunResult refreshAll() throws IOException;

  /** Brings these created, changed, moved or deleted paths up to date. */
  IndexRunResult apply(Collection<Path> paths) throws IOException;

  /** Milliseconds until a pending commit is due, or -1 when nothing waits to be committed. */
  long commitDelayMillis();

  /** Commits pending changes if the rate limit allows it now. */
  void commitIfDue() throws IOException;
}
