package org.fahras.app.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the snippet markup the search service writes (hits in {@code <mark>…</mark>}, everything
 * else HTML-escaped) back into plain text and the ranges of its hits.
 */
public final class SnippetMarkup {

  private static final String OPEN = MarkPassageFormatter.OPEN;
  private static final String CLOSE = MarkPassageFormatter.CLOSE;

  /**
   * A snippet as plain text and its marked ranges, in order.
   *
   * @param text the plain text (unescaped)
   * @param marks the hit ranges in {@code text}
   */
  public record Parsed(String text, List<TextRange> marks) {
    public Parsed {
      marks = List.copyOf(marks);
    }
  }

  private SnippetMarkup() {}

  /**
   * Reads a marked snippet. Entities other than the five the service writes are left as they
   * are; an unclosed mark runs to the end.
   */
  public static Parsed parse(String markup) {
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
    return new Parsed(text.toString(), marks);
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
}
