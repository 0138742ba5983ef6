package org.fahras.app.gui.facets;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import org.fahras.app.gui.GuiColors;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.Untrusted;

/**
 * Who and what the current results talk about, to look at rather than read: for people, places
 * and organisations a bar per most-mentioned entity (length: how many results mention it), and a
 * timeline of the years the results mention. Clicking a bar or a year filters the results by it
 * (the same filter as the sidebar's), clicking it again removes the filter.
 *
 * <p>Fed by the {@link FacetViewModel}'s counts; UI thread only.
 */
public final class EntityPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  /** The bar charts, in order, with their entity types (for colours). */
  static final List<String[]> CHARTS =
      List.of(
          new String[] {"person", "PERSON"},
          new String[] {"location", "LOCATION"},
          new String[] {"organization", "ORGANIZATION"});

  static final String YEARS = "year_mentioned";

  private final transient FacetViewModel model;
  private final I18n i18n;
  private final JPanel content = new JPanel();
  private final transient PropertyChangeListener listener = e -> rebuild();

  public EntityPanel(FacetViewModel model, I18n i18n) {
    super(new BorderLayout());
    this.model = model;
    this.i18n = i18n;
    setName("entities.panel");
    content.setLayout(new BoxLayout(content, BoxLayout.PAGE_AXIS));
    content.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
    JScrollPane scroll = new JScrollPane(content);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    add(scroll, BorderLayout.CENTER);
    model.addListener(listener);
    rebuild();
  }

  /** Stops listening to the model (when the window is rebuilt). */
  public void detach() {
    model.removeListener(listener);
  }

  private void rebuild() {
    content.removeAll();
    boolean any = false;
    for (String[] chart : CHARTS) {
      List<FacetViewModel.Entry> entries = model.entries(chart[0]);
      if (entries.isEmpty()) {
        continue;
      }
      any = true;
      content.add(heading(i18n.get("facets." + chart[0])));
      long max = entries.stream().mapToLong(FacetViewModel.Entry::count).max().orElse(1);
      for (FacetViewModel.Entry e : entries) {
        content.add(barRow(e, Math.max(1, max), GuiColors.entity(chart[1])));
      }
      content.add(Box.createVerticalStrut(10));
    }
    List<FacetViewModel.Entry> years = model.entries(YEARS);
    if (!years.isEmpty()) {
      any = true;
      content.add(heading(i18n.get("entities.timeline")));
      Timeline t = new Timeline(years);
      t.setAlignmentX(LEFT_ALIGNMENT);
      content.add(t);
    }
    if (!any) {
      JLabel none = new JLabel(i18n.get("entities.none"));
      none.setName("entities.none");
      none.setAlignmentX(LEFT_ALIGNMENT);
      content.add(none);
    }
    content.add(Box.createVerticalGlue());
    content.applyComponentOrientation(getComponentOrientation());
    content.revalidate();
    content.repaint();
  }

  private static JLabel heading(String text) {
    JLabel h = new JLabel(text);
    h.setFont(h.getFont().deriveFont(java.awt.Font.BOLD));
    h.setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 0));
    h.setAlignmentX(LEFT_ALIGNMENT);
    return h;
  }

  /** One entity: its name, then a bar as long as its share of the largest count, then the count. */
  private JComponent barRow(FacetViewModel.Entry e, long max, Color color) {
    JPanel row = new JPanel(new BorderLayout(8, 0));
    row.setName("entities.bar." + e.dimension() + "." + e.value());
    row.setAlignmentX(LEFT_ALIGNMENT);
    row.setMaximumSize(new Dimension(Integer.MAX_VALUE, 26));
    JLabel name = Untrusted.plain(new JLabel(e.value()));
    name.setPreferredSize(new Dimension(150, 22));
    name.setToolTipText(Untrusted.text(e.value()));
    if (e.selected()) {
      name.setFont(name.getFont().deriveFont(java.awt.Font.BOLD));
    }
    Bar bar = new Bar(e.count() < 0 ? 0 : (double) e.count() / max, color, e.selected());
    JLabel count = new JLabel(e.count() < 0 ? "–" : Long.toString(e.count()));
    count.setHorizontalAlignment(SwingConstants.TRAILING);
    count.setPreferredSize(new Dimension(32, 22));
    row.add(name, BorderLayout.LINE_START);
    row.add(bar, BorderLayout.CENTER);
    row.add(count, BorderLayout.LINE_END);
    row.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
    row.setToolTipText(Untrusted.text(i18n.format("entities.filterTip", e.value())));
    row.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent ev) {
        model.toggle(e.dimension(), e.value());
      }
    });
    return row;
  }

  /** A horizontal bar from the leading edge. */
  static final class Bar extends JComponent {
    private static final long serialVersionUID = 1L;
    private final double share;
    private final Color color;
    private final boolean selected;

    Bar(double share, Color color, boolean selected) {
      this.share = share;
      this.color = color;
      this.selected = selected;
      setPreferredSize(new Dimension(120, 22));
    }

    @Override
    protected void paintComponent(Graphics g) {
      int h = getHeight();
      int w = (int) Math.round(getWidth() * share);
      int barH = Math.max(6, h / 2);
      int y = (h - barH) / 2;
      int x = getComponentOrientation().isLeftToRight() ? 0 : getWidth() - w;
      g.setColor(selected ? color : color.brighter());
      g.fillRect(x, y, Math.max(w, 2), barH);
    }
  }

  /** Columns per year from the first to the last year mentioned, gaps included. */
  final class Timeline extends JComponent {
    private static final long serialVersionUID = 1L;
    private final TreeMap<Integer, FacetViewModel.Entry> byYear = new TreeMap<>();

    Timeline(List<FacetViewModel.Entry> years) {
      setName("entities.timeline");
      for (FacetViewModel.Entry e : years) {
        try {
          byYear.put(Integer.parseInt(e.value()), e);
        } catch (NumberFormatException ignored) {
          // not a year: leave it to the sidebar
        }
      }
      setPreferredSize(new Dimension(300, 120));
      setMaximumSize(new Dimension(Integer.MAX_VALUE, 120));
      setToolTipText("");
      addMouseListener(new MouseAdapter() {
        @Override
        public void mouseClicked(MouseEvent ev) {
          Integer y = yearAt(ev.getX());
          if (y != null && byYear.containsKey(y)) {
            model.toggle(YEARS, y.toString());
          }
        }
      });
    }

    /** The years shown, oldest first (left to right: a timeline runs like numbers). */
    List<Integer> span() {
      List<Integer> all = new ArrayList<>();
      if (byYear.isEmpty()) {
        return all;
      }
      int first = byYear.firstKey();
      int last = byYear.lastKey();
      // A very long span (a stray 1600) is shown by the years present only.
      if (last - first > 60) {
        all.addAll(byYear.keySet());
      } else {
        for (int y = first; y <= last; y++) {
          all.add(y);
        }
      }
      return all;
    }

    Integer yearAt(int x) {
      List<Integer> years = span();
      if (years.isEmpty()) {
        return null;
      }
      int col = columnWidth(years.size());
      int i = x / col;
      return i >= 0 && i < years.size() ? years.get(i) : null;
    }

    /** Columns share the width, but are never wider than {@value #MAX_COLUMN} pixels. */
    int columnWidth(int n) {
      return Math.max(1, Math.min(MAX_COLUMN, getWidth() / Math.max(1, n)));
    }

    static final int MAX_COLUMN = 44;

    @Override
    public String getToolTipText(MouseEvent ev) {
      Integer y = yearAt(ev.getX());
      FacetViewModel.Entry e = y == null ? null : byYear.get(y);
      return e == null ? null : i18n.format("entities.yearTip", y.toString(), e.count());
    }

    @Override
    protected void paintComponent(Graphics g0) {
      Graphics2D g = (Graphics2D) g0.create();
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      List<Integer> years = span();
      if (years.isEmpty()) {
        return;
      }
      long max = byYear.values().stream().mapToLong(FacetViewModel.Entry::count).max().orElse(1);
      int labelH = g.getFontMetrics().getHeight() + 2;
      int plotH = getHeight() - labelH;
      int col = columnWidth(years.size());
      Color color = GuiColors.entity("DATE");
      int labelEvery = Math.max(1, (g.getFontMetrics().stringWidth("0000") + 6) / col + 1);
      for (int i = 0; i < years.size(); i++) {
        FacetViewModel.Entry e = byYear.get(years.get(i));
        int x = i * col;
        if (e != null && e.count() > 0) {
          int h = (int) Math.max(2, Math.round((double) plotH * e.count() / Math.max(1, max)));
          g.setColor(e.selected() ? color.darker() : color);
          g.fillRect(x + 1, plotH - h, Math.max(1, col - 2), h);
        }
        if (i % labelEvery == 0 || i == years.size() - 1) {
          g.setColor(GuiColors.secondaryText());
          g.drawString(String.format(Locale.ROOT, "%d", years.get(i)), x, getHeight() - 3);
        }
      }
      g.dispose();
    }
  }

  /** The years and counts the timeline shows, for tests. */
  Map<Integer, Long> timelineCounts() {
    Map<Integer, Long> m = new TreeMap<>();
    for (FacetViewModel.Entry e : model.entries(YEARS)) {
      try {
        m.put(Integer.parseInt(e.value()), e.count());
      } catch (NumberFormatException ignored) {
        // skipped as in the chart
      }
    }
    return m;
  }
}
