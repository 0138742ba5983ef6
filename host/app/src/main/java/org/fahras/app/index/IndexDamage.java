package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A damaged index: how to recognise one, and setting it aside (never deleting it) so that a new
 * one can be built.
 */
public final class IndexDamage {

  private IndexDamage() {}

  /** Whether a failure means the index files are damaged (or written by another Lucene). */
  public static boolean isDamage(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CorruptIndexException
          || c instanceof IndexFormatTooOldException
          || c instanceof IndexFormatTooNewException) {
        return true;
      }
    }
    return false;
  }

  /** Lucene's own words for the damage, on one line; null when it is not damage. */
  public static String detail(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CorruptIndexException
          || c instanceof IndexFormatTooOldException
          || c instanceof IndexFormatTooNewException) {
        return String.valueOf(c.getMessage()).replaceAll("\\s+", " ").strip();
      }
    }
    return null;
  }

  /**
   * Renames an index folder to {@code NAME.set-aside-TIME} beside it, so a new index can be
   * built; null when there is none.
   *
   * @throws IndexInUseException when another process writes to it
   */
  public static Path setAside(Path indexDir) throws IOException {
    if (!Files.exists(indexDir)) {
      return null;
    }
    try (Directory d = FSDirectory.open(indexDir);
        Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
    } catch (LockObtainFailedException e) {
      throw new IndexInUseException(indexDir, e);
    }
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path aside = indexDir.resolveSibling(indexDir.getFileName() + ".set-aside-" + stamp);
    Files.move(indexDir, aside);
    return aside;
  }

}
