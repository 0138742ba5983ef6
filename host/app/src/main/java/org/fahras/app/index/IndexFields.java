package org.fahras.app.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: names and types of every field Fahras writes.
 *
 * <p>Every indexed file gives one record per document: the file itself and one per embedded
 * entry (archive member, attachment), all sharing {@link #FILE}, so re-indexing a file replaces
 * its whole block atomically. A file that could not be read gives one {@link #KIND_FAILURE}
 * record instead, so failures survive restarts and are retried only when the file changes.
 */
public final class IndexFields {

  /** The on-disk file a record belongs to (absolute path); the unit of update and delete. */
  public static final String FILE = "file";
  /** What the user sees: the file path, or {@code file!/entry} for an embedded document. */
  public static final String PATH = "path";
  /** {@link #KIND_DOC} or {@link #KIND_FAILURE}. */
  public static final String KIND = "kind";
  public static final String KIND_DOC = "doc";
  public static final String KIND_FAILURE = "failure";

  /** Body text: stored, analysed with the STEMMED analyzer, offsets in postings. */
  public static final String BODY = "body";
  /** Title: stored, analysed like the body. */
  public static final String TITLE = "title";
  /** Author: stored, analysed like the body. */
  public static final String AUTHOR = "author";
  /** Base names of the analysed text fields; each has one index field per analysis kind. */
  public static final List<String> ANALYZED_BASES = List.of(BODY, TITLE, AUTHOR);

  /** The media type as the parser detected it (stored, indexed as is). */
  public static final String CONTENT_TYPE = "type";
  /**
   * Search keys of the media type, lower case and without parameters: the whole type ({@code
   * application/pdf}), its main type ({@code application}) and its subtype ({@code pdf}).
   */
  public static final String TYPE_KEY = "type_key";
  /** Lower-case file extension without the dot (stored). */
  public static final String EXTENSION = "ext";
  /** The language the parser detected, as it said it (stored). */
  public static final String LANGUAGE = "lang";
  /** Search keys of the language: the lower-case tag ({@code ar-sa}) and its language ({@code ar}). */
  public static final String LANGUAGE_KEY = "lang_key";
  public static final String PARSER = "parser";
  /**
   * Path terms for {@code path:} queries: every folder and file-name component of {@link #PATH}
   * and every word in them, lower case and with Arabic letters normalised ({@link
   * FieldValues#pathTerms}).
   */
  public static final String PATH_TERM = "path_term";
  /**
   * The document's date: its own modification date, else its creation date, else the file's
   * modification time; epoch milliseconds (point + stored + doc values). Sorting by date, {@code
   * date:}/{@code modified:} ranges and the year facet use it.
   */
  public static final String DATE = "date";
  /** ICU Arabic collation key of the name shown for a hit (title, else file name): sorted doc values. */
  public static final String NAME_SORT = "name_sort";
  /** File size in bytes (point + stored + doc values). */
  public static final String SIZE = "size";
  /** File modification time, epoch milliseconds (point + stored + doc values). */
  public static final String MTIME = "mtime";
  /** Dates the document itself states, epoch milliseconds (point + stored). */
  public static final String CREATED = "created";
  public static final String MODIFIED = "modified";
  /** Warnings from parsing (stored). */
  public static final String WARNING = "warning";
  /** Failure records: the reason category and the message (stored). */
  public static final String FAILURE_REASON = "failure_reason";
  public static final String FAILURE_MESSAGE = "failure_message";

  /** Commit user data: the analysis signature the index was built with. */
  public static final String COMMIT_ANALYSIS = "fahras.analysis";
  /** Commit user data: when the last indexing run finished (ISO-8601). */
  public static final String COMMIT_LAST_RUN = "fahras.lastRun";
  /** Commit user data: when the run that made the commit started, until it completes. */
  public static final String COMMIT_RUN_STARTED = "fahras.runStarted";
  /** Commit user data: the roots of that run ({@link java.io.File#pathSeparator}-separated). */
  public static final String COMMIT_RUN_ROOTS = "fahras.runRoots";
  /** Commit user data: the schema version. */
  public static final String COMMIT_SCHEMA = "fahras.schema";
  /**
   * The schema version. An index written with another version is indexed again from scratch
   * (every file re-parsed), like one built with another analysis.
   *
   * <p>2: facets, {@link #DATE}, {@link #NAME_SORT}, {@link #PATH_TERM}, {@link #TYPE_KEY},
   * {@link #LANGUAGE_KEY}. 3: {@link #BODY} is the last stored field of a document, so reading the
   * others stops before it ({@link #bodyStoredLast}). 4: {@link #BODY} is stored in the compact
   * encoding of {@link StoredText} (Arabic letters one byte each; the reader reads both ways, the
   * version is raised so that a Fahras from before it, which would find no text in the new
   * documents, re-indexes instead).
   */
  public static final String SCHEMA_VERSION = "4";

  /**
   * Whether the documents of an index of this schema version (from its commit data; null when it
   * does not say) store {@link #BODY} after every other field.
   */
  public static boolean bodyStoredLast(String schemaVersion) {
    if (schemaVersion == null) {
      return false;
    }
    try {
      return Integer.parseInt(schemaVersion) >= 3;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Facet dimension: media type without parameters ({@code application/pdf}). */
  public static final String FACET_TYPE = "type";
  /** Facet dimension: file extension. */
  public static final String FACET_EXT = "ext";
  /** Facet dimension: the year of {@link #DATE} (UTC). */
  public static final String FACET_YEAR = "year";
  /**
   * Facet dimension, hierarchical: the folder of the on-disk file, one path component per level,
   * the first being the file system root ({@code /}, {@code C:\}).
   */
  public static final String FACET_FOLDER = "folder";
  /** Facet dimension: language (lower case). */
  public static final String FACET_LANG = "lang";
  /** Every facet dimension, in the order they are shown. */
  public static final List<String> FACET_DIMS =
      List.of(FACET_TYPE, FACET_EXT, FACET_YEAR, FACET_FOLDER, FACET_LANG);

  /** Stored text with positions and offsets in postings, for the unified highlighter. */
  public static final FieldType STORED_TEXT_WITH_OFFSETS;

  /**
   * Stored text with positions but no offsets in postings: the highlighter finds a hit's offsets
   * with the analysis provider's offsets analyzer (API 1.7.0).
   */
  public static final FieldType STORED_TEXT_WITH_POSITIONS;

  static {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    STORED_TEXT_WITH_OFFSETS = t;
    FieldType p = new FieldType(TextField.TYPE_STORED);
    p.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    p.freeze();
    STORED_TEXT_WITH_POSITIONS = p;
  }

  /**
   * The facets configuration of the schema: sorted-set doc-values facets (no taxonomy index) in
   * Lucene's default {@code $facets} field, {@link #FACET_FOLDER} hierarchical, without drill-down
   * terms (filters go through the schema's own keyword and point fields). The index side
   * ({@code FacetsConfig.build}) and the search side (counting) must use the same.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(FACET_FOLDER, true);
    for (String dim : ENTITY_DIMS) {
      config.setMultiValued(dim, true);
      // Filters use the entity.<dim> keyword fields: no drill-down terms to invert.
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    for (String dim : FACET_DIMS) {
      // Filters use the type_key, ext, date, path and lang_key fields.
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /**
   * Facet dimensions (and filter fields) of the entities a document mentions, one per entity type
   * the host knows: {@code person}, {@code location}, {@code organization}, {@code
   * date_mentioned} (the dates a text mentions; {@code date} is the document's own), {@code
   * year_mentioned} (their Gregorian years, {@link org.fahras.app.entities.MentionedYears}), {@code time},
   * {@code money}, {@code percent}. Values are the recognisers' normalised forms.
   */
  public static final List<String> ENTITY_DIMS =
      List.of("person", "location", "organization", "date_mentioned", "year_mentioned", "time", "money", "percent");

  /**
   * Prefix of the keyword fields holding a document's entities by dimension, e.g. {@code
   * entity.person}: the normalised form, for filters; any type, known or not.
   */
  public static final String ENTITY_PREFIX = "entity.";

  /**
   * Stored field with each distinct entity of a document as {@code TYPE<TAB>normalised form}, in
   * text order of first mention, one a line in a single value (older indexes: one value each), for
   * exports.
   */
  public static final String ENTITY_STORED = "entities";

  /** Most distinct entities of one type recorded per document (facets stay small). */
  public static final int MAX_ENTITIES_PER_TYPE = 500;

  private IndexFields() {}
}
