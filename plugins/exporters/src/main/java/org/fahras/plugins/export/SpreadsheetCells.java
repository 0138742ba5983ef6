package org.fahras.plugins.export;

/**
 * Formula injection guard for spreadsheet cells ("CSV injection"): a text cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some programs
 * skip before looking) is taken by Excel and LibreOffice for a formula when the file is opened,
 * and a document's title such as {@code =HYPERLINK(…)} or {@code =cmd|…} would run.
 *
 * <p>CSV has no cell types, so such a cell is written with a leading apostrophe ({@code '=1+1}),
 * which spreadsheet programs show as text. XLSX has: its cells are string cells, and those that
 * start with one of the characters also get Excel's "quote prefix" style, so they stay text even
 * when edited, while the value itself is unchanged.
 */
final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** Whether a text cell holding {@code text} would be read as a formula. */
  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code text} made safe for a CSV cell: prefixed with an apostrophe if it looks like a formula. */
  static String neutralise(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }
}
