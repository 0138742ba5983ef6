package org.fahras.app.gui.search;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeListener;
import java.util.List;
import java.util.concurrent.Executor;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.Popup;
import javax.swing.PopupFactory;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.fahras.app.gui.BidiText;
import org.fahras.app.gui.I18n;
import org.fahras.app.search.SearchMode;
import org.fahras.app.search.SortOrder;

/**
 * The search bar: the query field (searches as you type after a short pause, at once on Enter;
 * a pop-up offers recent queries and completions from the index), the order, and the result
 * count and time.
 *
 * <p>Keys in the field: Enter searches (or takes the highlighted suggestion), Down/Up move in the
 * suggestions or, without them, Down goes to the results; Escape closes the suggestions, else
 * clears the query.
 */
public final class SearchBar extends JPanel {

  private static final long serialVersionUID = 1L;
  /** Pause in typing after which the query runs. */
  static final int TYPING_DELAY_MS = 300;
  static final int MAX_SUGGESTIONS = 8;

  private final transient SearchViewModel model;
  private final I18n i18n;
  private final transient Executor worker;
  private final JTextField field = new JTextField(30);
  private final JComboBox<SortOrder> sort = new JComboBox<>(SortOrder.values());
  private final JComboBox<SearchMode> mode = new JComboBox<>(SearchMode.values());
  private final JCheckBox variants = new JCheckBox();
  private final JLabel count = new JLabel(" ");
  private final JButton didYouMean = new JButton();
  private final JScrollPane suggestionScroll;
  private transient Popup popup;
  private final JList<String> suggestions = new JList<>();
  private final Timer typing;
  private transient Runnable toResults = () -> {};
  private long suggestionGeneration;
  private boolean settingText;
  private final transient PropertyChangeListener listener = e -> onChange(e.getPropertyName());

