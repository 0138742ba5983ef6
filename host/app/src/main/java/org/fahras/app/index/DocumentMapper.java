package org.fahras.app.index;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.fahras.api.EntityRecognizer;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.entities.MentionedYears;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.fahras.api.AnalysisField;
import org.fahras.api.DocumentParseException;
import org.fahras.api.ParsedDocument;

/**
 * Turns a {@link ParsedDocument} (with its embedded documents) or a parse failure into the
 * Lucene records of one file, following {@link IndexFields}.
 *
 * <p>Document records also get their search keys ({@link FieldValues}), the document date, the
 * name sort key and the facet values (type, ext, year, folder, lang), the last ones passed
 * through {@link IndexFields#facetsConfig()}. Safe for use by several threads.
 */
public final class DocumentMapper {

  private final List<AnalysisField> analysisFields;
  private final EntityExtraction entities;
  private final FacetsConfig facets = IndexFields.facetsConfig();

  /**
   * @param analysisFields the analysed field kinds of the index; each text field is written once
   *     per kind
   */
  public DocumentMapper(java.util.Collection<AnalysisField> analysisFields) {
    this(analysisFields, EntityExtraction.NONE);
  }

  /**
   * @param analysisFields the analysed field kinds of the index; each text field is written once
   *     per kind
   * @param entities the recognisers whose entities become filter fields and facets
   */
  public DocumentMapper(java.util.Collection<AnalysisField> analysisFields, EntityExtraction entities) {
    this.analysisFields = List.copyOf(analysisFields);
    this.entities = entities;
  }

  /** The entity recognition this mapper runs. */
  public EntityExtraction entities() {
    return entities;
  }

  /** The block of records for a parsed file: the file first, then every embedded document. */
  public List<Document> toDocuments(FileFingerprint file, String parserId, ParsedDocument parsed) {
    return build(toFields(file, parserId, parsed));
  }

  /**
   * The block of records for a parsed file before Lucene's facet encoding: facet values are still
   * {@link SortedSetDocValuesFacetField}s, readable by {@link BackendRecords}. {@link #build} makes
   * them what an index writer takes.
   */
  public List<Document> toFields(FileFingerprint file, String parserId, ParsedDocument parsed) {
    List<Document> docs = new ArrayList<>();
    String path = file.path().toString();
    docs.add(toDocument(file, path, parserId, parsed));
    addEmbedded(file, path, parserId, parsed, docs);
    return docs;
  }

  /** Records of {@link #toFields} with their facet fields encoded for the index writer. */
  public List<Document> build(List<Document> docs) {
    List<Document> built = new ArrayList<>(docs.size());
    for (Document d : docs) {
      try {
        // Turns the facet fields into the doc values and drill-down terms Lucene reads.
        built.add(facets.build(d));
      } catch (IOException e) {
        // Only a taxonomy writer does I/O here, and sorted-set facets have none.
        throw new UncheckedIOException(e);
      }
    }
    return built;
  }

  private void addEmbedded(
      FileFingerprint file, String parentPath, String parserId, ParsedDocument parent, List<Document> out) {
    for (ParsedDocument.EmbeddedDocument e : parent.embedded()) {
      String entry = e.entryPath().startsWith("/") ? e.entryPath().substring(1) : e.entryPath();
      String path = parentPath + "!/" + entry;
      out.add(toDocument(file, path, parserId, e.document()));
      addEmbedded(file, path, parserId, e.document(), out);
    }
  }

  private Document toDocument(FileFingerprint file, String path, String parserId, ParsedDocument p) {
    Document d = common(file, path, IndexFields.KIND_DOC);
    boolean titled = p.title() != null && !p.title().isBlank();
    if (titled) {
      addText(d, IndexFields.TITLE, p.title().strip());
    }
    if (p.author() != null && !p.author().isBlank()) {
      addText(d, IndexFields.AUTHOR, p.author().strip());
    }
    d.add(new StringField(IndexFields.CONTENT_TYPE, p.contentType(), Field.Store.YES));
    for (String key : FieldValues.typeKeys(p.contentType())) {
      d.add(new StringField(IndexFields.TYPE_KEY, key, Field.Store.NO));
    }
    if (p.language() != null && !p.language().isBlank()) {
      d.add(new StringField(IndexFields.LANGUAGE, p.language(), Field.Store.YES));
      for (String key : FieldValues.languageKeys(p.language())) {
        d.add(new StringField(IndexFields.LANGUAGE_KEY, key, Field.Store.NO));
      }
    }
    d.add(new StringField(IndexFields.PARSER, parserId, Field.Store.YES));
    addInstant(d, IndexFields.CREATED, p.created());
    addInstant(d, IndexFields.MODIFIED, p.modified());
    long date = FieldValues.documentDate(p.modified(), p.created(), file.modifiedMillis());
    d.add(new LongPoint(IndexFields.DATE, date));
    d.add(new StoredField(IndexFields.DATE, date));
    d.add(new NumericDocValuesField(IndexFields.DATE, date));
    for (String term : FieldValues.pathTerms(path)) {
      d.add(new StringField(IndexFields.PATH_TERM, term, Field.Store.NO));
    }
    String name = titled ? p.title() : fileName(path);
    d.add(new SortedDocValuesField(IndexFields.NAME_SORT, FieldValues.nameSortKey(name)));
    addFacets(d, file, p, date, path);
    addEntities(d, p);
    for (String w : p.warnings()) {
      d.add(new StoredField(IndexFields.WARNING, w));
    }
    // Last, so that a hit's other stored fields are read without decompressing the text, which
    // can be megabytes (schema version 3).
    addText(d, IndexFields.BODY, p.text());
    return d;
  }

