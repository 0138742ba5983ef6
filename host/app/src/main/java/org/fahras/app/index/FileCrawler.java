package org.fahras.app.index;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks the indexed folders and hands every file that {@link CrawlSettings} admits to a
 * consumer, as a {@link FileFingerprint}.
 *
 * <p>Symbolic links are followed when the settings say so; a link that leads back into a folder
 * being walked (a loop) is reported once and skipped. Unreadable folders and files are reported
 * through {@link Problems} and the walk goes on.
 */
final class FileCrawler {

  /** Receives what the walk could not read. */
  interface Problems {
    void unreadable(Path path, String message);

    void loop(Path path);
  }

  private final CrawlSettings settings;
  private final List<PathMatcher> includeNames = new ArrayList<>();
  private final List<PathMatcher> includePaths = new ArrayList<>();
  private final List<PathMatcher> excludeNames = new ArrayList<>();
  private final List<PathMatcher> excludePaths = new ArrayList<>();

  FileCrawler(CrawlSettings settings, FileSystem fs) {
    this.settings = settings;
    compile(settings.includes(), fs, includeNames, includePaths);
    compile(settings.excludes(), fs, excludeNames, excludePaths);
  }

  private static void compile(
      List<String> globs, FileSystem fs, List<PathMatcher> names, List<PathMatcher> paths) {
    for (String g : globs) {
      String glob = g.strip();
      if (glob.isEmpty()) {
        continue;
      }
      if (glob.contains("/")) {
        paths.add(fs.getPathMatcher("glob:" + (glob.startsWith("/") ? glob.substring(1) : glob)));
      } else {
        names.add(fs.getPathMatcher("glob:" + glob));
      }
    }
  }

  /** Walks one root (a folder or a single file). */
  void crawl(Path root, Consumer<FileFingerprint> files, Problems problems) throws IOException {
    crawl(root, root, files, problems);
  }

  /**
   * Walks a folder below an indexed root; globs and hidden-folder rules apply relative to the
   * root, as in a walk of the whole root.
   */
  void crawl(Path start, Path root, Consumer<FileFingerprint> files, Problems problems)
      throws IOException {
    Set<FileVisitOption> options =
        settings.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    Files.walkFileTree(
        start,
        options,
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(start)) {
              return FileVisitResult.CONTINUE;
            }
            return excludedFolder(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && (file.equals(root) || admittedInWalk(root, file))) {
              files.accept(FileFingerprint.of(file, attrs));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              problems.loop(file.toAbsolutePath());
            } else {
              problems.unreadable(file.toAbsolutePath(), Indexer.describe(e));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private boolean excludedFolder(Path root, Path dir) {
    if (!settings.includeHidden() && isHidden(dir)) {
      return true;
    }
    Path rel = root.relativize(dir);
    return matchesAny(excludeNames, dir.getFileName()) || matchesAny(excludePaths, rel);
  }

  /** Whether a folder below {@code root}, and every folder between, is walked. */
  boolean admittedFolder(Path root, Path dir) {
    if (!dir.startsWith(root)) {
      return false;
    }
    for (Path d = dir; d != null && !d.equals(root); d = d.getParent()) {
      if (excludedFolder(root, d)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a file below {@code root} is taken by the settings: its name and path, and every
   * folder between it and the root (an excluded or hidden folder hides its files).
   */
  boolean admitted(Path root, Path file) {
    if (!settings.includeHidden() && isHidden(file)) {
      return false;
    }
    Path parent = file.getParent();
    if (parent != null && !parent.equals(root) && !admittedFolder(root, parent)) {
      return false;
    }
    return admittedInWalk(root, file);
  }

  /** {@link #admitted} for a file met in a walk, whose folders the walk already admitted. */
  private boolean admittedInWalk(Path root, Path file) {
    if (!settings.includeHidden() && isHidden(file)) {
      return false;
    }
    Path rel = root.relativize(file);
    Path name = file.getFileName();
    if (matchesAny(excludeNames, name) || matchesAny(excludePaths, rel)) {
      return false;
    }
    if (includeNames.isEmpty() && includePaths.isEmpty()) {
      return true;
    }
    return matchesAny(includeNames, name) || matchesAny(includePaths, rel);
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path p) {
    if (p == null) {
      return false;
    }
    for (PathMatcher m : matchers) {
      if (m.matches(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
