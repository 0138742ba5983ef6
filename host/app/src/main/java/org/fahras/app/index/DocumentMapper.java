package org.fahras.app.index;

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
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
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
  /** The type of the base text fields: with offsets in their postings, or positions only. */
  private final FieldType textType;
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
    this(analysisFields, entities, true);
  }

  /**
   * @param analysisFields the analysed field kinds of the index; each text field is written once
   *     per kind
   * @param entities the recognisers whose entities become filter fields and facets
   * @param offsetsInPostings whether the base text fields ({@code body}, {@code title}, {@code
   *     author}) have offsets in their postings; without them the highlighter needs the analysis
   *     provider's offsets analyzer ({@code IndexAnalysis.offsetsAnalyzer})
   */
  public DocumentMapper(
      java.util.Collection<AnalysisField> analysisFields, EntityExtraction entities, boolean offsetsInPostings) {
    this.analysisFields = List.copyOf(analysisFields);
    this.entities = entities;
    this.textType = offsetsInPostings ? IndexFields.STORED_TEXT_WITH_OFFSETS : IndexFields.STORED_TEXT_WITH_POSITIONS;
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
      Document direct = withFacetDocValues(d);
      built.add(direct != null ? direct : buildWithFacetsConfig(d));
    }
    return built;
  }

  /** {@link FacetsConfig#build} of a record: the doc values and drill-down terms Lucene reads. */
  private Document buildWithFacetsConfig(Document d) {
    try {
      return facets.build(d);
    } catch (IOException e) {
      // Only a taxonomy writer does I/O here, and sorted-set facets have none.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record with each {@link SortedSetDocValuesFacetField} replaced by the doc values {@link
   * FacetsConfig#build} makes of it — the label of the value ({@link FacetsConfig#pathToString}),
   * and for a hierarchical dimension the labels of the dimension and of every level above the
   * value too — the other fields kept in their order; or null when the record has a facet the
   * shortcut does not cover (drill-down terms configured), which then goes through {@link
   * FacetsConfig#build}. The same fields ({@code DocumentMapperTest}) without the copies and
   * checks of the general builder, which cost about 1 % of a first run.
   */
  private Document withFacetDocValues(Document d) {
    Document out = new Document();
    for (org.apache.lucene.index.IndexableField f : d) {
      if (!(f instanceof SortedSetDocValuesFacetField facet)) {
        out.add(f);
        continue;
      }
      FacetsConfig.DimConfig dim = facets.getDimConfig(facet.dim);
      if (dim.drillDownTermsIndexing != FacetsConfig.DrillDownTermsIndexing.NONE || dim.requireDimCount) {
        return null;
      }
      if (dim.hierarchical) {
        for (int level = 0; level <= facet.path.length; level++) {
          String label = FacetsConfig.pathToString(facet.dim, java.util.Arrays.copyOf(facet.path, level));
          out.add(new SortedSetDocValuesField(dim.indexFieldName, new BytesRef(label)));
        }
      } else {
        out.add(new SortedSetDocValuesField(dim.indexFieldName, new BytesRef(FacetsConfig.pathToString(facet.dim, facet.path))));
      }
    }
    return out;
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

  /**
   * How entities of one dimension are indexed: the dimension ({@link EntityExtraction#dimension}),
   * its keyword field, the doc-values field of its facet (null when the dimension is no facet)
   * and the UTF-8 bytes its facet labels start with (the dimension and Lucene's delimiter).
   */
  private record EntityDimension(String name, String field, String facetField, byte[] labelPrefix) {}

  /** The dimension of each entity type met so far: a type's strings are made once. */
  private final java.util.concurrent.ConcurrentHashMap<String, EntityDimension> dimensions =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** More types than this (a plugin making up types) are resolved each time, not kept. */
  private static final int MAX_KNOWN_TYPES = 256;

  private EntityDimension dimensionOf(String type) {
    EntityDimension known = dimensions.get(type);
    if (known != null) {
      return known;
    }
    EntityDimension d = newDimension(EntityExtraction.dimension(type));
    if (dimensions.size() < MAX_KNOWN_TYPES) {
      dimensions.putIfAbsent(type, d);
    }
    return d;
  }

  private EntityDimension newDimension(String dim) {
    return new EntityDimension(
        dim,
        IndexFields.ENTITY_PREFIX + dim,
        IndexFields.ENTITY_DIMS.contains(dim) ? facets.getDimConfig(dim).indexFieldName : null,
        (dim + FacetsConfig.DELIM_CHAR).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The distinct values a document gives one dimension, in order of first mention. A list
   * searched in turn while it is short (a document names a handful of people or places), with a
   * set beside it once it is longer.
   */
  private static final class DimensionValues {
    /** Values a list holds before a set is made to look them up. */
    private static final int LINEAR = 12;

    final EntityDimension dimension;
    final List<String> values = new ArrayList<>(4);
    private Set<String> lookup;

    DimensionValues(EntityDimension dimension) {
      this.dimension = dimension;
    }

    /** Adds {@code v} unless it is there; whether it was added. */
    boolean add(String v) {
      if (lookup != null) {
        if (!lookup.add(v)) {
          return false;
        }
      } else {
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i).equals(v)) {
            return false;
          }
        }
        if (values.size() == LINEAR) {
          lookup = new java.util.HashSet<>(values);
          lookup.add(v);
        }
      }
      values.add(v);
      return true;
    }

    /** The values that get fields: the first {@link IndexFields#MAX_ENTITIES_PER_TYPE}. */
    int indexed() {
      return Math.min(values.size(), IndexFields.MAX_ENTITIES_PER_TYPE);
    }
  }

  /** Each indexing thread's builder of the stored entity list (cleared for each document). */
  private static final ThreadLocal<StringBuilder> STORED_LIST = ThreadLocal.withInitial(StringBuilder::new);

  /** A stored-list builder larger than this (chars) is not kept for the next document. */
  private static final int MAX_KEPT_BUILDER = 1 << 16;

  /**
   * The entities the text mentions: a keyword per distinct entity, facets for known types, and one
   * stored value listing them.
   *
   * <p>The facet values go in as the doc values {@link FacetsConfig#build} would make of {@link
   * SortedSetDocValuesFacetField}s (entity dimensions are flat, multi-valued, without drill-down
   * terms or dimension counts: {@link IndexFields#facetsConfig}), without its per-field checks and
   * label objects, their UTF-8 bytes side by side in one array per document (Lucene copies them
   * when it adds the document); {@link BackendRecords} reads entities from the keyword fields.
   */
  private void addEntities(Document d, ParsedDocument p) {
    if (entities.isEmpty()) {
      return;
    }
    List<EntityRecognizer.EntitySpan> spans = entities.findForIndex(p.text(), p.language());
    if (spans.isEmpty()) {
      return;
    }
    List<DimensionValues> byDim = new ArrayList<>(4);
    StringBuilder stored = STORED_LIST.get();
    stored.setLength(0);
    int storedCount = 0;
    int storedMax = IndexFields.MAX_ENTITIES_PER_TYPE * 4;
    for (EntityRecognizer.EntitySpan s : spans) {
      String type = s.type();
      String form = s.normalized();
      DimensionValues dv = valuesOf(byDim, dimensionOf(type));
      // Past both limits a new value would get neither a field nor a stored line.
      boolean wanted = dv.values.size() < IndexFields.MAX_ENTITIES_PER_TYPE || storedCount < storedMax;
      if (wanted && dv.add(form) && storedCount < storedMax) {
        // One stored value, an entity a line: a stored field per entity costs more to write.
        if (storedCount++ > 0) {
          stored.append('\n');
        }
        appendOneLine(stored, type);
        stored.append('\t');
        appendOneLine(stored, form);
      }
      if (type.equals(org.fahras.api.EntityType.DATE)) {
        Integer year = MentionedYears.year(form);
        if (year != null) {
          valuesOf(byDim, dimensionOf(MENTIONED_YEAR)).add(year.toString());
        }
      }
    }
    if (storedCount > 0) {
      d.add(new StoredField(IndexFields.ENTITY_STORED, stored.toString()));
    }
    if (stored.capacity() > MAX_KEPT_BUILDER) {
      STORED_LIST.remove();
    }
    byte[] labels = new byte[labelBytes(byDim)];
    int at = 0;
    for (DimensionValues dv : byDim) {
      EntityDimension dim = dv.dimension;
      int n = dv.indexed();
      for (int i = 0; i < n; i++) {
        String v = dv.values.get(i);
        d.add(new StringField(dim.field(), v, Field.Store.NO));
        if (dim.facetField() == null) {
          continue;
        }
        if (plainLabel(v)) {
          byte[] prefix = dim.labelPrefix();
          System.arraycopy(prefix, 0, labels, at, prefix.length);
          int end = org.apache.lucene.util.UnicodeUtil.UTF16toUTF8(v, 0, v.length(), labels, at + prefix.length);
          d.add(new SortedSetDocValuesField(dim.facetField(), new BytesRef(labels, at, end - at)));
          at = end;
        } else {
          d.add(new SortedSetDocValuesField(dim.facetField(), new BytesRef(facetLabel(dim.name(), v))));
        }
      }
    }
  }

  /** The UTF-8 bytes of the plain facet labels of {@code byDim}'s indexed values. */
  private static int labelBytes(List<DimensionValues> byDim) {
    int total = 0;
    for (DimensionValues dv : byDim) {
      if (dv.dimension.facetField() == null) {
        continue;
      }
      int n = dv.indexed();
      for (int i = 0; i < n; i++) {
        String v = dv.values.get(i);
        if (plainLabel(v)) {
          total += dv.dimension.labelPrefix().length
              + org.apache.lucene.util.UnicodeUtil.calcUTF16toUTF8Length(v, 0, v.length());
        }
      }
    }
    return total;
  }

  /** Whether a value's facet label is the dimension, the delimiter and the value (no escape). */
  private static boolean plainLabel(String value) {
    return value.indexOf(FacetsConfig.DELIM_CHAR) < 0 && value.indexOf(FACET_ESCAPE) < 0 && !value.isEmpty();
  }

  /** Lucene's escape for the facet delimiter ({@code FacetsConfig}'s own constant is private). */
  private static final char FACET_ESCAPE = '\u001E';

  /**
   * {@link FacetsConfig#pathToString(String, String[])} of a flat label: the concatenation when
   * the value needs no escape (nearly always), Lucene's own encoding otherwise.
   */
  static String facetLabel(String dim, String value) {
    if (plainLabel(value)) {
      return dim + FacetsConfig.DELIM_CHAR + value;
    }
    return FacetsConfig.pathToString(dim, new String[] {value});
  }

  private static DimensionValues valuesOf(List<DimensionValues> byDim, EntityDimension dim) {
    for (int i = 0; i < byDim.size(); i++) {
      DimensionValues dv = byDim.get(i);
      if (dv.dimension == dim || dv.dimension.name().equals(dim.name())) {
        return dv;
      }
    }
    DimensionValues dv = new DimensionValues(dim);
    byDim.add(dv);
    return dv;
  }

  private static void appendOneLine(StringBuilder b, String s) {
    if (s.indexOf('\n') < 0) {
      b.append(s);
    } else {
      b.append(s.replace('\n', ' '));
    }
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
    // The body, most of a record's stored bytes, is stored in the compact encoding (StoredText).
    d.add(base.equals(IndexFields.BODY) ? new StoredText.Body(base, text, textType) : new Field(base, text, textType));
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
