package org.fahras.app.gui;

import javax.swing.JComponent;
import javax.swing.plaf.basic.BasicHTML;

/**
 * Shows text from documents and plugins (titles, file names, entity names, messages) as plain
 * text. Swing renders a label, button, check box or tool tip whose text starts with {@code
 * <html>} as HTML — a document titled {@code <html><img src=…>} would otherwise be rendered
 * (and could make Swing load an image from anywhere).
 */
public final class Untrusted {

  private Untrusted() {}

  /** Turns HTML rendering off for a component's own text. */
  public static <C extends JComponent> C plain(C c) {
    c.putClientProperty(BasicHTML.propertyKey, null);
    c.putClientProperty("html.disable", Boolean.TRUE);
    return c;
  }

  /**
   * The text, made inert for components that cannot turn HTML off (tool tips, option panes): a
   * text Swing would take for HTML gets an invisible word joiner in front; any other text is
   * returned as it is.
   */
  public static String text(String s) {
    return s != null && BasicHTML.isHTMLString(s.stripLeading()) ? "\u2060" + s : s;
  }
}
