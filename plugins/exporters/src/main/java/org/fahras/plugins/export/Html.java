package org.fahras.plugins.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;

/**
 * HTML escaping for untrusted document text. Every string that comes from a document or the user
 * passes through {@link #text} (or {@link #snippet}) before it reaches the report, so markup in
 * it ({@code <script>}, {@code onerror=}, a closing quote) is shown as text and never
 * interpreted, whether it lands in element content or a double-quoted attribute value.
 */
final class Html {

  private Html() {}

  /**
   * Writes {@code s} {@linkplain Texts#clean cleaned} and escaped ({@code & < > " '}, and CR as a
   * character reference, so the text a browser reads back is exactly the document's).
   */
  static void text(Writer w, String s) throws IOException {
    String clean = Texts.clean(s);
    escape(w, clean, 0, clean.length());
  }

  /** {@code s} cleaned and escaped, as a string. */
  static String text(String s) {
    StringBuilder b = new StringBuilder();
    String clean = Texts.clean(s);
    for (int i = 0; i < clean.length(); i++) {
      append(b, clean.charAt(i));
    }
    return b.toString();
  }

  /**
   * Writes a snippet's text escaped, its marked ranges wrapped in {@code <mark>}. Only the
   * {@linkplain Texts#validMarks valid} marks are used.
   */
  static void snippet(Writer w, Snippet snippet) throws IOException {
    String text = Texts.clean(snippet.text());
    List<Mark> marks = Texts.validMarks(text, snippet.marks());
    int at = 0;
    for (Mark m : marks) {
      escape(w, text, at, m.start());
      w.write("<mark>");
      escape(w, text, m.start(), m.end());
      w.write("</mark>");
      at = m.end();
    }
    escape(w, text, at, text.length());
  }

  private static void escape(Writer w, String s, int from, int to) throws IOException {
    int run = from;
    for (int i = from; i < to; i++) {
      String entity = entity(s.charAt(i));
      if (entity != null) {
        w.write(s, run, i - run);
        w.write(entity);
        run = i + 1;
      }
    }
    w.write(s, run, to - run);
  }

  private static void append(StringBuilder b, char c) {
    String entity = entity(c);
    if (entity == null) {
      b.append(c);
    } else {
      b.append(entity);
    }
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      // A raw CR would be turned into LF by the HTML parser; as a reference it stays itself.
      case '\r' -> "&#13;";
      default -> null;
    };
  }
}
