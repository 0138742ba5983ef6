package org.fahras.app.cli;

/**
 * Renders a snippet's {@code <mark>} markup for a terminal: bold yellow on a terminal, square
 * brackets when output goes to a file or pipe; HTML entities are turned back into characters.
 * The text stays in logical order; the terminal's bidi algorithm displays it.
 */
final class TextSnippets {

  private TextSnippets() {}

  static String render(String snippet, boolean ansi) {
    String open = ansi ? "\u001b[1;33m" : "[";
    String close = ansi ? "\u001b[0m" : "]";
    return snippet
        .replace("<mark>", open)
        .replace("</mark>", close)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
