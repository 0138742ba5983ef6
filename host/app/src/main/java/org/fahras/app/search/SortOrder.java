package org.fahras.app.search;

/** The order of search hits. */
public enum SortOrder {
  /** Best match first (BM25 score). */
  RELEVANCE,
  /** Newest document first: the document's own date, else the file's modification time. */
  DATE,
  /** By the name shown for a hit (title, else file name) in Arabic alphabetical order (ICU). */
  NAME
}
