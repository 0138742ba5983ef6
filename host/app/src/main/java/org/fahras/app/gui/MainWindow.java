package org.fahras.app.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeListener;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import org.fahras.app.gui.facets.FacetSidebar;
import org.fahras.app.gui.facets.EntityPanel;
import org.fahras.app.gui.preview.PreviewPane;
import org.fahras.app.gui.preview.PreviewViewModel;
import org.fahras.app.gui.search.ResultsPanel;
import org.fahras.app.gui.search.SearchBar;
import org.fahras.app.gui.search.SearchViewModel;
import org.fahras.app.search.SearchHit;

/**
 * The main window: search bar on top; facet sidebar, result list and preview side by side; a
 * status bar below; menus File, View, Tools and Help. Arabic turns the whole window right to left
 * (the sidebar then sits on the right and the preview on the left).
 *
 * <p>Extension points for the other parts of the GUI: {@link #fileMenu()} and {@link
 * #toolsMenu()} ({@link #addFileAction}, {@link #addToolsAction}), {@link #statusBar()} (a
 * message, progress, components), {@link #openDialog} and {@link #indexChanged()}.
 */
public final class MainWindow {

  /** What the window asks of the application: switching language or theme, and closing. */
  public interface Host {
    void switchLanguage(I18n.Language language);

    void switchTheme(Theme theme);

    /** The window was closed (also a window replaced by a rebuild). */
    void windowClosed(MainWindow window);
  }

  private final I18n i18n;
  private final SearchViewModel search;
  private final PreviewViewModel preview;
  private final DesktopActions desktop;
  private final Host host;
  private final IndexSearchBackend backend;
  private final JFrame frame;
  private final SearchBar searchBar;
  private final ResultsPanel results;
  private final PreviewPane previewPane;
  private final EntityPanel entityPanel;
  private final javax.swing.JTabbedPane documentTabs = new javax.swing.JTabbedPane();
  private final FacetSidebar facets;
  private final StatusBar statusBar = new StatusBar();
  private final JMenu fileMenu;
  private final JMenu viewMenu;
  private final JMenu toolsMenu;
  private final JMenu helpMenu;
  private final JMenuItem noTools;
  private final int fileInsertAt;
  private final Action open;
  private final Action reveal;
  private final PropertyChangeListener selectionListener;
  private JSplitPane innerSplit;
  private JSplitPane outerSplit;

