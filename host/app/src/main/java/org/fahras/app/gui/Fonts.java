package org.fahras.app.gui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.swing.text.StyleContext;

/**
 * The bundled Arabic fonts (Noto Sans Arabic for the interface, Noto Naskh Arabic for document
 * text; SIL Open Font License), registered once so that Arabic is shaped and looks the same on
 * every system.
 *
 * <p>The Noto Arabic fonts have no Latin letters. A plain {@code new Font("Noto Sans Arabic", …)}
 * would draw Latin text as empty boxes, so {@link #ui} and {@link #text} return composite fonts
 * ({@link StyleContext#getFont}): the Arabic font first, then the platform's default font for
 * every character it lacks. FlatLaf does the same for its {@code defaultFont}.
 */
public final class Fonts {

  /** Interface font family. */
  public static final String UI_FAMILY = "Noto Sans Arabic";
  /** Reading font family, for the preview. */
  public static final String TEXT_FAMILY = "Noto Naskh Arabic";

  private static volatile boolean registered;

  private Fonts() {}

  /** Registers the bundled fonts with the graphics environment (idempotent). */
  public static synchronized void register() {
    if (registered) {
      return;
    }
    GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (String name :
        new String[] {
          "NotoSansArabic-Regular.ttf",
          "NotoSansArabic-Bold.ttf",
          "NotoNaskhArabic-Regular.ttf",
          "NotoNaskhArabic-Bold.ttf"
        }) {
      try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + name)) {
        if (in == null) {
          throw new IllegalStateException("bundled font missing: " + name);
        }
        ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("bundled font unreadable: " + name, e);
      }
    }
    registered = true;
  }

  /** The interface font at a size, with fallback for the characters it lacks. */
  public static Font ui(float size) {
    return composite(UI_FAMILY, Font.PLAIN, size);
  }

  /** The reading font at a size, with fallback for the characters it lacks. */
  public static Font text(float size) {
    return composite(TEXT_FAMILY, Font.PLAIN, size);
  }

  /** A bundled family at a style and size, falling back to the platform's fonts for what it lacks. */
  public static Font composite(String family, int style, float size) {
    register();
    Font f = StyleContext.getDefaultStyleContext().getFont(family, style, Math.round(size));
    return size == Math.round(size) ? f : f.deriveFont(size);
  }
}