  public SearchBar(SearchViewModel model, I18n i18n, Executor worker) {
    super(new BorderLayout(8, 0));
    this.model = model;
    this.i18n = i18n;
    this.worker = worker;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));

    field.setName("search.field");
    field.putClientProperty("JTextField.placeholderText", i18n.get("search.placeholder"));
    field.putClientProperty("JTextField.showClearButton", true);
    field.getAccessibleContext().setAccessibleName(i18n.get("search.accessibleName"));
    field.setText(model.query());
    field.setFont(field.getFont().deriveFont(field.getFont().getSize2D() + 2f));
    typing = new Timer(TYPING_DELAY_MS, e -> runSearch(false));
    typing.setRepeats(false);
    field.getDocument().addDocumentListener(new DocumentListener() {
      @Override
      public void insertUpdate(DocumentEvent e) {
        edited();
      }

      @Override
      public void removeUpdate(DocumentEvent e) {
        edited();
      }

      @Override
      public void changedUpdate(DocumentEvent e) {}
    });
    bindKeys();

    suggestions.setName("search.suggestions");
    suggestions.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    suggestions.setFocusable(false);
    suggestions.addMouseListener(new java.awt.event.MouseAdapter() {
      @Override
      public void mouseClicked(java.awt.event.MouseEvent e) {
        takeSuggestion();
      }
    });
    suggestionScroll = new JScrollPane(suggestions);
    field.addFocusListener(new java.awt.event.FocusAdapter() {
      @Override
      public void focusLost(java.awt.event.FocusEvent e) {
        hidePopup();
      }
    });

    sort.setName("search.sort");
    sort.getAccessibleContext().setAccessibleName(i18n.get("sort.label"));
    sort.setSelectedItem(model.sort());
    sort.setRenderer(new DefaultListCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
        super.getListCellRendererComponent(list, value, index, sel, focus);
        setText(value == null ? "" : i18n.get("sort." + ((SortOrder) value).name().toLowerCase(java.util.Locale.ROOT)));
        return this;
      }
    });
    sort.addActionListener(e -> model.setSort((SortOrder) sort.getSelectedItem()));
    JLabel sortLabel = new JLabel(i18n.get("sort.label"));
    sortLabel.setDisplayedMnemonic(i18n.get("sort.mnemonic").charAt(0));
    sortLabel.setLabelFor(sort);

    mode.setName("search.mode");
    mode.getAccessibleContext().setAccessibleName(i18n.get("mode.label"));
    mode.setToolTipText(i18n.get("mode.tooltip"));
    mode.setSelectedItem(model.mode());
    mode.setRenderer(new DefaultListCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
        super.getListCellRendererComponent(list, value, index, sel, focus);
        setText(value == null ? "" : i18n.get("mode." + ((SearchMode) value).id()));
        return this;
      }
    });
    mode.addActionListener(e -> model.setMode((SearchMode) mode.getSelectedItem()));
    JLabel modeLabel = new JLabel(i18n.get("mode.label"));
    modeLabel.setDisplayedMnemonic(i18n.get("mode.mnemonic").charAt(0));
    modeLabel.setLabelFor(mode);
    variants.setName("search.nameVariants");
    variants.setText(i18n.get("mode.variants"));
    variants.setToolTipText(i18n.get("mode.variants.tooltip"));
    variants.setSelected(model.nameVariants());
    variants.addActionListener(e -> model.setNameVariants(variants.isSelected()));

    didYouMean.setName("search.didYouMean");
    didYouMean.setVisible(false);
    didYouMean.putClientProperty("JButton.buttonType", "borderless");
    didYouMean.addActionListener(e -> model.searchFor(model.didYouMean()));
    count.setName("search.count");

    JButton go = new JButton(i18n.get("search.button"));
    go.setName("search.button");
    go.addActionListener(e -> runSearch(true));

    JPanel line = new JPanel(new BorderLayout(6, 0));
    line.add(field, BorderLayout.CENTER);
    line.add(go, BorderLayout.LINE_END);
    JPanel right = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    right.add(modeLabel);
    right.add(mode);
    right.add(variants);
    right.add(sortLabel);
    right.add(sort);
    JPanel status = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    status.add(count);
    status.add(didYouMean);
    JPanel top = new JPanel(new BorderLayout(8, 0));
    top.add(line, BorderLayout.CENTER);
    top.add(right, BorderLayout.LINE_END);
    add(top, BorderLayout.NORTH);
    add(status, BorderLayout.SOUTH);
    model.addListener(listener);
    onChange(SearchViewModel.STATE);
  }

  /** What Down in the field does when no suggestions are shown: go to the results. */
  public void onDownToResults(Runnable r) {
    this.toResults = r;
  }

  public JTextField field() {
    return field;
  }

  public JComboBox<SearchMode> modeBox() {
    return mode;
  }

  public JCheckBox variantsBox() {
    return variants;
  }

  public JComboBox<SortOrder> sortBox() {
    return sort;
  }

  /** Focuses the query field with its text selected (Ctrl+L, Ctrl+F). */
  public void focusField() {
    field.requestFocusInWindow();
    field.selectAll();
  }

  /** Stops listening to the view-model (when the window is rebuilt). */
  public void detach() {
    model.removeListener(listener);
    typing.stop();
  }

  private void edited() {
    if (settingText) {
      return;
    }
    // A query's direction is its own: Arabic typed in the English interface still runs right to
    // left. Set later: the orientation is a document property, not to be changed while it notifies.
    SwingUtilities.invokeLater(this::orientField);
    typing.restart();
    updateSuggestions();
  }

  private void runSearch(boolean explicit) {
    typing.stop();
    model.setQuery(field.getText());
    model.search(explicit);
    if (explicit) {
      suggestionGeneration++; // suggestions still being looked up are not wanted any more
      hidePopup();
    }
  }

  private void bindKeys() {
    bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "search", () -> {
      if (popupShown() && suggestions.getSelectedIndex() >= 0) {
        takeSuggestion();
      } else {
        runSearch(true);
      }
    });
    bind(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "down", () -> {
      if (popupShown()) {
        moveSuggestion(1);
      } else if (!model.hits().isEmpty()) {
        toResults.run();
      } else {
        updateSuggestions();
      }
    });
    bind(KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "up", () -> {
      if (popupShown()) {
        moveSuggestion(-1);
      }
    });
    bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "escape", () -> {
      if (popupShown()) {
        hidePopup();
      } else {
        typing.stop();
        model.clear();
      }
    });
  }

  private void bind(KeyStroke key, String name, Runnable r) {
    field.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
    field.getActionMap().put(name, new AbstractAction() {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        r.run();
      }
    });
  }

  private void moveSuggestion(int delta) {
    int n = suggestions.getModel().getSize();
    if (n == 0) {
      return;
    }
    int i = Math.floorMod(suggestions.getSelectedIndex() + delta, n);
    suggestions.setSelectedIndex(i);
    suggestions.ensureIndexIsVisible(i);
  }

  private void takeSuggestion() {
    String s = suggestions.getSelectedValue();
    hidePopup();
    if (s != null) {
      setFieldText(s);
      runSearch(true);
    }
  }

  private void setFieldText(String s) {
    settingText = true;
    try {
      field.setText(s);
    } finally {
      settingText = false;
    }
    orientField();
  }

  /** Turns the query field to the direction of its text (after the window set its own). */
  public void orientField() {
    java.awt.ComponentOrientation o =
        BidiText.rightToLeft(field.getText(), i18n.isRightToLeft())
            ? java.awt.ComponentOrientation.RIGHT_TO_LEFT
            : java.awt.ComponentOrientation.LEFT_TO_RIGHT;
    if (!o.equals(field.getComponentOrientation())) {
      field.setComponentOrientation(o);
    }
  }

  private void updateSuggestions() {
    long gen = ++suggestionGeneration;
    String text = field.getText();
    worker.execute(() -> {
      List<String> found = model.suggestions(text, MAX_SUGGESTIONS);
      SwingUtilities.invokeLater(() -> showSuggestions(gen, found));
    });
  }

  private void showSuggestions(long gen, List<String> found) {
    if (gen != suggestionGeneration || !field.isShowing()) {
      return; // typed on meanwhile
    }
    if (found.isEmpty() || !field.hasFocus()) {
      hidePopup();
      return;
    }
    suggestions.setListData(found.toArray(String[]::new));
    suggestions.setVisibleRowCount(Math.min(found.size(), MAX_SUGGESTIONS));
    suggestions.clearSelection();
    suggestions.applyComponentOrientation(getComponentOrientation());
    hidePopup();
    suggestionScroll.setPreferredSize(
        new java.awt.Dimension(field.getWidth(), suggestions.getPreferredScrollableViewportSize().height + 4));
    java.awt.Point at = field.getLocationOnScreen();
    // A plain pop-up window, not a JPopupMenu: a menu would take over the arrow keys.
    popup = PopupFactory.getSharedInstance().getPopup(field, suggestionScroll, at.x, at.y + field.getHeight());
    popup.show();
  }

  private boolean popupShown() {
    return popup != null;
  }

  private void hidePopup() {
    if (popup != null) {
      popup.hide();
      popup = null;
    }
  }

  /** The suggestions shown, for tests; empty when the pop-up is closed. */
  public List<String> shownSuggestions() {
    if (popup == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < suggestions.getModel().getSize(); i++) {
      out.add(suggestions.getModel().getElementAt(i));
    }
    return out;
  }

  private void onChange(String property) {
    if (SearchViewModel.QUERY.equals(property)) {
      if (!field.getText().equals(model.query())) {
        setFieldText(model.query());
      }
      sort.setSelectedItem(model.sort());
      return;
    }
    if (!SearchViewModel.STATE.equals(property) && !SearchViewModel.RESULTS.equals(property)) {
      return;
    }
    count.setText(switch (model.state()) {
      case IDLE -> " ";
      case SEARCHING -> i18n.get("search.searching");
      case DONE -> i18n.format("search.count", model.total(), model.tookMillis())
          + (model.staleAnalysis() == null ? "" : " — " + i18n.get("search.staleIndex"));
      case NO_INDEX -> i18n.get("search.noIndex");
      case INVALID_QUERY -> i18n.format("search.invalid", model.errorMessage());
      case FAILED -> i18n.format("search.failed", model.errorMessage());
    });
    String dym = model.state() == SearchViewModel.State.DONE ? model.didYouMean() : null;
    didYouMean.setVisible(dym != null);
    if (dym != null) {
      didYouMean.setText(i18n.format("search.didYouMean", dym));
    }
  }
}
