package org.fahras.examples.markdown;

import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;

/** Markdown text from untrusted document content. */
final class Markdown {

  private Markdown() {}

  /** One line of text with Markdown's special characters backslash-escaped. */
  // begin-snippet: markdown-escape
  static String escape(String text) {
    return text.replaceAll("\\s+", " ").replaceAll("[\\\\`*_\\[\\]<>|#~]", "\\\\$0");
  }
  // end-snippet

  /** Text for an inline code span: one line, no backticks (a code span cannot escape them). */
  static String code(String text) {
    return text.replaceAll("\\s+", " ").replace('`', '\'');
  }

  /** A snippet's text, escaped, with its marked ranges in bold. */
  static String highlight(Snippet s) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Mark m : s.marks()) {
      b.append(escape(s.text().substring(at, m.start())))
          .append("**")
          .append(escape(s.text().substring(m.start(), m.end())))
          .append("**");
      at = m.end();
    }
    return b.append(escape(s.text().substring(at))).toString();
  }
}
