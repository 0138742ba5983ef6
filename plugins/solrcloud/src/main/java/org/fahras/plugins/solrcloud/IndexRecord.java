package org.fahras.plugins.solrcloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of the index, as the desktop's index mapper writes it: the file itself or one of
 * its embedded documents (or the file's failure record), all sharing {@link #file()}.
 *
 * @param file the on-disk file (absolute path): the unit of update and delete
 * @param path what the user sees: the file, or {@code file!/entry}; the unique key
 * @param kind {@code doc} or {@code failure}
 * @param title the title, or null
 * @param author the author, or null
 * @param body the text, or null
 * @param fields any other field of the configset ({@code ext}, {@code date}, {@code person} …),
 *     each with one or more values
 */
public record IndexRecord(
    String file, String path, String kind, String title, String author, String body, Map<String, List<Object>> fields) {

  public static final String KIND_DOC = "doc";
  public static final String KIND_FAILURE = "failure";

  public IndexRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    fields = Map.copyOf(fields == null ? Map.of() : fields);
  }

  /** A document record with its text and no other fields. */
  public static IndexRecord document(String file, String path, String title, String body) {
    return new IndexRecord(file, path, KIND_DOC, title, null, body, Map.of());
  }

  /** This record with one more field. */
  public IndexRecord with(String field, Object... values) {
    Map<String, List<Object>> m = new LinkedHashMap<>(fields);
    m.put(field, List.of(values));
    return new IndexRecord(file, path, kind, title, author, body, m);
  }
}
