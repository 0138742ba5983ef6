package org.fahras.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.ComponentOrientation;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JTextPane;
import javax.swing.text.DefaultHighlighter;
import org.fahras.app.gui.preview.HitPainter;
import org.fahras.app.gui.preview.PreviewDocument;
import org.fahras.app.gui.preview.PreviewViewModel;
import org.fahras.app.gui.search.MarkedText;
import org.fahras.app.gui.search.MarkedTextPainter;
import org.fahras.app.search.TextRange;
import org.junit.jupiter.api.Test;

/**
 * Highlighted Arabic words keep their joins: the same text is rendered with and without a hit
 * highlighted, and the glyphs (the pixels in the text colour, antialiasing off) must be the same
 * — a highlight that split the word into separately shaped pieces would change the letters'
 * forms. A control draws a word as two separately shaped pieces, the way a highlighter that
 * drew marked text as its own run would, and shows the check notices. Runs without a display
 * (off-screen images).
 */
class GuiJoiningTest {

  static final String TEXT = "أعلنت كوريا الشمالية اختبار الصواريخ";
  static final int WORD_START = TEXT.indexOf("كوريا");
  static final int WORD_END = WORD_START + "كوريا".length();
  static final int W = 520;
  static final int H = 60;

  enum Variant {
    PLAIN,
    HIGHLIGHTED
  }

  static BufferedImage preview(Variant variant) throws Exception {
    Fonts.register();
    JTextPane pane = new JTextPane();
    pane.setComponentOrientation(ComponentOrientation.RIGHT_TO_LEFT);
    pane.putClientProperty(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    pane.setForeground(Color.BLACK);
    pane.setBackground(Color.WHITE);
    PreviewDocument doc = new PreviewDocument();
    doc.load(TEXT, PreviewViewModel.paragraphs(TEXT, true), Fonts.text(24));
    pane.setDocument(doc);
    ((DefaultHighlighter) pane.getHighlighter()).setDrawsLayeredHighlights(true);
    if (variant == Variant.HIGHLIGHTED) {
      pane.getHighlighter().addHighlight(WORD_START, WORD_END, new HitPainter(Color.YELLOW));
    }
    pane.setSize(W, H);
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    pane.paint(g);
    g.dispose();
    return img;
  }

  static BufferedImage snippet(boolean marked) {
    MarkedText text = new MarkedText(TEXT, marked ? List.of(new TextRange(WORD_START, WORD_END)) : List.of());
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    Font font = Fonts.ui(22);
    MarkedTextPainter.Lines lines = MarkedTextPainter.layout(text, font, g.getFontRenderContext(), W - 10, 1, true);
    MarkedTextPainter.paint(g, text, lines, 5, 5, W - 10, true, Color.BLACK, Color.YELLOW);
    g.dispose();
    return img;
  }

  /** The text's pixels: true where the image has the text colour (black). */
  static boolean[] ink(BufferedImage img) {
    boolean[] ink = new boolean[img.getWidth() * img.getHeight()];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        ink[y * img.getWidth() + x] = (img.getRGB(x, y) & 0xFFFFFF) == 0;
      }
    }
    return ink;
  }

  static int count(boolean[] ink) {
    int n = 0;
    for (boolean b : ink) {
      n += b ? 1 : 0;
    }
    return n;
  }

  static boolean hasColour(BufferedImage img, Color c) {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aHighlightedWordInThePreviewIsShapedExactlyLikeTheUnhighlightedOne() throws Exception {
    BufferedImage plain = preview(Variant.PLAIN);
    BufferedImage highlighted = preview(Variant.HIGHLIGHTED);

    assertThat(hasColour(highlighted, Color.YELLOW)).as("the highlight is painted").isTrue();
    assertThat(count(ink(plain))).as("text is drawn").isGreaterThan(200);
    assertThat(ink(highlighted)).isEqualTo(ink(plain));
  }

  /** The line drawn as two runs split inside كوريا (between ي and ا), each shaped on its own. */
  static BufferedImage splitSnippet() {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    Font font = Fonts.ui(22);
    int split = WORD_START + 4;
    MarkedText first = MarkedText.plain(TEXT.substring(0, split));
    MarkedText second = MarkedText.plain(TEXT.substring(split));
    MarkedTextPainter.Lines a = MarkedTextPainter.layout(first, font, g.getFontRenderContext(), W - 10, 1, true);
    MarkedTextPainter.Lines b = MarkedTextPainter.layout(second, font, g.getFontRenderContext(), W - 10, 1, true);
    float firstWidth = a.lines().get(0).layout().getVisibleAdvance();
    // right to left: the first piece at the right edge, the second just left of it
    MarkedTextPainter.paint(g, first, a, 5, 5, W - 10, true, Color.BLACK, Color.YELLOW);
    MarkedTextPainter.paint(g, second, b, 5, 5, W - 10 - firstWidth, true, Color.BLACK, Color.YELLOW);
    g.dispose();
    return img;
  }

  @Test
  void aWordShapedAsTwoPiecesLooksDifferentSoTheCheckWouldNotice() {
    assertThat(ink(splitSnippet())).isNotEqualTo(ink(snippet(false)));
  }

  @Test
  void aMarkedWordInASnippetIsShapedExactlyLikeTheUnmarkedOne() {
    BufferedImage plain = snippet(false);
    BufferedImage marked = snippet(true);

    assertThat(hasColour(marked, Color.YELLOW)).isTrue();
    assertThat(count(ink(plain))).isGreaterThan(200);
    assertThat(ink(marked)).isEqualTo(ink(plain));
  }
}
