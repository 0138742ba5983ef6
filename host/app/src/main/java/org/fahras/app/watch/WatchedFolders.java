package org.fahras.app.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.fahras.app.watch.FolderWatcher.describe;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.fahras.app.index.IndexListener;

/**
 * The folders a {@link FolderWatcher} has registered with the {@link WatchService}, by key and
 * by path. The map is our own rather than {@link WatchKey#watchable()}: registering a folder
 * that was moved returns its old key, whose {@code watchable()} still names the old path.
 *
 * <p>Thread-safe: the watcher thread changes it, other threads may read a snapshot.
 */
final class WatchedFolders {

  private final WatchService service;
  private final FolderRules rules;
  private final boolean followLinks;
  private final IndexListener listener;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private boolean limitReported;

  WatchedFolders(WatchService service, FolderRules rules, boolean followLinks, IndexListener listener) {
    this.service = service;
    this.rules = rules;
    this.followLinks = followLinks;
    this.listener = listener;
  }

  /** The folder a key watches, or {@code null} for a key dropped meanwhile. */
  Path folderOf(WatchKey key) {
    synchronized (keys) {
      return folders.get(key);
    }
  }

  /** A snapshot of the watched folders. */
  Set<Path> snapshot() {
    synchronized (keys) {
      return Set.copyOf(keys.keySet());
    }
  }


  /** Registers {@code start} and every folder below it that the settings take. */
  void registerTree(Path root, Path start) {
    if (limitReported) {
      return;
    }
    Set<FileVisitOption> options =
        followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    try {
      Files.walkFileTree(
          start,
          options,
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (rules.excluded(root, dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return register(dir) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Loops are reported by the indexer's walk; a folder that vanished meanwhile is
              // handled by its delete event; anything else the user should hear about.
              if (!(e instanceof FileSystemLoopException) && !(e instanceof NoSuchFileException)) {
                listener.notice("cannot watch " + file + ": " + describe(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      listener.notice("cannot watch " + start + ": " + describe(e));
    }
  }

  /** Registers one folder; false when the platform refuses more watches. */
  private boolean register(Path dir) {
    WatchKey key;
    try {
      key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
    } catch (NoSuchFileException e) {
      return true; // gone already; its delete event follows
    } catch (IOException e) {
      if (isWatchLimit(e)) {
        limitReported = true;
        listener.notice(
            "cannot watch "
                + dir
                + " and further folders: "
                + describe(e)
                + ". Changes there are not seen until the next `fahras index` run. On Linux, raise"
                + " the limit, e.g. `sudo sysctl fs.inotify.max_user_watches=524288`.");
        return false;
      }
      listener.notice("cannot watch " + dir + ": " + describe(e));
      return true;
    }
    synchronized (keys) {
      // Registering a folder that was moved returns its old key: point the key at the new path.
      Path previous = folders.put(key, dir);
      if (previous != null && !previous.equals(dir)) {
        keys.remove(previous, key);
      }
      keys.put(dir, key);
    }
    return true;
  }

  static boolean isWatchLimit(IOException e) {
    String msg = e.getMessage();
    return msg != null && (msg.contains("inotify watches") || msg.contains("inotify instances"));
  }

  /** Drops the watches of a folder that was deleted or moved away, and of those below it. */
  void forget(Path gone) {
    synchronized (keys) {
      if (!keys.containsKey(gone)) {
        return;
      }
      for (Iterator<Map.Entry<Path, WatchKey>> it = keys.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Path, WatchKey> e = it.next();
        if (e.getKey().startsWith(gone)) {
          e.getValue().cancel();
          folders.remove(e.getValue());
          it.remove();
        }
      }
    }
  }

  void drop(WatchKey key, Path folder) {
    synchronized (keys) {
      folders.remove(key);
      if (folder != null) {
        keys.remove(folder, key);
      }
    }
  }

  boolean isWatched(Path dir) {
    synchronized (keys) {
      return keys.containsKey(dir);
    }
  }

}
