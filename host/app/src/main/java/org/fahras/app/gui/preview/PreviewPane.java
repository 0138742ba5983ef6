package org.fahras.app.gui.preview;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.JToolBar;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.app.gui.Fonts;
import org.fahras.app.gui.GuiColors;
import org.fahras.app.gui.I18n;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.TextRange;

/**
 * The preview: a tool bar (title, previous/next hit, hit counter) over the document's whole text
 * in a read-only text pane. Each paragraph runs in its own direction ({@link PreviewDocument});
 * every hit has a background highlight, the current one a stronger colour, and moving to a hit
 * scrolls it into view.
 */
public final class PreviewPane extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient PreviewViewModel model;
  private final I18n i18n;
  private JTextPane text;
  private final JScrollPane scroll;
  private transient Runnable onEscape = () -> {};
  private final JLabel title = org.fahras.app.gui.Untrusted.plain(new JLabel(" "));
  private final JLabel counter = org.fahras.app.gui.Untrusted.plain(new JLabel(" "));
  private final JPanel legend = new JPanel();
  private final Action nextHit;
  private final Action previousHit;
  private final transient List<Object> hitTags = new ArrayList<>();
  private transient Object currentTag;
  private int currentIndex = -1;
  private boolean textRightToLeft;
  private transient Highlighter.HighlightPainter hitPainter;
  private final transient PropertyChangeListener listener = e -> onChange(e.getPropertyName());

  public PreviewPane(PreviewViewModel model, I18n i18n, Action open, Action reveal) {
    super(new BorderLayout());
    this.model = model;
    this.i18n = i18n;
    this.textRightToLeft = i18n.isRightToLeft();
    nextHit = action("preview.nextHit", model::next);
    previousHit = action("preview.previousHit", model::previous);

    text = newTextPane(textRightToLeft);
    legend.setLayout(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 0, 2));

    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    bar.add(button(previousHit, "preview.previous"));
    bar.add(button(nextHit, "preview.next"));
    bar.addSeparator();
    bar.add(counter);
    bar.add(Box.createHorizontalGlue());
    bar.add(button(open, "preview.open"));
    bar.add(button(reveal, "preview.reveal"));
    title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, title.getFont().getSize2D() + 1f));
    title.setBorder(BorderFactory.createEmptyBorder(6, 10, 2, 10));
    JPanel header = new JPanel(new BorderLayout());
    header.add(title, BorderLayout.NORTH);
    header.add(bar, BorderLayout.CENTER);
    legend.setName("preview.legend");
    legend.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
    header.add(legend, BorderLayout.SOUTH);
    add(header, BorderLayout.NORTH);
    scroll = new JScrollPane(text);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    add(scroll, BorderLayout.CENTER);
    model.addListener(listener);
    onChange(PreviewViewModel.DOCUMENT);
  }

  /** A legend entry: the type's colour as a thick underline below its translated name. */
  private JLabel legendEntry(String type) {
    String key = "entity." + type.toLowerCase(java.util.Locale.ROOT);
    String label = i18n.has(key) ? i18n.get(key) : type;
    JLabel l = org.fahras.app.gui.Untrusted.plain(new JLabel(label));
    l.setName("preview.legend." + type);
    l.setBorder(BorderFactory.createCompoundBorder(
        BorderFactory.createEmptyBorder(0, 0, 0, 10),
        BorderFactory.createMatteBorder(0, 0, 3, 0, GuiColors.entity(type))));
    return l;
  }

  private static JButton button(Action a, String name) {
    JButton b = new JButton(a);
    b.setName(name);
    b.setFocusable(true);
    return b;
  }

  private AbstractAction action(String key, Runnable run) {
    AbstractAction a =
        new AbstractAction(i18n.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            run.run();
          }
        };
    a.putValue(Action.SHORT_DESCRIPTION, i18n.get(key + ".tip"));
    return a;
  }

  /**
   * A new read-only text pane in a direction, made for each document: Swing wraps only paragraphs
   * of the pane's direction (its line breaker takes the direction from the pane, not from the
   * paragraph), so the pane runs the way most of the text runs, whatever the interface language,
   * and its direction is set before its document, from which its views take it.
   */
  private JTextPane newTextPane(boolean rtl) {
    JTextPane t = new JTextPane();
    t.setComponentOrientation(rtl ? java.awt.ComponentOrientation.RIGHT_TO_LEFT : java.awt.ComponentOrientation.LEFT_TO_RIGHT);
    t.setEditable(false);
    t.setName("preview.text");
    t.getAccessibleContext().setAccessibleName(i18n.get("preview.accessibleName"));
    ((DefaultHighlighter) t.getHighlighter()).setDrawsLayeredHighlights(true);
    t.setMargin(new java.awt.Insets(8, 12, 8, 12));
    t.setComponentPopupMenu(entityMenu(t));
    t.getInputMap().put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0), "fahras.escape");
    t.getActionMap().put("fahras.escape", new AbstractAction() {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        onEscape.run();
      }
    });
    return t;
  }

  /**
   * The text's context menu: copy, and "Add as entity" with a choice of type for the selected
   * words (when an entity plugin is installed).
   */
  private javax.swing.JPopupMenu entityMenu(JTextPane t) {
    javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
    menu.setName("preview.menu");
    javax.swing.JMenuItem copy = new javax.swing.JMenuItem(i18n.get("preview.copy"));
    copy.addActionListener(e -> t.copy());
    menu.add(copy);
    javax.swing.JMenu add = new javax.swing.JMenu(i18n.get("preview.addEntity"));
    add.setName("preview.addEntity");
    for (String type : java.util.List.of("PERSON", "LOCATION", "ORGANIZATION", "DATE")) {
      javax.swing.JMenuItem item = new javax.swing.JMenuItem(i18n.get("entity." + type.toLowerCase(java.util.Locale.ROOT)));
      item.setName("preview.addEntity." + type);
      item.addActionListener(e -> addEntity(t.getSelectedText(), type));
      add.add(item);
    }
    menu.add(add);
    menu.addPopupMenuListener(new javax.swing.event.PopupMenuListener() {
      @Override
      public void popupMenuWillBecomeVisible(javax.swing.event.PopupMenuEvent e) {
        String sel = t.getSelectedText();
        boolean words = sel != null && !sel.isBlank() && sel.strip().length() <= 100 && sel.indexOf('\n') < 0;
        copy.setEnabled(sel != null && !sel.isEmpty());
        add.setEnabled(words && model.canAddEntities());
      }

      @Override
      public void popupMenuWillBecomeInvisible(javax.swing.event.PopupMenuEvent e) {}

      @Override
      public void popupMenuCanceled(javax.swing.event.PopupMenuEvent e) {}
    });
    return menu;
  }

  private void addEntity(String selected, String type) {
    if (selected == null || selected.isBlank()) {
      return;
    }
    String name = selected.strip();
    model.addEntity(name, type, error -> {
      if (error != null) {
        javax.swing.JOptionPane.showMessageDialog(
            this, org.fahras.app.gui.Untrusted.text(i18n.format("preview.addEntity.failed", error)), i18n.get("preview.addEntity"), javax.swing.JOptionPane.ERROR_MESSAGE);
      } else {
        counter.setText(i18n.format("preview.addEntity.done", name));
      }
    });
  }

  /** What Escape in the text does (back to the search field). */
  public void onEscape(Runnable r) {
    this.onEscape = r;
  }

  @Override
  public void applyComponentOrientation(java.awt.ComponentOrientation o) {
    super.applyComponentOrientation(o);
    if (text != null && text.getComponentOrientation().isLeftToRight() == textRightToLeft) {
      showDocument(); // the window turned the pane too: make it anew in the text's direction
    }
  }

  /** Next hit (F3). */
  public Action nextHitAction() {
    return nextHit;
  }

  /** Previous hit (Shift+F3). */
  public Action previousHitAction() {
    return previousHit;
  }

  /** The text pane, for focus traversal and tests. */
  public JTextPane textPane() {
    return text;
  }

  /** Stops listening to the view-model (when the window is rebuilt). */
  public void detach() {
    model.removeListener(listener);
  }

  private void onChange(String property) {
    if (PreviewViewModel.DOCUMENT.equals(property)) {
      showDocument();
    } else if (PreviewViewModel.CURRENT_HIT.equals(property)) {
      showCurrentHit();
    }
  }

  private void showDocument() {
    SearchHit hit = model.hit();
    PreviewViewModel.State state = model.state();
    title.setText(hit == null ? " " : org.fahras.app.gui.search.HitFormat.title(hit));
    PreviewDocument doc = new PreviewDocument();
    String shown;
    List<PreviewViewModel.Paragraph> paragraphs;
    switch (state) {
      case SHOWN -> {
        shown = model.text();
        paragraphs = model.paragraphs();
      }
      case LOADING -> {
        return; // keep the previous text until the new one arrives
      }
      case MISSING -> {
        shown = i18n.get("preview.missing");
        paragraphs = PreviewViewModel.paragraphs(shown, i18n.isRightToLeft());
      }
      case FAILED -> {
        shown = i18n.format("preview.failed", model.errorMessage());
        paragraphs = PreviewViewModel.paragraphs(shown, i18n.isRightToLeft());
      }
      default -> {
        shown = "";
        paragraphs = PreviewViewModel.paragraphs("", i18n.isRightToLeft());
      }
    }
    doc.load(shown, paragraphs, Fonts.text(text.getFont().getSize2D() + 3f));
    textRightToLeft = state == PreviewViewModel.State.SHOWN ? model.mostlyRightToLeft() : i18n.isRightToLeft();
    boolean focused = text.isFocusOwner();
    text = newTextPane(textRightToLeft);
    text.setDocument(doc);
    scroll.setViewportView(text);
    if (focused) {
      text.requestFocusInWindow();
    }

    hitTags.clear();
    currentTag = null;
    Highlighter h = text.getHighlighter();
    h.removeAllHighlights();
    currentIndex = -1;
    hitPainter = new HitPainter(GuiColors.hit());
    legend.removeAll();
    if (state == PreviewViewModel.State.SHOWN) {
      // Entities first: layered highlights paint in reverse order, so hits stay on top of them.
      java.util.Map<String, HitPainter> painters = new java.util.HashMap<>();
      for (EntitySpan e : model.entities()) {
        HitPainter p = painters.computeIfAbsent(e.type(), t -> new HitPainter(GuiColors.entity(t), true));
        add(new TextRange(e.start(), e.end()), p);
      }
      for (String type : model.entityTypes()) {
        legend.add(legendEntry(type));
      }
      for (TextRange r : model.hits()) {
        hitTags.add(add(r, hitPainter));
      }
    }
    legend.setVisible(legend.getComponentCount() > 0);
    legend.revalidate();
    legend.repaint();
    showCurrentHit();
    if (model.currentHit() < 0) {
      text.setCaretPosition(0);
    }
  }

  private void showCurrentHit() {
    int n = model.hits().size();
    boolean any = n > 0;
    nextHit.setEnabled(any);
    previousHit.setEnabled(any);
    counter.setText(any ? i18n.format("preview.hitCounter", model.currentHit() + 1, n)
        : model.state() == PreviewViewModel.State.SHOWN ? i18n.get("preview.noHits") : " ");
    // The current hit gets the stronger painter in place of the plain one (the highlighter paints
    // layered highlights in reverse order of addition, so stacking them would hide the current one).
    Highlighter h = text.getHighlighter();
    if (currentTag != null) {
      h.removeHighlight(currentTag);
      currentTag = null;
      if (currentIndex >= 0 && currentIndex < hitTags.size()) {
        hitTags.set(currentIndex, add(model.hits().get(currentIndex), hitPainter));
      }
    }
    currentIndex = model.currentHit();
    TextRange r = model.currentRange();
    if (r == null || currentIndex >= hitTags.size()) {
      return;
    }
    Object plain = hitTags.get(currentIndex);
    if (plain != null) {
      h.removeHighlight(plain);
    }
    currentTag = add(r, new HitPainter(GuiColors.currentHit()));
    text.setCaretPosition(r.start());
    scrollTo(r);
  }

  private Object add(TextRange r, Highlighter.HighlightPainter painter) {
    try {
      return text.getHighlighter().addHighlight(r.start(), r.end(), painter);
    } catch (BadLocationException e) {
      return null; // cannot happen: the document text is the model's text
    }
  }

  private void scrollTo(TextRange r) {
    javax.swing.SwingUtilities.invokeLater(
        () -> {
          try {
            Rectangle a = text.modelToView2D(r.start()).getBounds();
            Rectangle b = text.modelToView2D(r.end()).getBounds();
            Rectangle area = a.union(b);
            int extra = text.getVisibleRect().height / 3;
            area.grow(0, extra);
            text.scrollRectToVisible(area);
          } catch (BadLocationException | NullPointerException e) {
            // not laid out yet: the caret position scrolls it
          }
        });
  }

}
