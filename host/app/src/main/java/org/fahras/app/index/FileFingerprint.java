package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What identifies one version of a file for incremental indexing: its absolute path, size and
 * modification time.
 *
 * @param path absolute, normalised path
 * @param size size in bytes
 * @param modifiedMillis last modification, epoch milliseconds
 */
public record FileFingerprint(Path path, long size, long modifiedMillis) {

  /** Reads the fingerprint of a file. */
  public static FileFingerprint of(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return of(file, a);
  }

  /** The fingerprint from already-read attributes. */
  public static FileFingerprint of(Path file, BasicFileAttributes a) {
    return new FileFingerprint(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
  }

  /** True when the stored state matches this file's current size and time. */
  public boolean sameVersionAs(long storedSize, long storedMillis) {
    return size == storedSize && modifiedMillis == storedMillis;
  }
}
