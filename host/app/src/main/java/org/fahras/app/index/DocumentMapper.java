package org.fahras.app.index;

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
import org.apache.lucene.util.BytesRef;
import org.fahras.api.AnalysisField;
import org.fahras.api.DocumentParseException;
import org.fahras.api.ParsedDocument;

/**
 * Turns a {@link ParsedDocument} (with its embedded documents) or a parse failure into the
 * Lucene records of one file, following {@link IndexFields}.
 */
public final class DocumentMapper {

  private final List<AnalysisField> analysisFields;

  /**
   * @param analysisFields the analysed field kinds of the index; each text field is written once
   *     per kind
   */
  public DocumentMapper(java.util.Collection<AnalysisField> analysisFields) {
    this.analysisFields = List.copyOf(analysisFields);
  }

  /** The block of records for a parsed file: the file first, then every embedded document. */
  public List<Document> toDocuments(FileFingerprint file, String parserId, ParsedDocument parsed) {
    List<Document> docs = new ArrayList<>();
    String path = file.path().toString();
    docs.add(toDocument(file, path, parserId, parsed));
    addEmbedded(file, path, parserId, parsed, docs);
    return docs;
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
    addText(d, IndexFields.BODY, p.text());
    if (p.title() != null && !p.title().isBlank()) {
      addText(d, IndexFields.TITLE, p.title().strip());
    }
    if (p.author() != null && !p.author().isBlank()) {
      addText(d, IndexFields.AUTHOR, p.author().strip());
    }
    d.add(new StringField(IndexFields.CONTENT_TYPE, p.contentType(), Field.Store.YES));
    if (p.language() != null && !p.language().isBlank()) {
      d.add(new StringField(IndexFields.LANGUAGE, p.language(), Field.Store.YES));
    }
    d.add(new StringField(IndexFields.PARSER, parserId, Field.Store.YES));
    addInstant(d, IndexFields.CREATED, p.created());
    addInstant(d, IndexFields.MODIFIED, p.modified());
    for (String w : p.warnings()) {
      d.add(new StoredField(IndexFields.WARNING, w));
    }
    return d;
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
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

}
