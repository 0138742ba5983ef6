package org.fahras.app.gui.search;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.fahras.app.gui.BidiText;
import org.fahras.app.search.TextRange;

/**
 * Draws a {@link MarkedText} as plain text, wrapped to a width, with its marks painted as
 * backgrounds behind whole shaped lines. Each line is one {@link TextLayout} of uniform
 * attributes, so a marked Arabic word is shaped together with its neighbours and keeps its joins;
 * the mark is only a filled shape ({@link TextLayout#getLogicalHighlightShape}) under it. The
 * paragraph direction comes from the text's first strong character.
 */
public final class MarkedTextPainter {

  /** One laid-out line: characters {@code [start, end)} of the text. */
  public record Line(TextLayout layout, int start, int end) {}

  /** The lines of a text, and whether text was left out after the last one. */
  public record Lines(List<Line> lines, boolean truncated, boolean rightToLeft) {}

  private MarkedTextPainter() {}

  /**
   * Wraps the text into at most {@code maxLines} lines of {@code width}.
   *
   * @param defaultRtl the direction when the text has no strong character
   */
  public static Lines layout(
      MarkedText text, Font font, FontRenderContext frc, float width, int maxLines, boolean defaultRtl) {
    String s = text.text();
    boolean rtl = BidiText.rightToLeft(s, defaultRtl);
    List<Line> lines = new ArrayList<>();
    if (s.isEmpty() || width <= 1) {
      return new Lines(lines, false, rtl);
    }
    AttributedString as = new AttributedString(s);
    as.addAttribute(TextAttribute.FONT, font);
    as.addAttribute(TextAttribute.RUN_DIRECTION, rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
    LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), frc);
    while (m.getPosition() < s.length() && lines.size() < maxLines) {
      int start = m.getPosition();
      TextLayout layout = m.nextLayout(width);
      if (layout == null) {
        break;
      }
      lines.add(new Line(layout, start, m.getPosition()));
    }
    return new Lines(lines, m.getPosition() < s.length(), rtl);
  }

  /**
   * Paints laid-out lines: the marks' backgrounds first, then the text, each line aligned to the
   * trailing side of its direction ({@code alignRight}: to the right edge).
   *
   * @param top the top of the first line
   * @return the y just below the last line
   */
  public static float paint(
      Graphics2D g, MarkedText text, Lines lines, float x, float top, float width, boolean alignRight, Color fg, Color mark) {
    float y = top;
    int n = lines.lines().size();
    for (int i = 0; i < n; i++) {
      Line line = lines.lines().get(i);
      TextLayout layout = line.layout();
      float advance = layout.getVisibleAdvance();
      float lx = alignRight ? x + width - advance : x;
      float baseline = y + layout.getAscent();
      for (TextRange r : text.marks()) {
        int s = Math.max(r.start(), line.start());
        int e = Math.min(r.end(), line.end());
        if (s < e) {
          Shape shape = layout.getLogicalHighlightShape(s - line.start(), e - line.start());
          g.setColor(mark);
          g.fill(AffineTransform.getTranslateInstance(lx, baseline).createTransformedShape(shape));
        }
      }
      g.setColor(fg);
      layout.draw(g, lx, baseline);
      if (i == n - 1 && lines.truncated()) {
        g.drawString("…", lines.rightToLeft() ? lx - g.getFontMetrics().stringWidth("… ") : lx + advance + 2, baseline);
      }
      y += layout.getAscent() + layout.getDescent() + layout.getLeading();
    }
    return y;
  }
}
