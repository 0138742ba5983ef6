package org.fahras.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fahras.app.index.CrawlSettings;
import picocli.CommandLine.Option;

/** The options that choose which files an indexing command takes. */
final class CrawlOptions {

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Index only files matching GLOB (repeatable). Without /, matched against the file name"
              + " ('*.pdf'); with /, against the path inside the indexed folder ('reports/**').")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out files and folders matching GLOB (repeatable), e.g. 'node_modules', '*.tmp'.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--hidden", description = "Also index hidden files and folders (names starting with '.').")
  boolean hidden;

  @Option(names = "--no-follow-links", description = "Do not follow symbolic links (followed by default; loops are skipped).")
  boolean noFollowLinks;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      description = "Largest file to read, e.g. 200MB, 2GB (default: 1GB); larger files are listed as too large.")
  String maxSize;

  /** The settings these options describe, on top of {@code base} (e.g. the user's configuration). */
  CrawlSettings toSettings(CrawlSettings base) {
    List<String> inc = new ArrayList<>(base.includes());
    inc.addAll(includes);
    List<String> exc = new ArrayList<>(base.excludes());
    exc.addAll(excludes);
    return new CrawlSettings(
        inc,
        exc,
        hidden || base.includeHidden(),
        !noFollowLinks && base.followLinks(),
        maxSize == null ? base.maxFileSize() : parseSize(maxSize));
  }

  /** Parses sizes such as {@code 1500}, {@code 200KB}, {@code 20MB}, {@code 2GB}. */
  static long parseSize(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    if (t.endsWith("KB") || t.endsWith("K")) {
      unit = 1L << 10;
    } else if (t.endsWith("MB") || t.endsWith("M")) {
      unit = 1L << 20;
    } else if (t.endsWith("GB") || t.endsWith("G")) {
      unit = 1L << 30;
    }
    String digits = t.replaceAll("[KMGB]+$", "");
    try {
      double v = Double.parseDouble(digits);
      if (v <= 0) {
        throw new NumberFormatException();
      }
      return (long) (v * unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + text + "' (examples: 500KB, 200MB, 2GB)");
    }
  }
}