  MainWindow(
      I18n i18n, Theme theme, SearchViewModel search, PreviewViewModel preview, IndexSearchBackend backend,
      DesktopActions desktop, java.util.concurrent.Executor worker, Host host) {
    this.i18n = i18n;
    this.search = search;
    this.preview = preview;
    this.backend = backend;
    this.desktop = desktop;
    this.host = host;
    frame = new JFrame(i18n.get("app.title") + " — " + i18n.get("app.tagline"));
    frame.setName("fahras.main");
    // Window icon (drawn by host/dist/src/main/packaging/make-icon.sh).
    frame.setIconImages(java.util.stream.Stream.of(48, 128, 256)
        .map(size -> MainWindow.class.getResource("icons/fahras-" + size + ".png"))
        .filter(java.util.Objects::nonNull)
        .map(url -> new javax.swing.ImageIcon(url).getImage()).toList());
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        host.windowClosed(MainWindow.this);
      }
    });

    open = action("action.open", KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK), this::openSelected);
    reveal = action("action.reveal",
        KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), this::revealSelected);
    searchBar = new SearchBar(search, i18n, worker);
    results = new ResultsPanel(search, i18n, this::openSelected);
    previewPane = new PreviewPane(preview, i18n, open, reveal);
    entityPanel = new EntityPanel(search.facets(), i18n);
    documentTabs.setName("tabs.document");
    documentTabs.addTab(i18n.get("preview.tab"), previewPane);
    documentTabs.addTab(i18n.get("entities.tab"), entityPanel);
    facets = new FacetSidebar(search.facets(), i18n);
    searchBar.onDownToResults(results::focusList);
    previewPane.nextHitAction().putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0));
    previewPane.previousHitAction().putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK));

    JMenuBar bar = new JMenuBar();
    fileMenu = menu("menu.file");
    fileMenu.add(item(open));
    fileMenu.add(item(reveal));
    fileMenu.addSeparator();
    fileInsertAt = fileMenu.getMenuComponentCount();
    fileMenu.addSeparator();
    fileMenu.add(item(action("action.exit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK), this::close)));
    bar.add(fileMenu);

    viewMenu = menu("menu.view");
    Action focusSearch = action("action.focusSearch", KeyStroke.getKeyStroke(KeyEvent.VK_L, InputEvent.CTRL_DOWN_MASK), searchBar::focusField);
    viewMenu.add(item(focusSearch));
    viewMenu.add(item(action("action.nextResult", KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.CTRL_DOWN_MASK), () -> moveResult(1))));
    viewMenu.add(item(action("action.previousResult", KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.CTRL_DOWN_MASK), () -> moveResult(-1))));
    viewMenu.add(item(previewPane.nextHitAction()));
    viewMenu.add(item(previewPane.previousHitAction()));
    viewMenu.add(item(action("action.clearFilters", null, () -> search.facets().clear())));
    viewMenu.addSeparator();
    JMenu language = menu("menu.language");
    ButtonGroup languages = new ButtonGroup();
    for (I18n.Language l : I18n.Language.values()) {
      JRadioButtonMenuItem item = new JRadioButtonMenuItem(i18n.get("language." + l.locale().getLanguage()));
      item.setName("language." + l.locale().getLanguage());
      item.setSelected(l == i18n.language());
      item.addActionListener(e -> {
        if (l != i18n.language()) {
          host.switchLanguage(l);
        }
      });
      languages.add(item);
      language.add(item);
    }
    viewMenu.add(language);
    JMenu themes = menu("menu.theme");
    ButtonGroup themeGroup = new ButtonGroup();
    for (Theme t : Theme.values()) {
      JRadioButtonMenuItem item = new JRadioButtonMenuItem(i18n.get("theme." + t.key()));
      item.setSelected(t == theme);
      item.addActionListener(e -> {
        if (t != theme) {
          host.switchTheme(t);
        }
      });
      themeGroup.add(item);
      themes.add(item);
    }
    viewMenu.add(themes);
    bar.add(viewMenu);

    toolsMenu = menu("menu.tools");
    noTools = new JMenuItem(i18n.get("menu.tools.none"));
    noTools.setEnabled(false);
    toolsMenu.add(noTools);
    bar.add(toolsMenu);

    helpMenu = menu("menu.help");
    helpMenu.add(item(action("action.shortcuts", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), this::showShortcuts)));
    helpMenu.add(item(action("action.about", null, this::showAbout)));
    bar.add(helpMenu);
    frame.setJMenuBar(bar);

    JPanel content = new JPanel(new BorderLayout());
    content.add(searchBar, BorderLayout.NORTH);
    content.add(panes(), BorderLayout.CENTER);
    content.add(statusBar, BorderLayout.SOUTH);
    frame.setContentPane(content);
    bindKeys(focusSearch);

    selectionListener = e -> {
      if (SearchViewModel.SELECTION.equals(e.getPropertyName())) {
        SearchHit h = search.selectedHit();
        statusBar.setMessage(h == null ? "" : BidiText.visibleControls(h.path()));
        open.setEnabled(h != null);
        reveal.setEnabled(h != null);
      }
    };
    search.addListener(selectionListener);
    open.setEnabled(search.selectedHit() != null);
    reveal.setEnabled(search.selectedHit() != null);

    frame.applyComponentOrientation(i18n.orientation());
    frame.setMinimumSize(new Dimension(760, 480));
    frame.setSize(new Dimension(1280, 800));
    frame.setLocationByPlatform(true);
  }

  /** Sidebar | results | preview, mirrored for right-to-left (split panes do not mirror themselves). */
  private JComponent panes() {
    boolean rtl = i18n.isRightToLeft();
    facets.setPreferredSize(new Dimension(220, 100));
    results.setPreferredSize(new Dimension(470, 100));
    documentTabs.setPreferredSize(new Dimension(560, 100));
    JSplitPane inner = rtl
        ? new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, documentTabs, results)
        : new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, results, documentTabs);
    inner.setResizeWeight(rtl ? 0.55 : 0.45);
    JSplitPane outer = rtl
        ? new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, inner, facets)
        : new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, facets, inner);
    outer.setResizeWeight(rtl ? 1 : 0);
    innerSplit = inner;
    outerSplit = outer;
    inner.setName("split.inner");
    outer.setName("split.outer");
    inner.setContinuousLayout(true);
    outer.setContinuousLayout(true);
    return outer;
  }

  /** Sets the initial pane widths (sidebar, then results : preview about 45 : 55); once shown. */
  void placeDividers() {
    boolean rtl = i18n.isRightToLeft();
    int sidebar = 230;
    outerSplit.setDividerLocation(rtl ? outerSplit.getWidth() - sidebar - outerSplit.getDividerSize() : sidebar);
    outerSplit.validate();
    int w = innerSplit.getWidth();
    innerSplit.setDividerLocation(rtl ? (int) (w * 0.55) : (int) (w * 0.45));
  }

  private void bindKeys(Action focusSearch) {
    JComponent root = frame.getRootPane();
    bind(root, JComponent.WHEN_IN_FOCUSED_WINDOW, KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK), "focusSearch", focusSearch);
    // Enter on a result opens it; Escape in the results or the preview goes back to the query.
    bind(results.hitList(), JComponent.WHEN_FOCUSED, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open", open);
    Action back = action("action.backToSearch", null, searchBar::focusField);
    bind(results.hitList(), JComponent.WHEN_FOCUSED, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "back", back);
    previewPane.onEscape(searchBar::focusField);
  }

  private static void bind(JComponent c, int condition, KeyStroke key, String name, Action a) {
    c.getInputMap(condition).put(key, name);
    c.getActionMap().put(name, a);
  }

  private JMenu menu(String key) {
    JMenu m = new JMenu(i18n.get(key));
    m.setName(key);
    m.setMnemonic(mnemonic(key));
    return m;
  }

  private JMenuItem item(Action a) {
    JMenuItem item = new JMenuItem(a);
    Object name = a.getValue("fahras.key");
    item.setName(name == null ? null : name.toString());
    return item;
  }

  private int mnemonic(String key) {
    String m = i18n.get(key + ".mnemonic");
    return m.startsWith("!") || m.isEmpty() ? 0 : KeyEvent.getExtendedKeyCodeForChar(m.charAt(0));
  }

  private AbstractAction action(String key, KeyStroke accelerator, Runnable run) {
    AbstractAction a = new AbstractAction(i18n.get(key)) {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        run.run();
      }
    };
    a.putValue("fahras.key", key);
    if (accelerator != null) {
      a.putValue(Action.ACCELERATOR_KEY, accelerator);
    }
    int m = mnemonic(key);
    if (m != 0) {
      a.putValue(Action.MNEMONIC_KEY, m);
    }
    return a;
  }

  private void moveResult(int delta) {
    search.moveSelection(delta);
  }

  private void openSelected() {
    SearchHit h = search.selectedHit();
    if (h != null) {
      desktop.open(h.path(), frame);
    }
  }

  private void revealSelected() {
    SearchHit h = search.selectedHit();
    if (h != null) {
      desktop.reveal(h.path(), frame);
    }
  }

  private void showShortcuts() {
    JOptionPane.showMessageDialog(frame, i18n.get("shortcuts.text"), i18n.get("action.shortcuts"), JOptionPane.INFORMATION_MESSAGE);
  }

  private void showAbout() {
    JOptionPane.showMessageDialog(frame, i18n.get("about.text"), i18n.get("action.about"), JOptionPane.INFORMATION_MESSAGE);
  }

  /** Closes the window (the application ends when it was the last). */
  public void close() {
    frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING));
  }

  public JFrame frame() {
    return frame;
  }

  public I18n i18n() {
    return i18n;
  }

  /** The File menu: add items with {@link #addFileAction}. */
  public JMenu fileMenu() {
    return fileMenu;
  }

  /** The Tools menu: add items with {@link #addToolsAction}. */
  public JMenu toolsMenu() {
    return toolsMenu;
  }

  public JMenu viewMenu() {
    return viewMenu;
  }

  public JMenu helpMenu() {
    return helpMenu;
  }

  /** Adds an item to the File menu, after open/reveal and before Exit. */
  public JMenuItem addFileAction(Action a) {
    JMenuItem item = new JMenuItem(a);
    int at = fileInsertAt;
    while (at < fileMenu.getMenuComponentCount() - 2 && !(fileMenu.getMenuComponent(at) instanceof javax.swing.JSeparator)) {
      at++;
    }
    fileMenu.insert(item, at);
    item.applyComponentOrientation(i18n.orientation());
    return item;
  }

  /** Adds an item to the Tools menu. */
  public JMenuItem addToolsAction(Action a) {
    toolsMenu.remove(noTools);
    JMenuItem item = toolsMenu.add(a);
    item.applyComponentOrientation(i18n.orientation());
    return item;
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  /**
   * Opens a dialog over this window: made by {@code factory} with the frame as owner, turned
   * right to left for Arabic, packed when it has no size, centred and shown.
   */
  public <W extends Window> W openDialog(Function<JFrame, W> factory) {
    W w = factory.apply(frame);
    w.applyComponentOrientation(i18n.orientation());
    if (w.getWidth() == 0 || w.getHeight() == 0) {
      w.pack();
    }
    w.setLocationRelativeTo(frame);
    w.setVisible(true);
    return w;
  }

  /** Tells the window the index changed (an indexing run finished): the current search runs again. */
  public void indexChanged() {
    backend.reload();
    if (!search.query().isBlank()) {
      search.search(false);
    }
  }

  /** The search view-model: the current request and result. */
  public SearchViewModel searchModel() {
    return search;
  }

  public SearchBar searchBar() {
    return searchBar;
  }

  public ResultsPanel results() {
    return results;
  }

  public PreviewPane preview() {
    return previewPane;
  }

  public FacetSidebar facets() {
    return facets;
  }

  /** Stops listening to the view-models and disposes the frame, without ending the application. */
  void detach() {
    search.removeListener(selectionListener);
    searchBar.detach();
    results.detach();
    previewPane.detach();
    entityPanel.detach();
    facets.detach();
  }
}
