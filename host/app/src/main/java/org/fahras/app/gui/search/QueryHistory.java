package org.fahras.app.gui.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recent queries, newest first, kept in {@value #FILE_NAME} in the data folder (UTF-8, one a
 * line). A repeated query moves to the front; the oldest fall off past {@value #MAX} entries.
 * Thread-safe; {@link #save()} writes atomically.
 */
public final class QueryHistory {

  static final String FILE_NAME = "search-history.txt";
  static final int MAX = 100;

  private final Path file;
  private final List<String> entries = new ArrayList<>();

  private QueryHistory(Path file) {
    this.file = file;
  }

  /** A history that is never saved (tests, a read-only data folder). */
  public static QueryHistory inMemory() {
    return new QueryHistory(null);
  }

  /** Loads the history of a data folder; a missing or unreadable file gives an empty one. */
  public static QueryHistory load(Path dataDir) {
    QueryHistory h = new QueryHistory(dataDir.resolve(FILE_NAME));
    try {
      if (Files.exists(h.file)) {
        for (String line : Files.readAllLines(h.file, StandardCharsets.UTF_8)) {
          String q = line.strip();
          if (!q.isEmpty() && !h.entries.contains(q) && h.entries.size() < MAX) {
            h.entries.add(q);
          }
        }
      }
    } catch (IOException e) {
      // a damaged history is not worth an error: start afresh
    }
    return h;
  }

  /** Records a query; returns false for a blank one. */
  public synchronized boolean add(String query) {
    String q = query == null ? "" : query.strip().replaceAll("\\s+", " ");
    if (q.isEmpty()) {
      return false;
    }
    entries.remove(q);
    entries.add(0, q);
    while (entries.size() > MAX) {
      entries.remove(entries.size() - 1);
    }
    return true;
  }

  /** The queries, newest first. */
  public synchronized List<String> entries() {
    return List.copyOf(entries);
  }

  /**
   * Recent queries for what is being typed: those starting with it first, then those containing
   * it (case-insensitive), newest first within each, without the text itself.
   */
  public synchronized List<String> matching(String text, int max) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    List<String> starts = new ArrayList<>();
    List<String> contains = new ArrayList<>();
    for (String e : entries) {
      String l = e.toLowerCase(Locale.ROOT);
      if (l.equals(t)) {
        continue;
      }
      if (l.startsWith(t)) {
        starts.add(e);
      } else if (!t.isEmpty() && l.contains(t)) {
        contains.add(e);
      }
    }
    starts.addAll(contains);
    return List.copyOf(starts.subList(0, Math.min(max, starts.size())));
  }

  /** Writes the history (nothing for an in-memory one). */
  public void save() throws IOException {
    if (file == null) {
      return;
    }
    List<String> copy = entries();
    org.fahras.app.index.PrivateFolders.create(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".history", ".tmp");
    Files.write(tmp, copy, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
