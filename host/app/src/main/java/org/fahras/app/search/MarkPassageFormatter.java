package org.fahras.app.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as separate snippets: hits wrapped in {@code <mark>…</mark>},
 * everything else HTML-escaped, runs of white space collapsed.
 *
 * <p>The result of {@link #format} is a {@code List<String>}, one entry per passage, in text
 * order. Public for the solrcloud plugin's Solr highlighter, which writes the desktop's snippets
 * with it.
 */
public final class MarkPassageFormatter extends PassageFormatter {

  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>();
    for (Passage p : passages) {
      StringBuilder sb = new StringBuilder();
      int pos = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = p.getMatchStarts()[i];
        int end = p.getMatchEnds()[i];
        if (start < pos) {
          // overlapping match (e.g. the same word matched by two fields): extend the last mark
          if (end > pos) {
            int cut = sb.lastIndexOf(CLOSE);
            sb.setLength(cut);
            escape(content, pos, end, sb);
            sb.append(CLOSE);
            pos = end;
          }
          continue;
        }
        escape(content, pos, start, sb);
        sb.append(OPEN);
        escape(content, start, end, sb);
        sb.append(CLOSE);
        pos = end;
      }
      escape(content, pos, p.getEndOffset(), sb);
      String s = sb.toString().replaceAll("\\s+", " ").strip();
      if (!s.isEmpty()) {
        snippets.add(s);
      }
    }
    return snippets;
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
