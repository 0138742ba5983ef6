package org.fahras.app.gui.search;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import org.fahras.app.gui.GuiColors;
import org.fahras.app.gui.I18n;
import org.fahras.app.search.SearchHit;

/**
 * Draws one hit of the result list: title, date · type · size, path, and up to {@value
 * #SNIPPET_LINES} lines of snippets with the hits highlighted. Everything is drawn as plain text
 * ({@link MarkedTextPainter}); document text never goes through Swing's HTML renderer.
 */
final class ResultCell extends JComponent implements ListCellRenderer<SearchHit> {

  static final int SNIPPET_LINES = 3;
  private static final int PAD = 6;
  private static final int BAR = 3;

  private final I18n i18n;
  private SearchHit hit;
  private boolean selected;
  private boolean focusedList;

  ResultCell(I18n i18n) {
    this.i18n = i18n;
    setOpaque(true);
  }

  /** The height every cell has for a font: fixed, so the list need not measure each hit. */
  int cellHeight(Font base) {
    FontMetrics title = getFontMetrics(titleFont(base));
    FontMetrics small = getFontMetrics(smallFont(base));
    FontMetrics body = getFontMetrics(base);
    return PAD * 2 + title.getHeight() + 2 * small.getHeight() + SNIPPET_LINES * body.getHeight() + 2;
  }

  static Font titleFont(Font base) {
    return base.deriveFont(Font.BOLD, base.getSize2D() + 1f);
  }

  static Font smallFont(Font base) {
    return base.deriveFont(base.getSize2D() - 1.5f);
  }

  @Override
  public Component getListCellRendererComponent(
      JList<? extends SearchHit> list, SearchHit value, int index, boolean isSelected, boolean cellHasFocus) {
    this.hit = value;
    this.selected = isSelected;
    this.focusedList = list.hasFocus();
    setFont(list.getFont());
    setComponentOrientation(list.getComponentOrientation());
    setBackground(list.getBackground());
    setForeground(list.getForeground());
    return this;
  }

  @Override
  public Dimension getPreferredSize() {
    return new Dimension(200, cellHeight(getFont()));
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      boolean rtl = !getComponentOrientation().isLeftToRight();
      int w = getWidth();
      // Selected rows keep the normal text colour on a light background, so highlighted hits stay
      // legible; a bar on the leading edge shows the focused selection.
      g.setColor(selected ? GuiColors.ui("List.selectionInactiveBackground", Color.LIGHT_GRAY) : getBackground());
      g.fillRect(0, 0, w, getHeight());
      if (selected && focusedList) {
        g.setColor(GuiColors.ui("List.selectionBackground", Color.BLUE));
        g.fillRect(rtl ? w - BAR : 0, 0, BAR, getHeight());
      }
      g.setColor(GuiColors.ui("Separator.foreground", Color.LIGHT_GRAY));
      g.drawLine(0, getHeight() - 1, w, getHeight() - 1);
      if (hit == null) {
        return;
      }
      FontRenderContext frc = g.getFontRenderContext();
      float x = PAD + BAR;
      float width = w - 2 * PAD - 2 * BAR - 12;
      Color fg = getForeground();
      Color secondary = GuiColors.secondaryText();
      Color mark = GuiColors.hit();
      float y = PAD;
      // Title and snippets align to the side their own text starts on (an Arabic snippet in the
      // English interface is right-aligned); the meta line and the path follow the interface.
      y = line(g, MarkedText.plain(HitFormat.title(hit)), titleFont(getFont()), frc, x, y, width, 1, rtl, null, fg, mark);
      // The meta line runs in the interface's direction (a mark fixes it), whatever its first word.
      // Marks around each separator keep the parts in order ("Word" then "7.1 KB" in Arabic).
      String dirMark = rtl ? "\u200F" : "\u200E";
      String meta = dirMark + String.join(dirMark + "  ·  " + dirMark,
          java.util.stream.Stream.of(HitFormat.date(hit.dateMillis()), HitFormat.typeName(hit.contentType(), i18n), HitFormat.size(hit.size(), i18n))
              .filter(s -> !s.isEmpty())
              .toList());
      y = line(g, MarkedText.plain(meta), smallFont(getFont()), frc, x, y, width, 1, rtl, rtl, secondary, mark);
      // Paths read left to right whatever the interface language (their separators are Latin).
      y = line(g, MarkedText.plain("\u200E" + org.fahras.app.gui.BidiText.visibleControls(hit.path())), smallFont(getFont()), frc, x, y, width, 1, rtl, rtl, secondary, mark);
      line(g, HitFormat.snippets(hit), getFont(), frc, x, y + 2, width, SNIPPET_LINES, rtl, null, fg, mark);
    } finally {
      g.dispose();
    }
  }

  private static float line(
      Graphics2D g, MarkedText text, Font font, FontRenderContext frc, float x, float y, float width, int maxLines,
      boolean rtlUi, Boolean alignRight, Color fg, Color mark) {
    MarkedTextPainter.Lines lines = MarkedTextPainter.layout(text, font, frc, width, maxLines, rtlUi);
    g.setFont(font);
    boolean right = alignRight != null ? alignRight : lines.rightToLeft();
    float bottom = MarkedTextPainter.paint(g, text, lines, x, y, width, right, fg, mark);
    return lines.lines().isEmpty() ? y + g.getFontMetrics().getHeight() : bottom;
  }
}
