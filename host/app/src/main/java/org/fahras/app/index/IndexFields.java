package org.fahras.app.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
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

  public static final String CONTENT_TYPE = "type";
  public static final String EXTENSION = "ext";
  public static final String LANGUAGE = "lang";
  public static final String PARSER = "parser";
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
  /** Commit user data: the schema version. */
  public static final String COMMIT_SCHEMA = "fahras.schema";
  public static final String SCHEMA_VERSION = "1";

  /** Stored text with positions and offsets in postings, for the unified highlighter. */
  public static final FieldType STORED_TEXT_WITH_OFFSETS;

  static {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    STORED_TEXT_WITH_OFFSETS = t;
  }

  private IndexFields() {}
}
