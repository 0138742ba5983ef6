package org.fahras.api.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of the index as the host builds it: a file, one of its embedded documents, or the
 * failure record of a file that could not be read.
 *
 * <p>Field names are the local index's (see the host's architecture documentation): {@code title},
 * {@code author}, {@code body} (text, analysed by the installed analysis); {@code type} (media type),
 * {@code ext}, {@code lang}, {@code parser}, {@code type_key}, {@code lang_key}, {@code path_term}
 * (keywords); {@code date}, {@code size}, {@code mtime}, {@code created}, {@code modified}
 * (epoch milliseconds or bytes, as {@link Long}); {@code warning}, {@code failure_reason},
 * {@code failure_message}; {@code entities} (one value, a {@code TYPE\tvalue} line per entity);
 * each entity type's values under its name ({@code person}, {@code location}, {@code organization},
 * {@code date_mentioned}, {@code year_mentioned} …); and the facet values {@code year} (a
 * {@link Long}) and {@code folder} (the file's folders, one value per level, each the path of that
 * level joined with {@code /}, e.g. {@code /}, {@code /home}, {@code /home/sara}). The type, ext and
 * lang facets are the lower-cased {@code type} without its parameters, {@code ext} and {@code lang}
 * with {@code _} as {@code -}. Text fields are given as plain text: the backend analyses them with
 * the installed analysis (the same analyzer provider).
 *
 * @param file the on-disk file (absolute path): the unit of update and delete
 * @param path what the user sees: the file, or {@code file!/entry}; unique
 * @param kind {@link #KIND_DOC} or {@link #KIND_FAILURE}
 * @param fields field name → values ({@link String} or {@link Long}), in the order the host added them
 * @since 1.4.0
 */
public record BackendRecord(String file, String path, String kind, Map<String, List<Object>> fields) {

  /** A document record. */
  public static final String KIND_DOC = "doc";

  /** The record of a file that could not be read. */
  public static final String KIND_FAILURE = "failure";

  public BackendRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Map<String, List<Object>> copy = new LinkedHashMap<>();
    if (fields != null) {
      fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    }
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /** The first value of a field, or null. */
  public Object first(String field) {
    List<Object> v = fields.get(field);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The first value of a field as a string, or null. */
  public String string(String field) {
    Object v = first(field);
    return v == null ? null : v.toString();
  }
}
