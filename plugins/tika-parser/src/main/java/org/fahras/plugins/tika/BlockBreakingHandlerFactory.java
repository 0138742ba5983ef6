package org.fahras.plugins.tika;

import java.util.Set;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's plain-text handler factory, with a line break at the end of every block element
 * (paragraph, heading, list item, table row …) that did not end with white space already.
 *
 * <p>Tika's text handler writes only characters. Most parsers write their own line breaks, but
 * some do not: the OpenDocument parser ran a heading into the paragraph after it
 * ("…العربيةتحتوي…"), gluing two words into one that no search finds. Still a {@link
 * BasicContentHandlerFactory}, so the wrapper's write limit works as before.
 */
final class BlockBreakingHandlerFactory extends BasicContentHandlerFactory {

  private static final long serialVersionUID = 1L;

  /** XHTML elements after which text continues on a new line. */
  static final Set<String> BLOCKS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "dt", "dd", "tr", "title",
          "blockquote", "pre", "address", "section", "article", "caption", "th", "td");

  BlockBreakingHandlerFactory(int writeLimit) {
    super(HANDLER_TYPE.TEXT, writeLimit);
  }

  @Override
  public ContentHandler getNewContentHandler() {
    return new BlockBreaks(super.getNewContentHandler());
  }

  /** Adds the line breaks; tracks whether the last character written was white space. */
  static final class BlockBreaks extends ContentHandlerDecorator {
    private boolean endsBlank = true;

    BlockBreaks(ContentHandler handler) {
      super(handler);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (length > 0) {
        endsBlank = Character.isWhitespace(ch[start + length - 1]);
      }
      super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (length > 0) {
        endsBlank = true;
      }
      super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      if (!endsBlank && BLOCKS.contains(localName)) {
        char[] newline = {'\n'};
        characters(newline, 0, 1);
      }
      super.endElement(uri, localName, name);
    }
  }
}
