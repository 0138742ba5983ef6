package org.fahras.app.gui.preview;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.GlyphView;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.View;

/**
 * Paints a hit's background behind the text, measured on the shaped text itself: for each piece
 * of a line the highlighter asks it to paint, it lays the piece's text out with its paragraph's
 * direction ({@link TextLayout}) and fills the logical highlight shape of the hit's characters.
 *
 * <p>Swing's own painter asks the view for positions, and a view that Swing's bidi layout left
 * without a shaped glyph painter (it happens at some widths) measures Arabic as unshaped
 * left-to-right text, which puts the background on the wrong word. Only the background is
 * painted: the text is drawn as one run by its view, so the hit keeps its joins.
 */
public final class HitPainter extends LayeredHighlighter.LayerPainter {

  private final Color color;
  private final boolean underline;

  /** A painter that fills the hit's background. */
  public HitPainter(Color color) {
    this(color, false);
  }

  /**
   * @param underline whether to draw a thick line under the characters (entities) instead of
   *     filling their background (hits)
   */
  public HitPainter(Color color, boolean underline) {
    this.color = color;
    this.underline = underline;
  }

  @Override
  public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
    // layered highlighter: paintLayer does the work
  }

  @Override
  public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
    Rectangle alloc = bounds.getBounds();
    int v0 = view.getStartOffset();
    int v1 = view.getEndOffset();
    try {
      String text = c.getDocument().getText(v0, v1 - v0);
      int len = text.length();
      while (len > 0 && text.charAt(len - 1) == '\n') {
        len--; // the line break takes no room
      }
      int s = Math.max(offs0, v0) - v0;
      int e = Math.min(offs1, v0 + len) - v0;
      if (s >= e) {
        return null;
      }
      Font font = view instanceof GlyphView gv ? gv.getFont() : c.getFont();
      AttributedString as = new AttributedString(text.substring(0, len));
      as.addAttribute(TextAttribute.FONT, font);
      as.addAttribute(TextAttribute.RUN_DIRECTION, direction(view));
      TextLayout layout = new TextLayout(as.getIterator(), ((Graphics2D) g).getFontRenderContext());
      Rectangle2D r = layout.getLogicalHighlightShape(s, e).getBounds2D();
      Rectangle area = new Rectangle((int) Math.floor(alloc.x + r.getX()), alloc.y, (int) Math.ceil(r.getWidth()), alloc.height);
      g.setColor(color);
      if (underline) {
        int thick = Math.max(2, alloc.height / 12);
        g.fillRect(area.x, area.y + area.height - thick, area.width, thick);
      } else {
        g.fillRect(area.x, area.y, area.width, area.height);
      }
      return area;
    } catch (BadLocationException ex) {
      return null;
    }
  }

  /** The run direction of the paragraph the view belongs to. */
  private static Boolean direction(View view) {
    Element e = view.getElement();
    while (e != null) {
      Object d = e.getAttributes().getAttribute(TextAttribute.RUN_DIRECTION);
      if (d instanceof Boolean b) {
        return b;
      }
      e = e.getParentElement();
    }
    return TextAttribute.RUN_DIRECTION_LTR;
  }
}
