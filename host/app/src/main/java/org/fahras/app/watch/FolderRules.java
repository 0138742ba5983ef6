package org.fahras.app.watch;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.fahras.app.index.CrawlSettings;

/**
 * Which folders under a watched root the crawl settings leave out: hidden folders (unless
 * asked for) and folders matching an exclude glob — the rules the indexer's walk applies to
 * folders, so the watcher neither watches nor reports what the walk would skip.
 *
 * <p>A glob without {@code /} is matched against the folder's name, one with {@code /} against
 * its path relative to the root, as in {@link CrawlSettings}.
 */
final class FolderRules {

  private final boolean includeHidden;
  private final List<PathMatcher> excludeNames = new ArrayList<>();
  private final List<PathMatcher> excludePaths = new ArrayList<>();

  FolderRules(CrawlSettings settings, FileSystem fs) {
    this.includeHidden = settings.includeHidden();
    for (String g : settings.excludes()) {
      String glob = g.strip();
      if (glob.isEmpty()) {
        continue;
      }
      if (glob.contains("/")) {
        excludePaths.add(fs.getPathMatcher("glob:" + (glob.startsWith("/") ? glob.substring(1) : glob)));
      } else {
        excludeNames.add(fs.getPathMatcher("glob:" + glob));
      }
    }
  }

  /** Whether a folder strictly below {@code root} is left out by the settings. */
  boolean excluded(Path root, Path folder) {
    if (folder.equals(root)) {
      return false;
    }
    Path name = folder.getFileName();
    if (name == null) {
      return false;
    }
    if (!includeHidden && name.toString().startsWith(".")) {
      return true;
    }
    Path rel = root.relativize(folder);
    return matchesAny(excludeNames, name) || matchesAny(excludePaths, rel);
  }

  /**
   * Whether a changed path below {@code root} lies in a left-out folder, or is one. A file
   * whose own name is excluded is also reported here; that is harmless, as the indexer would
   * not take it either.
   */
  boolean leftOut(Path root, Path changed) {
    for (Path p = changed; p != null && !p.equals(root) && p.startsWith(root); p = p.getParent()) {
      if (excluded(root, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path p) {
    for (PathMatcher m : matchers) {
      if (m.matches(p)) {
        return true;
      }
    }
    return false;
  }
}
