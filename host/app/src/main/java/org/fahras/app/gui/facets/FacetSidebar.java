package org.fahras.app.gui.facets;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.beans.PropertyChangeListener;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import org.fahras.app.gui.GuiColors;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.search.HitFormat;

/**
 * The facet sidebar: per dimension (type, year, folder, language) a heading and one check box per
 * value with its count; checking one filters the search, unchecking undoes it, and "Clear
 * filters" undoes all. Check boxes are focusable, so the sidebar works from the keyboard (Tab,
 * Space).
 */
public final class FacetSidebar extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient FacetViewModel model;
  private final I18n i18n;
  private final JPanel content = new JPanel();
  private final JButton clear;
  private final transient PropertyChangeListener listener = e -> rebuild();

  public FacetSidebar(FacetViewModel model, I18n i18n) {
    super(new BorderLayout());
    this.model = model;
    this.i18n = i18n;
    content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
    content.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    clear = new JButton(i18n.get("facets.clear"));
    clear.setName("facets.clear");
    clear.addActionListener(e -> model.clear());
    JPanel top = new JPanel(new BorderLayout());
    top.setBorder(BorderFactory.createEmptyBorder(6, 8, 0, 8));
    JLabel heading = new JLabel(i18n.get("facets.title"));
    heading.setFont(heading.getFont().deriveFont(Font.BOLD));
    top.add(heading, BorderLayout.CENTER);
    top.add(clear, BorderLayout.LINE_END);
    add(top, BorderLayout.NORTH);
    JPanel holder = new JPanel(new BorderLayout());
    holder.add(content, BorderLayout.NORTH);
    JScrollPane scroll = new JScrollPane(holder, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    add(scroll, BorderLayout.CENTER);
    model.addListener(listener);
    rebuild();
  }

  /** Stops listening to the view-model (when the window is rebuilt). */
  public void detach() {
    model.removeListener(listener);
  }

  private void rebuild() {
    Component focused = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    String focusedName = focused != null && javax.swing.SwingUtilities.isDescendingFrom(focused, content) ? focused.getName() : null;
    content.removeAll();
    boolean any = false;
    for (String dim : FacetViewModel.DIMENSIONS) {
      List<FacetViewModel.Entry> entries = model.entries(dim);
      if (entries.isEmpty()) {
        continue;
      }
      any = true;
      JLabel h = new JLabel(i18n.get("facets." + dim));
      h.setFont(h.getFont().deriveFont(Font.BOLD));
      h.setForeground(GuiColors.secondaryText());
      h.setAlignmentX(LEFT_ALIGNMENT);
      h.setBorder(BorderFactory.createEmptyBorder(8, 0, 2, 0));
      content.add(h);
      for (FacetViewModel.Entry e : entries) {
        // The value and its count are separate labels, so neither is reordered by the other's
        // direction ("PDF" and "(3)" in the Arabic sidebar, "العربية" in the English one).
        JCheckBox box = org.fahras.app.gui.Untrusted.plain(new JCheckBox(label(e), e.selected()));
        box.setName("facet." + dim + "." + e.value());
        box.setToolTipText(org.fahras.app.gui.Untrusted.text(e.value()));
        box.getAccessibleContext().setAccessibleName(label(e) + (e.count() < 0 ? "" : ", " + e.count()));
        box.addActionListener(a -> model.toggle(dim, e.value()));
        JLabel count = new JLabel(e.count() < 0 ? "" : Long.toString(e.count()));
        count.setForeground(GuiColors.secondaryText());
        JPanel row = new JPanel(new BorderLayout(6, 0));
        row.setOpaque(false);
        row.add(box, BorderLayout.CENTER);
        row.add(count, BorderLayout.LINE_END);
        row.setAlignmentX(LEFT_ALIGNMENT);
        row.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, box.getPreferredSize().height));
        content.add(row);
        if (box.getName().equals(focusedName)) {
          javax.swing.SwingUtilities.invokeLater(box::requestFocusInWindow);
        }
      }
    }
    if (!any) {
      JLabel none = new JLabel(i18n.get("facets.none"));
      none.setForeground(GuiColors.secondaryText());
      content.add(none);
    }
    content.add(Box.createVerticalGlue());
    clear.setEnabled(model.hasSelection());
    content.applyComponentOrientation(getComponentOrientation());
    content.revalidate();
    content.repaint();
  }

  private String label(FacetViewModel.Entry e) {
    String value =
        switch (e.dimension()) {
          case "type" -> HitFormat.typeName(e.value(), i18n);
          case "folder" -> folderName(e.value());
          case "lang" -> language(e.value());
          default -> e.value();
        };
    return value;
  }

  /** The last component of a folder path (the full path is the tool tip). */
  private static String folderName(String path) {
    String p = path.endsWith("/") || path.endsWith("\\") ? path.substring(0, path.length() - 1) : path;
    int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    String name = cut >= 0 ? p.substring(cut + 1) : p;
    return name.isEmpty() ? path : name;
  }

  private String language(String tag) {
    String key = "lang." + tag.toLowerCase(java.util.Locale.ROOT);
    String name = i18n.get(key);
    return name.startsWith("!") ? tag : name;
  }
}
