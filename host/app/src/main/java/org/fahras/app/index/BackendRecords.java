package org.fahras.app.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.fahras.api.backend.BackendRecord;

/**
 * Turns the records {@link DocumentMapper#toFields} builds into a backend's records ({@link
 * BackendRecord}: field name → values), and into the slim records the local catalogue of a
 * backend keeps.
 *
 * <p>Every value the local index can return or filter on goes over: stored values, keyword terms
 * ({@code type_key}, {@code path_term} …), numbers, entity values under their type's name; the
 * text fields once, as text. What only Lucene needs (doc values for sorting, point encodings,
 * the analysed copies of a text field) stays behind.
 */
public final class BackendRecords {

  /**
   * The fields a backend's local catalogue keeps: what change detection, {@code status} and the
   * list of failed files read. No text, so the catalogue stays small.
   */
  private static final Set<String> CATALOGUE =
      Set.of(
          IndexFields.FILE,
          IndexFields.PATH,
          IndexFields.KIND,
          IndexFields.EXTENSION,
          IndexFields.SIZE,
          IndexFields.MTIME,
          IndexFields.CONTENT_TYPE,
          IndexFields.PARSER,
          IndexFields.WARNING,
          IndexFields.FAILURE_REASON,
          IndexFields.FAILURE_MESSAGE);

  private static final String FOLDER = IndexFields.FACET_FOLDER;
  private static final String YEAR = IndexFields.FACET_YEAR;

  private BackendRecords() {}

  /** A file's records for a backend. */
  public static List<BackendRecord> of(List<Document> unbuilt) {
    List<BackendRecord> out = new ArrayList<>(unbuilt.size());
    for (Document d : unbuilt) {
      out.add(of(d));
    }
    return out;
  }

  /** One record for a backend; {@code d} as {@link DocumentMapper} made it, facets not yet built. */
  public static BackendRecord of(Document d) {
    Map<String, Set<Object>> fields = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      String name = f.name();
      if (f instanceof SortedSetDocValuesFacetField facet) {
        addFacet(fields, facet.dim, facet.path);
        continue;
      }
      Object value = valueOf(f);
      if (value == null) {
        continue;
      }
      if (name.startsWith(IndexFields.ENTITY_PREFIX)) {
        name = name.substring(IndexFields.ENTITY_PREFIX.length());
      } else if (isAnalysedCopy(name)) {
        continue;
      }
      fields.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value);
    }
    String file = first(fields.remove(IndexFields.FILE));
    String path = first(fields.remove(IndexFields.PATH));
    String kind = first(fields.remove(IndexFields.KIND));
    Map<String, List<Object>> values = new LinkedHashMap<>();
    fields.forEach((k, v) -> values.put(k, List.copyOf(v)));
    return new BackendRecord(file, path, kind, values);
  }

  /**
   * The slim copy of a record the local catalogue keeps for a backend (what {@link
   * FingerprintFields} and {@code status} read); facets and text are left out.
   */
  public static Document catalogue(Document unbuilt) {
    Document slim = new Document();
    for (IndexableField f : unbuilt.getFields()) {
      if (CATALOGUE.contains(f.name()) && !(f instanceof SortedSetDocValuesFacetField)) {
        slim.add(f);
      }
    }
    return slim;
  }

  /** The catalogue's copies of a file's records. */
  public static List<Document> catalogue(List<Document> unbuilt) {
    List<Document> out = new ArrayList<>(unbuilt.size());
    for (Document d : unbuilt) {
      out.add(catalogue(d));
    }
    return out;
  }

  private static void addFacet(Map<String, Set<Object>> fields, String dim, String[] path) {
    if (dim.equals(YEAR) && path.length == 1) {
      fields.computeIfAbsent(YEAR, k -> new LinkedHashSet<>()).add(Long.parseLong(path[0]));
    } else if (dim.equals(FOLDER)) {
      Set<Object> levels = fields.computeIfAbsent(FOLDER, k -> new LinkedHashSet<>());
      for (int i = 1; i <= path.length; i++) {
        levels.add(FieldValues.folderName(Arrays.asList(path).subList(0, i)));
      }
    }
    // type, ext, lang and entity facets are derived from their fields by the backend.
  }

  /** The value a field carries for a backend: its string or stored number; null for doc values and points. */
  private static Object valueOf(IndexableField f) {
    if (f instanceof StoredField || f instanceof StringField || f instanceof Field && f.fieldType().stored()) {
      Number n = f.numericValue();
      if (n != null) {
        return n.longValue();
      }
      String s = f.stringValue();
      return s;
    }
    if (f instanceof org.apache.lucene.document.TextField t) {
      return t.stringValue();
    }
    return null;
  }

  /** Whether a field is a second analysed copy of a text field ({@code body_exact} …). */
  private static boolean isAnalysedCopy(String name) {
    for (org.fahras.api.AnalysisField kind : org.fahras.api.AnalysisField.values()) {
      String suffix = kind.suffix();
      if (!suffix.isEmpty() && name.endsWith(suffix)) {
        String base = name.substring(0, name.length() - suffix.length());
        if (base.equals(IndexFields.BODY) || base.equals(IndexFields.TITLE) || base.equals(IndexFields.AUTHOR)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String first(Set<Object> values) {
    return values == null || values.isEmpty() ? null : values.iterator().next().toString();
  }
}
