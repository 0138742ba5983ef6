package org.fahras.app.index;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.util.BytesRef;

/**
 * How metadata values become the terms of the keyword fields, shared by the index side ({@link
 * DocumentMapper}) and the query side, which must produce the same terms for what the user types.
 *
 * <p>Keyword terms are lower case, with Arabic letters normalised (أ إ آ → ا, ة → ه, ى → ي,
 * tashkeel and tatweel removed) and Arabic-Indic digits made ASCII, so {@code path:ملفات} finds a
 * folder named «مِلفّات». Dates are read in UTC.
 */
public final class FieldValues {

  /** The time zone of years and of dates typed without one. */
  public static final ZoneOffset ZONE = ZoneOffset.UTC;

  /** Longest name that goes into the sort key; names rarely differ past it. */
  private static final int MAX_SORT_NAME = 200;

  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

  /** Arabic collation; frozen, so one instance serves every thread. */
  private static final Collator ARABIC_COLLATOR = Collator.getInstance(new ULocale("ar")).freeze();

  private FieldValues() {}

  /** Lower case, Arabic letters normalised, digits ASCII: the form of every keyword term. */
  public static String keyword(String value) {
    char[] chars = value.strip().toLowerCase(Locale.ROOT).toCharArray();
    int len = ARABIC.normalize(chars, chars.length);
    for (int i = 0; i < len; i++) {
      int digit = Character.digit(chars[i], 10);
      if (digit >= 0 && chars[i] > '9') {
        chars[i] = (char) ('0' + digit);
      }
    }
    return new String(chars, 0, len);
  }

  /**
   * The path terms of a path: each component (folder or file name, archive entries included) and
   * each word inside a component, as {@link #keyword} terms.
   */
  public static List<String> pathTerms(String path) {
    // The files of a folder come one after another: the folder's terms are made once.
    int cut = Math.max(path.lastIndexOf('!'), Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))) + 1;
    String folder = path.substring(0, cut);
    FolderTerms last = LAST_FOLDER_TERMS.get();
    if (last == null || !last.folder().equals(folder)) {
      last = new FolderTerms(folder, componentTerms(folder));
      LAST_FOLDER_TERMS.set(last);
    }
    List<String> name = componentTerms(path.substring(cut));
    if (name.isEmpty()) {
      return last.terms();
    }
    Set<String> terms = new LinkedHashSet<>(last.terms());
    terms.addAll(name);
    return List.copyOf(terms);
  }

  /** A folder (a path up to its last separator) and its {@link #componentTerms}. */
  private record FolderTerms(String folder, List<String> terms) {}

  /** Per thread, the last folder {@link #pathTerms} met. */
  private static final ThreadLocal<FolderTerms> LAST_FOLDER_TERMS = new ThreadLocal<>();

  /** A folder (a file's path up to its last separator) and its {@link #parentComponents}. */
  private record FolderComponents(String folder, String[] components) {}

  /** Per thread, the last parent folder {@link #folderPath} met. */
  private static final ThreadLocal<FolderComponents> LAST_FOLDER_PATH = new ThreadLocal<>();

  /** The path terms of every component of {@code path}, in order: what {@link #pathTerms} gives. */
  static List<String> componentTerms(String path) {
    Set<String> terms = new LinkedHashSet<>();
    for (String component : path.split("[/\\\\!]+")) {
      if (component.isBlank()) {
        continue;
      }
      terms.add(keyword(component));
      terms.addAll(words(component));
    }
    terms.remove("");
    return List.copyOf(terms);
  }

  /** The words of a value: runs of letters, digits and combining marks, as keyword terms. */
  public static List<String> words(String value) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(c);
              } else if (word.length() > 0) {
                words.add(keyword(word.toString()));
                word.setLength(0);
              }
            });
    if (word.length() > 0) {
      words.add(keyword(word.toString()));
    }
    words.removeIf(String::isEmpty);
    return words;
  }

  /** The media type without parameters, lower case ({@code text/plain; charset=x} → {@code text/plain}). */
  public static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The {@link IndexFields#TYPE_KEY} terms: the media type, its main type and its subtype. */
  public static List<String> typeKeys(String contentType) {
    String type = mediaType(contentType);
    Set<String> keys = new LinkedHashSet<>();
    keys.add(type);
    int slash = type.indexOf('/');
    if (slash > 0) {
      keys.add(type.substring(0, slash));
      keys.add(type.substring(slash + 1));
    }
    keys.remove("");
    return List.copyOf(keys);
  }

  /** The language tag in lower case with {@code -} ({@code ar_SA} → {@code ar-sa}). */
  public static String language(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The {@link IndexFields#LANGUAGE_KEY} terms: the tag and its primary language. */
  public static List<String> languageKeys(String tag) {
    String lang = language(tag);
    int dash = lang.indexOf('-');
    return dash > 0 ? List.of(lang, lang.substring(0, dash)) : List.of(lang);
  }

  /** The document's date: its modification date, else its creation date, else the file's mtime. */
  public static long documentDate(Instant modified, Instant created, long fileModifiedMillis) {
    if (modified != null) {
      return modified.toEpochMilli();
    }
    return created != null ? created.toEpochMilli() : fileModifiedMillis;
  }

  /** The year (UTC) of an instant in epoch milliseconds. */
  public static int year(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).atZone(ZONE).getYear();
  }

  /** The collation key that sorts names in Arabic alphabetical order (ICU, locale {@code ar}). */
  public static BytesRef nameSortKey(String name) {
    String s = name.strip();
    if (s.length() > MAX_SORT_NAME) {
      s = s.substring(0, MAX_SORT_NAME);
    }
    RawCollationKey key = ARABIC_COLLATOR.getRawCollationKey(s, null);
    return new BytesRef(key.bytes, 0, key.size);
  }

  /**
   * The folder facet path of a file: its root ({@code /}) and then one folder name per level;
   * empty for a file without a parent folder or a path that is not one.
   */
  public static String[] folderPath(String file) {
    // The files of a folder come one after another: the folder's components are made once.
    String folder = file.substring(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    if (folder.length() == file.length()) {
      return parentComponents(file); // no name after the last separator: its parent is another
    }
    FolderComponents last = LAST_FOLDER_PATH.get();
    if (last == null || !last.folder().equals(folder)) {
      last = new FolderComponents(folder, parentComponents(file));
      LAST_FOLDER_PATH.set(last);
    }
    return last.components().clone(); // the caller's to keep or change
  }

  /** {@link #folderPath}, computed. */
  static String[] parentComponents(String file) {
    Path parent;
    try {
      parent = Path.of(file).getParent();
    } catch (InvalidPathException e) {
      return new String[0];
    }
    if (parent == null) {
      return new String[0];
    }
    List<String> components = new ArrayList<>();
    if (parent.getRoot() != null) {
      components.add(parent.getRoot().toString());
    }
    for (Path name : parent) {
      components.add(name.toString());
    }
    return components.toArray(String[]::new);
  }

  /** The folder a {@link #folderPath} names, as a path string ({@code /home/x}). */
  public static String folderName(List<String> components) {
    if (components.isEmpty()) {
      return "";
    }
    String first = components.get(0);
    boolean rooted = first.endsWith("/") || first.endsWith("\\");
    if (!rooted) {
      return String.join("/", components);
    }
    String separator = first.endsWith("\\") ? "\\" : "/";
    return first + String.join(separator, components.subList(1, components.size()));
  }
}
