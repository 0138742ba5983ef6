package org.fahras.plugins.export;

import java.util.ArrayList;
import java.util.List;
import org.fahras.api.EntityType;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Snippet;

/**
 * The columns of a hit in the tabular exports (CSV and XLSX), in order: rank, title, path, type,
 * size, modified, date, score, snippets, one column per known entity type ({@link #ENTITY_TYPES})
 * and a last one for entities of other types.
 *
 * <p>{@link #values} gives typed values: {@link Integer} rank, {@link Long} size, {@link
 * java.time.Instant} dates (null when unknown), {@link Float} score and {@link String} for the
 * rest, every string already {@linkplain Texts#clean cleaned} (formula neutralisation is left to
 * each format).
 */
final class HitColumns {

  /** The entity types with a column of their own, in column order. */
  static final List<String> ENTITY_TYPES =
      List.of(
          EntityType.PERSON,
          EntityType.LOCATION,
          EntityType.ORGANIZATION,
          EntityType.DATE,
          EntityType.TIME,
          EntityType.MONEY,
          EntityType.PERCENT);

  static final int RANK = 0;
  static final int TITLE = 1;
  static final int PATH = 2;
  static final int TYPE = 3;
  static final int SIZE = 4;
  static final int MODIFIED = 5;
  static final int DATE = 6;
  static final int SCORE = 7;
  static final int SNIPPETS = 8;
  /** The first entity column; {@link #ENTITY_TYPES} follow in order, then the others column. */
  static final int FIRST_ENTITY = 9;

  static final int COUNT = FIRST_ENTITY + ENTITY_TYPES.size() + 1;

  private HitColumns() {}

  /** The column headings in the export's language. */
  static List<String> headings(Messages m) {
    List<String> h = new ArrayList<>(COUNT);
    for (String key :
        List.of("rank", "title", "path", "type", "size", "modified", "date", "score", "snippets")) {
      h.add(m.get("column." + key));
    }
    for (String type : ENTITY_TYPES) {
      h.add(m.entityColumn(type));
    }
    h.add(m.get("column.otherEntities"));
    return h;
  }

  /** The values of a hit's row, typed as described in the class comment. */
  static List<Object> values(Hit hit) {
    List<Object> v = new ArrayList<>(COUNT);
    v.add(hit.rank());
    v.add(Texts.clean(hit.title()));
    v.add(Texts.clean(hit.path()));
    v.add(Texts.clean(hit.contentType()));
    v.add(hit.size());
    v.add(hit.modified());
    v.add(hit.date());
    v.add(score(hit));
    v.add(snippetText(hit));
    for (String type : ENTITY_TYPES) {
      v.add(names(hit, type));
    }
    v.add(otherEntities(hit));
    return v;
  }

  /** The hit's score, 0 when it is not a finite number (results not ranked by relevance). */
  static float score(Hit hit) {
    return Float.isFinite(hit.score()) ? hit.score() : 0f;
  }

  /** The snippets' plain text, passages joined by {@link Texts#PASSAGE_SEPARATOR}. */
  static String snippetText(Hit hit) {
    StringBuilder b = new StringBuilder();
    for (Snippet s : hit.snippets()) {
      if (b.length() > 0) {
        b.append(Texts.PASSAGE_SEPARATOR);
      }
      b.append(Texts.clean(s.text()));
    }
    return b.toString();
  }

  /** The names of the hit's entities of {@code type}, joined by {@link Texts#NAME_SEPARATOR}. */
  static String names(Hit hit, String type) {
    StringBuilder b = new StringBuilder();
    for (Entity e : hit.entities()) {
      if (e.type().equals(type)) {
        if (b.length() > 0) {
          b.append(Texts.NAME_SEPARATOR);
        }
        b.append(Texts.clean(e.name()));
      }
    }
    return b.toString();
  }

  /** Entities of types without a column, as {@code TYPE: name} joined by the name separator. */
  static String otherEntities(Hit hit) {
    StringBuilder b = new StringBuilder();
    for (Entity e : hit.entities()) {
      if (!ENTITY_TYPES.contains(e.type())) {
        if (b.length() > 0) {
          b.append(Texts.NAME_SEPARATOR);
        }
        b.append(Texts.clean(e.type())).append(": ").append(Texts.clean(e.name()));
      }
    }
    return b.toString();
  }
}
