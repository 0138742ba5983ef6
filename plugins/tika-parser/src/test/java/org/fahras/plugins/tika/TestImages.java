package org.fahras.plugins.tika;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pictures of Arabic text, drawn at test time with Java2D in Noto Naskh Arabic (test resource
 * {@code fonts/}, SIL Open Font License 1.1, copied from the host's bundled fonts), and a scanned
 * PDF made of such a picture.
 */
final class TestImages {

  private static Font naskh;

  private TestImages() {}

  private static synchronized Font naskh() {
    if (naskh == null) {
      try (InputStream in = TestImages.class.getResourceAsStream("/fonts/NotoNaskhArabic-Regular.ttf")) {
        naskh = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(e);
      }
    }
    return naskh;
  }

  /** A white page with the lines right-aligned in black, 48-point type at about 300 dpi. */
  static BufferedImage page(List<String> lines) {
    int width = 1600;
    int lineHeight = 110;
    BufferedImage image =
        new BufferedImage(width, 120 + lines.size() * lineHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      Font font = naskh().deriveFont(48f);
      int y = 100;
      for (String line : lines) {
        // TextLayout shapes the Arabic letters and lays the line out right to left.
        TextLayout layout = new TextLayout(line, font, g.getFontRenderContext());
        layout.draw(g, (float) (width - 60 - layout.getAdvance()), y);
        y += lineHeight;
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The picture encoded as {@code format} ({@code png}, {@code jpeg}, {@code tiff}). */
  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A one-page PDF holding only the picture, as a scanner makes it: no text layer. */
  static byte[] scannedPdf(BufferedImage image) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject picture = LosslessFactory.createFromImage(document, image);
      float width = page.getMediaBox().getWidth() - 60;
      float height = width * image.getHeight() / image.getWidth();
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(picture, 30, page.getMediaBox().getHeight() - 40 - height, width, height);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
