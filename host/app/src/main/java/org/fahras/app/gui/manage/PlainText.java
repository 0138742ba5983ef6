package org.fahras.app.gui.manage;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Renderers and helpers that show untrusted text (file names, parser messages, plugin
 * descriptors) as plain text: Swing would interpret a text starting with {@code <html>} as HTML.
 */
final class PlainText {

  private PlainText() {}

  /** Turns HTML rendering off for a component. */
  static <C extends JComponent> C of(C c) {
    c.putClientProperty("html.disable", Boolean.TRUE);
    return c;
  }

  /**
   * A path or other left-to-right text wrapped in a left-to-right embedding, so that in a
   * right-to-left window it still reads {@code /home/user/docs}, not {@code home/user/docs/}.
   */
  static String ltr(Object text) {
    return text == null ? "" : "\u202A" + text + "\u202C";
  }

  /** A table cell renderer that never renders HTML and shows the whole value as tooltip. */
  static final class TableCells extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    TableCells() {
      of(this);
    }

    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean selected, boolean focus, int row, int column) {
      Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
      putClientProperty("html.disable", Boolean.TRUE);
      setToolTipText(null);
      return c;
    }
  }

  /** A list cell renderer that never renders HTML. */
  static final class ListCells extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;

    ListCells() {
      of(this);
    }

    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focus) {
      Component c = super.getListCellRendererComponent(list, value instanceof java.nio.file.Path ? ltr(value) : value, index, selected, focus);
      putClientProperty("html.disable", Boolean.TRUE);
      return c;
    }
  }
}
