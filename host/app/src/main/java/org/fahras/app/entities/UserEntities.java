package org.fahras.app.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.api.EntityRecognizer.UserEntity;

/**
 * The names the user wants recognised, kept in a plain UTF-8 file the user may also edit: one
 * name per line, {@code NAME<TAB>TYPE} (for example {@code مجلس الحكماء<TAB>ORGANIZATION});
 * empty lines and lines starting with {@code #} are ignored, a line without a type is a
 * {@code PERSON}. The GUI and {@code fahras entities --add} write the same file; recognisers get
 * the list at start-up, and the index sees them after a re-index.
 */
public final class UserEntities {

  /** The file's name inside the data folder. */
  public static final String FILE_NAME = "user-entities.tsv";

  private UserEntities() {}

  /** The file in a data folder. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /**
   * The entries of the file; none when it does not exist.
   *
   * @throws IOException when the file exists but cannot be read
   */
  public static List<UserEntity> load(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    Map<String, UserEntity> byName = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (l.isBlank() || l.strip().startsWith("#")) {
        continue;
      }
      int tab = l.indexOf('\t');
      String name = (tab < 0 ? l : l.substring(0, tab)).strip();
      String type = tab < 0 ? "PERSON" : l.substring(tab + 1).strip().toUpperCase(Locale.ROOT);
      if (!name.isEmpty() && !type.isEmpty()) {
        byName.put(name, new UserEntity(name, type));
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * Adds (or retypes) a name and writes the file atomically.
   *
   * @return the entries now in the file
   */
  public static List<UserEntity> add(Path file, String name, String type) throws IOException {
    String n = name.strip().replace('\t', ' ').replace('\n', ' ');
    String t = type.strip().toUpperCase(Locale.ROOT);
    if (n.isEmpty() || t.isEmpty() || !t.matches("[A-Z][A-Z_]*")) {
      throw new IllegalArgumentException("a name and an upper-case type are needed, e.g. PERSON");
    }
    List<UserEntity> entries = new ArrayList<>(load(file));
    entries.removeIf(e -> e.text().equals(n));
    entries.add(new UserEntity(n, t));
    write(file, entries);
    return List.copyOf(entries);
  }

  /** Removes a name; returns whether it was there. */
  public static boolean remove(Path file, String name) throws IOException {
    List<UserEntity> entries = new ArrayList<>(load(file));
    boolean removed = entries.removeIf(e -> e.text().equals(name.strip()));
    if (removed) {
      write(file, entries);
    }
    return removed;
  }

  private static void write(Path file, List<UserEntity> entries) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Names Fahras recognises as entities: NAME<TAB>TYPE (PERSON, LOCATION, ORGANIZATION, DATE …)\n");
    for (UserEntity e : entries) {
      sb.append(e.text()).append('\t').append(e.type()).append('\n');
    }
    org.fahras.app.index.PrivateFolders.create(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