  private static void addFacets(Document d, FileFingerprint file, ParsedDocument p, long date, String path) {
    String type = FieldValues.mediaType(p.contentType());
    if (!type.isEmpty()) {
      d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, type));
    }
    String ext = extension(path);
    if (!ext.isEmpty()) {
      d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_EXT, ext));
    }
    d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, Integer.toString(FieldValues.year(date))));
    String[] folder = FieldValues.folderPath(file.path().toString());
    if (folder.length > 0) {
      d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_FOLDER, folder));
    }
    if (p.language() != null && !p.language().isBlank()) {
      d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_LANG, FieldValues.language(p.language())));
    }
  }

  private static final String MENTIONED_YEAR = "year_mentioned";

  /** The entities the text mentions: a keyword per distinct entity, and facets for known types. */
  private void addEntities(Document d, ParsedDocument p) {
    if (entities.isEmpty()) {
      return;
    }
    Map<String, Set<String>> byDim = new LinkedHashMap<>();
    Set<String> stored = new LinkedHashSet<>();
    for (EntityRecognizer.EntitySpan s : entities.findForIndex(p.text(), p.language())) {
      if (stored.size() < IndexFields.MAX_ENTITIES_PER_TYPE * 4) {
        stored.add(s.type() + "\t" + s.normalized());
      }
      Set<String> values = byDim.computeIfAbsent(EntityExtraction.dimension(s.type()), k -> new LinkedHashSet<>());
      if (values.size() < IndexFields.MAX_ENTITIES_PER_TYPE) {
        values.add(s.normalized());
      }
      if (s.type().equals(org.fahras.api.EntityType.DATE)) {
        Integer year = MentionedYears.year(s.normalized());
        if (year != null) {
          byDim.computeIfAbsent(MENTIONED_YEAR, k -> new LinkedHashSet<>()).add(year.toString());
        }
      }
    }
    if (!stored.isEmpty()) {
      // One stored value, an entity a line: a stored field per entity costs more to write.
      StringBuilder all = new StringBuilder();
      for (String e : stored) {
        all.append(all.length() == 0 ? "" : "\n").append(e.replace('\n', ' '));
      }
      d.add(new StoredField(IndexFields.ENTITY_STORED, all.toString()));
    }
    byDim.forEach(
        (dim, values) -> {
          boolean facet = IndexFields.ENTITY_DIMS.contains(dim);
          for (String v : values) {
            d.add(new StringField(IndexFields.ENTITY_PREFIX + dim, v, Field.Store.NO));
            if (facet) {
              d.add(new SortedSetDocValuesFacetField(dim, v));
            }
          }
        });
  }

  /** The last segment of a path ({@code file!/entry} included). */
  static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** The single record that remembers a file that could not be read. */
  public Document toFailure(FileFingerprint file, DocumentParseException.Reason reason, String message) {
    Document d = common(file, file.path().toString(), IndexFields.KIND_FAILURE);
    d.add(new StringField(IndexFields.FAILURE_REASON, reason.name(), Field.Store.YES));
    d.add(new StoredField(IndexFields.FAILURE_MESSAGE, message == null ? "" : message));
    return d;
  }

  private static Document common(FileFingerprint file, String path, String kind) {
    Document d = new Document();
    String filePath = file.path().toString();
    d.add(new StringField(IndexFields.FILE, filePath, Field.Store.YES));
    d.add(new SortedDocValuesField(IndexFields.FILE, new BytesRef(filePath)));
    d.add(new StringField(IndexFields.PATH, path, Field.Store.YES));
    d.add(new SortedDocValuesField(IndexFields.PATH, new BytesRef(path)));
    d.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
    d.add(new StringField(IndexFields.EXTENSION, extension(path), Field.Store.YES));
    d.add(new LongPoint(IndexFields.SIZE, file.size()));
    d.add(new StoredField(IndexFields.SIZE, file.size()));
    d.add(new NumericDocValuesField(IndexFields.SIZE, file.size()));
    d.add(new LongPoint(IndexFields.MTIME, file.modifiedMillis()));
    d.add(new StoredField(IndexFields.MTIME, file.modifiedMillis()));
    d.add(new NumericDocValuesField(IndexFields.MTIME, file.modifiedMillis()));
    return d;
  }

  private void addText(Document d, String base, String text) {
    d.add(new Field(base, text, IndexFields.STORED_TEXT_WITH_OFFSETS));
    for (AnalysisField f : analysisFields) {
      if (f != AnalysisField.STEMMED) {
        d.add(new TextField(base + f.suffix(), text, Field.Store.NO));
      }
    }
  }

  private static void addInstant(Document d, String field, Instant value) {
    if (value != null) {
      d.add(new LongPoint(field, value.toEpochMilli()));
      d.add(new StoredField(field, value.toEpochMilli()));
    }
  }

  /** Lower-case extension of the last path segment, without the dot; empty when none. */
  static String extension(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

}
