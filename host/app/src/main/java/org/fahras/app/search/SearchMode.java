package org.fahras.app.search;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.fahras.api.AnalysisField;

/**
 * How query words match the words of documents: which analysed fields a query searches.
 *
 * <ul>
 *   <li>{@link #NORMAL}: the word in any of its forms: tashkeel and hamza spellings ignored,
 *       prefixes and suffixes removed; the exact form ranks higher (exact and stemmed fields).
 *   <li>{@link #EXACT}: this word as written, spelling differences (tashkeel, hamza, ة/ه, ى/ي)
 *       ignored but no prefix or suffix removed (exact field).
 *   <li>{@link #VOCALISED}: like exact, and tashkeel typed in the query must agree with the
 *       document's where both have it (vocalised field).
 *   <li>{@link #ROOT}: every word of the same root, broken plurals and derivations included;
 *       exact forms first, then stems, then the rest of the root (exact, stemmed and root fields).
 * </ul>
 */
public enum SearchMode {
  NORMAL(AnalysisField.STEMMED, AnalysisField.STEMMED, AnalysisField.EXACT),
  EXACT(AnalysisField.EXACT, AnalysisField.EXACT),
  VOCALISED(AnalysisField.VOCALISED, AnalysisField.VOCALISED),
  ROOT(AnalysisField.ROOT, AnalysisField.ROOT, AnalysisField.STEMMED, AnalysisField.EXACT);

  private final AnalysisField highlight;
  private final Set<AnalysisField> fields;

  SearchMode(AnalysisField highlight, AnalysisField first, AnalysisField... rest) {
    this.highlight = highlight;
    this.fields = EnumSet.of(first, rest);
  }

  /** The fields this mode searches, each with its own boost. */
  public Set<AnalysisField> fields() {
    return fields;
  }

  /**
   * The field whose matches are marked in snippets and the preview: the widest of the mode's
   * fields, so that every word the mode matched is marked.
   */
  public AnalysisField highlightField() {
    return highlight;
  }

  /** The field this mode needs; the index must have it for the mode to be offered. */
  public AnalysisField requiredField() {
    return highlight;
  }

  /** The lower-case name used on the command line and in settings. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode with this name, case-insensitive; also {@code vocalized}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static SearchMode parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("vocalized")) {
      return VOCALISED;
    }
    for (SearchMode m : values()) {
      if (m.id().equals(n)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown search mode '" + name + "': use normal, exact, vocalised or root");
  }
}
