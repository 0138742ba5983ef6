package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates the folders Fahras keeps an index (or other per-user data) in so that only the user can
 * read them: every folder it creates gets owner-only permissions ({@code rwx------}) where the file
 * system has POSIX permissions. Folders that exist already are left as they are: they are the
 * user's, and so is the choice of who may read them. On file systems without POSIX permissions
 * (Windows), the per-user application-data folder is private already, and folders are created
 * with the defaults.
 */
public final class PrivateFolders {

  /** Owner read, write and search only. */
  public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private PrivateFolders() {}

  /**
   * Creates {@code dir} and its missing parents, each new one private to the user.
   *
   * @return {@code dir}
   */
  public static Path create(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
      missing.push(p);
    }
    boolean posix = posix(absolute);
    FileAttribute<?>[] attrs =
        posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    while (!missing.isEmpty()) {
      Path p = missing.pop();
      try {
        Files.createDirectory(p, attrs);
        if (posix) {
          // The umask may have taken bits away; never adds any beyond the owner's.
          Files.setPosixFilePermissions(p, OWNER_ONLY);
        }
      } catch (FileAlreadyExistsException raced) {
        if (!Files.isDirectory(p)) {
          throw raced;
        }
      }
    }
    return dir;
  }

  /** Whether the file store that holds {@code path} (or its nearest existing parent) has POSIX permissions. */
  private static boolean posix(Path path) throws IOException {
    Path p = path;
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p != null && Files.getFileStore(p).supportsFileAttributeView("posix");
  }
}
