package org.fahras.app.gui.search;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.beans.PropertyChangeListener;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import org.fahras.app.gui.GuiColors;
import org.fahras.app.gui.I18n;
import org.fahras.app.search.SearchHit;

/**
 * The result list: one {@link ResultCell} per hit, a "more results" button under the loaded hits
 * (and more loaded on its own when scrolled to the end), or a message when there is nothing to
 * show. The selection is the view-model's; a double click opens the file.
 */
public final class ResultsPanel extends JPanel {

  private static final long serialVersionUID = 1L;
  private static final String LIST = "list";
  private static final String MESSAGE = "message";

  private final transient SearchViewModel model;
  private final I18n i18n;
  private final DefaultListModel<SearchHit> items = new DefaultListModel<>();
  private final JList<SearchHit> list = new JList<>(items);
  private final ResultCell cell;
  private final JButton more;
  private final JLabel message = org.fahras.app.gui.Untrusted.plain(new JLabel(" ", SwingConstants.CENTER));
  private final CardLayout cards = new CardLayout();
  private final JPanel body = new JPanel(cards);
  private boolean updating;
  private final transient PropertyChangeListener listener = e -> onChange(e.getPropertyName());

  public ResultsPanel(SearchViewModel model, I18n i18n, Runnable open) {
    super(new BorderLayout());
    this.model = model;
    this.i18n = i18n;
    cell = new ResultCell(i18n);
    list.setName("results.list");
    list.getAccessibleContext().setAccessibleName(i18n.get("results.accessibleName"));
    list.setCellRenderer(cell);
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setFixedCellHeight(cell.cellHeight(list.getFont()));
    list.addListSelectionListener(e -> {
      if (!updating && !e.getValueIsAdjusting()) {
        model.select(list.getSelectedIndex());
      }
    });
    list.addMouseListener(new MouseAdapter() {
      @Override
      public void mouseClicked(MouseEvent e) {
        if (e.getClickCount() == 2 && list.getSelectedIndex() >= 0) {
          open.run();
        }
      }
    });
    list.addFocusListener(new java.awt.event.FocusAdapter() {
      @Override
      public void focusGained(java.awt.event.FocusEvent e) {
        list.repaint();
      }

      @Override
      public void focusLost(java.awt.event.FocusEvent e) {
        list.repaint();
      }
    });
    more = new JButton();
    more.setName("results.more");
    more.addActionListener(e -> model.loadMore());
    JScrollPane scroll = new JScrollPane(list);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.getVerticalScrollBar().setUnitIncrement(24);
    scroll.getVerticalScrollBar().addAdjustmentListener(e -> {
      var bar = scroll.getVerticalScrollBar();
      if (!e.getValueIsAdjusting() && bar.getMaximum() > bar.getVisibleAmount()
          && bar.getValue() + bar.getVisibleAmount() >= bar.getMaximum() - list.getFixedCellHeight()) {
        model.loadMore();
      }
    });
    JPanel listPanel = new JPanel(new BorderLayout());
    listPanel.add(scroll, BorderLayout.CENTER);
    listPanel.add(more, BorderLayout.SOUTH);
    message.setForeground(GuiColors.secondaryText());
    message.setBorder(BorderFactory.createEmptyBorder(24, 16, 24, 16));
    JPanel messagePanel = new JPanel(new BorderLayout());
    messagePanel.add(message, BorderLayout.NORTH);
    body.add(listPanel, LIST);
    body.add(messagePanel, MESSAGE);
    add(body, BorderLayout.CENTER);
    model.addListener(listener);
    onChange(SearchViewModel.RESULTS);
  }

  public JList<SearchHit> hitList() {
    return list;
  }

  /** Focuses the list, selecting the first hit when none is selected. */
  public void focusList() {
    if (items.isEmpty()) {
      return;
    }
    if (list.getSelectedIndex() < 0) {
      list.setSelectedIndex(0);
    }
    list.requestFocusInWindow();
  }

  /** Stops listening to the view-model (when the window is rebuilt). */
  public void detach() {
    model.removeListener(listener);
  }

  @Override
  public void updateUI() {
    super.updateUI();
    if (cell != null) {
      cell.updateUI();
      list.setFixedCellHeight(cell.cellHeight(list.getFont()));
    }
  }

  private void onChange(String property) {
    switch (property) {
      case SearchViewModel.RESULTS -> showHits();
      case SearchViewModel.SELECTION -> showSelection();
      case SearchViewModel.STATE -> showHits();
      default -> {}
    }
  }

  private void showHits() {
    List<SearchHit> hits = model.hits();
    updating = true;
    try {
      if (!sameStart(hits)) {
        items.clear();
      }
      for (int i = items.size(); i < hits.size(); i++) {
        items.addElement(hits.get(i));
      }
      showSelection();
    } finally {
      updating = false;
    }
    more.setVisible(model.hasMore());
    more.setText(i18n.format("results.more", model.hits().size(), model.total()));
    String msg = switch (model.state()) {
      case IDLE -> i18n.get("results.idle");
      case DONE -> hits.isEmpty() ? i18n.get("results.none") : null;
      case NO_INDEX -> i18n.get("results.noIndex");
      case INVALID_QUERY -> i18n.format("search.invalid", model.errorMessage());
      case FAILED -> i18n.format("search.failed", model.errorMessage());
      case SEARCHING -> items.isEmpty() ? i18n.get("search.searching") : null;
    };
    if (msg == null) {
      cards.show(body, LIST);
    } else {
      message.setText(msg);
      cards.show(body, MESSAGE);
    }
  }

  /** True when the list already shows the first hits of {@code hits} (a further page arrived). */
  private boolean sameStart(List<SearchHit> hits) {
    if (items.size() > hits.size() || items.isEmpty()) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != hits.get(i)) {
        return false;
      }
    }
    return true;
  }

  private void showSelection() {
    int i = model.selectedIndex();
    if (list.getSelectedIndex() != i) {
      boolean was = updating;
      updating = true;
      try {
        if (i < 0) {
          list.clearSelection();
        } else {
          list.setSelectedIndex(i);
          list.ensureIndexIsVisible(i);
        }
      } finally {
        updating = was;
      }
    }
  }
}
