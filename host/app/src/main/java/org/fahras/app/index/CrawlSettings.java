package org.fahras.app.index;

import java.util.List;

/**
 * Which files of the indexed folders are taken.
 *
 * @param includes glob patterns a file must match (any of them) to be indexed; empty means all.
 *     A pattern without {@code /} is matched against the file name ({@code *.pdf}), one with
 *     {@code /} against the path relative to the indexed folder ({@code reports/**})
 * @param excludes glob patterns (same rules) of files and folders to leave out
 * @param includeHidden whether files and folders whose name starts with {@code .} are indexed
 * @param followLinks whether symbolic links are followed (loops are detected and skipped)
 * @param maxFileSize files larger than this many bytes are recorded as too large, not read
 */
public record CrawlSettings(
    List<String> includes,
    List<String> excludes,
    boolean includeHidden,
    boolean followLinks,
    long maxFileSize) {

  /** Default largest file read: 1 GiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 1L << 30;

  public CrawlSettings {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
  }

  /** Everything but hidden files, following links, files up to 1 GiB. */
  public static CrawlSettings defaults() {
    return new CrawlSettings(List.of(), List.of(), false, true, DEFAULT_MAX_FILE_SIZE);
  }
}
