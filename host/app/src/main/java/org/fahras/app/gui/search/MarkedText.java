package org.fahras.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import org.fahras.app.search.TextRange;

/**
 * A snippet as plain text plus the ranges of its hits, read from the search service's markup
 * (hits in {@code <mark>…</mark>}, everything else HTML-escaped). The text is meant to be drawn
 * as plain text — document text is untrusted and never goes through an HTML renderer — with the
 * hit ranges painted behind it.
 */
public record MarkedText(String text, List<TextRange> marks) {

  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";

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
    StringBuilder text = new StringBuilder(markup.length());
    List<TextRange> marks = new ArrayList<>();
    int markStart = -1;
    int i = 0;
    while (i < markup.length()) {
      if (markup.startsWith(OPEN, i)) {
        markStart = markStart < 0 ? text.length() : markStart;
        i += OPEN.length();
      } else if (markup.startsWith(CLOSE, i)) {
        if (markStart >= 0 && text.length() > markStart) {
          marks.add(new TextRange(markStart, text.length()));
        }
        markStart = -1;
        i += CLOSE.length();
      } else if (markup.charAt(i) == '&') {
        i = entity(markup, i, text);
      } else {
        text.append(markup.charAt(i++));
      }
    }
    if (markStart >= 0 && text.length() > markStart) {
      marks.add(new TextRange(markStart, text.length()));
    }
    return new MarkedText(text.toString(), marks);
  }

  private static int entity(String s, int at, StringBuilder out) {
    for (String[] e : new String[][] {{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}}) {
      if (s.startsWith(e[0], at)) {
        out.append(e[1]);
        return at + e[0].length();
      }
    }
    out.append('&');
    return at + 1;
  }

  /** The text of each mark, for tests and accessibility. */
  public List<String> markedWords() {
    return marks.stream().map(r -> text.substring(r.start(), r.end())).toList();
  }
}
