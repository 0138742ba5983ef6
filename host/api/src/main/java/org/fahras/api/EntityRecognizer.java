package org.fahras.api;

import java.util.List;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Finds named entities (persons, places, organisations, dates …) in extracted text.
 *
 * <p>The host runs every enabled recogniser over each document's text at index time (the
 * entities become index fields and facets) and again over the text it displays (snippets,
 * preview) to colour them. Spans are {@link String} indexes into exactly the text passed in;
 * the host drops spans outside the text or with {@code start >= end}, and resolves overlaps
 * between recognisers (longest span first, then the recogniser with the higher extension
 * ordinal).
 *
 * <p>Threading: one instance serves every thread at once; {@link #recognize} must be
 * thread-safe and must not keep the text. It should be linear in the text's length: the host
 * calls it on texts of several megabytes, and stops waiting for it after a time limit.
 *
 * @since 1.2.0
 */
public interface EntityRecognizer extends ExtensionPoint {

  /** A short stable identifier, e.g. {@code arabic-entities}. */
  String id();

  /**
   * A token that changes whenever what this recogniser finds changes in a way that makes
   * existing indexes stale (new lists, new rules, a changed setting), so the host re-indexes.
   */
  default String recognitionVersion() {
    return "1";
  }

  /**
   * The types this recogniser can produce, e.g. {@link EntityType#PERSON}; other plugins may
   * add their own upper-case type names.
   */
  Set<String> types();

  /**
   * The entities in {@code text}, in ascending order of {@code start}; never {@code null}.
   *
   * @param text the document's extracted text (or the part of it being displayed)
   * @param language the text's ISO 639-1 language code, or {@code null} when unknown
   */
  List<EntitySpan> recognize(String text, String language);

  /**
   * The entities in {@code text} as the index needs them: the index keeps each distinct pair of
   * type and {@linkplain EntitySpan#normalized() normalised form} of a document (for facets and
   * filters), not every mention. The result must hold the pairs that {@link #recognize} gives
   * for the same text; a recogniser may leave out mentions whose pair it also returns elsewhere
   * in the text when that saves work (a name found again further on, which
   * {@link #recognize} gives for highlighting). Same order and span rules as {@link #recognize},
   * except that since 1.8.0 a span's {@linkplain EntitySpan#text() surface form} may be empty:
   * the index keeps type and normalised form only, and the host reads nothing else of these
   * spans but their offsets.
   *
   * <p>The default returns {@link #recognize}'s result.
   *
   * @param text the document's extracted text
   * @param language the text's ISO 639-1 language code, or {@code null} when unknown
   * @since 1.5.0
   */
  default List<EntitySpan> recognizeForIndex(String text, String language) {
    return recognize(text, language);
  }

  /**
   * Names the user added (from a file or the GUI), to be recognised from now on; replaces any
   * earlier list. Called once after start-up and again after each change, never concurrently
   * with itself. Recognisers that do not support user entries ignore it (the default).
   *
   * @param entries the user's names with their types
   */
  default void userEntities(List<UserEntity> entries) {}

  /**
   * One entity found in a text.
   *
   * @param start index of the first character, inclusive
   * @param end index after the last character, exclusive
   * @param type an {@link EntityType} constant or another upper-case type name
   * @param text the surface form, exactly {@code text.substring(start, end)}
   * @param normalized the canonical form used for facets and grouping (for example without
   *     tashkeel, clitics or a leading title), never {@code null}
   */
  record EntitySpan(int start, int end, String type, String text, String normalized) {
    public EntitySpan {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span " + start + ".." + end);
      }
      java.util.Objects.requireNonNull(type, "type");
      java.util.Objects.requireNonNull(text, "text");
      java.util.Objects.requireNonNull(normalized, "normalized");
    }
  }

  /**
   * A name the user wants recognised.
   *
   * @param text the name as the user typed it
   * @param type its type, an {@link EntityType} constant or another upper-case type name
   */
  record UserEntity(String text, String type) {
    public UserEntity {
      java.util.Objects.requireNonNull(text, "text");
      java.util.Objects.requireNonNull(type, "type");
    }
  }
}
