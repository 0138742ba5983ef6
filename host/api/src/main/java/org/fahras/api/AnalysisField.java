package org.fahras.api;

/**
 * The kinds of analysed text field the index keeps for document bodies and titles.
 *
 * <p>An {@link AnalyzerProvider} supplies an analyzer for each kind it supports; the host makes
 * one index field per kind and combines them at query time, the exact form weighing more than
 * the stemmed form, which weighs more than the root.
 */
public enum AnalysisField {
  /** Normalised and lightly stemmed; always present; holds the stored, highlighted text. */
  STEMMED("", 1.0f),
  /** Normalised but not stemmed: exact words and phrases. */
  EXACT("_exact", 2.0f),
  /** Diacritics kept, so a vocalised query matches only compatible vocalisations. */
  VOCALISED("_vocalised", 2.0f),
  /** Reduced to the word's root, reaching broken plurals and derivations. */
  ROOT("_root", 0.5f);

  private final String suffix;
  private final float defaultBoost;

  AnalysisField(String suffix, float defaultBoost) {
    this.suffix = suffix;
    this.defaultBoost = defaultBoost;
  }

  /** The suffix the host appends to a base field name, e.g. {@code body_exact}. */
  public String suffix() {
    return suffix;
  }

  /** The query-time weight of a match in this field, relative to {@link #STEMMED}. */
  public float defaultBoost() {
    return defaultBoost;
  }
}
