package org.fahras.app.gui.search;

import java.util.List;
import org.fahras.app.search.SnippetMarkup;
import org.fahras.app.search.TextRange;

/**
 * A snippet as plain text plus the ranges of its hits, read from the search service's markup
 * (hits in {@code <mark>…</mark>}, everything else HTML-escaped). The text is meant to be drawn
 * as plain text — document text is untrusted and never goes through an HTML renderer — with the
 * hit ranges painted behind it.
 */
public record MarkedText(String text, List<TextRange> marks) {

  public MarkedText {
    marks = List.copyOf(marks);
  }

  /** Plain text without marks. */
  public static MarkedText plain(String text) {
    return new MarkedText(text == null ? "" : text, List.of());
  }

  /**
   * Reads a marked snippet. Entities other than the five the service writes are left as they
   * are; an unclosed mark runs to the end.
   */
  public static MarkedText parse(String markup) {
    SnippetMarkup.Parsed p = SnippetMarkup.parse(markup);
    return new MarkedText(p.text(), p.marks());
  }

  /** The text of each mark, for tests and accessibility. */
  public List<String> markedWords() {
    return marks.stream().map(r -> text.substring(r.start(), r.end())).toList();
  }
}
