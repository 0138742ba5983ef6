package org.fahras.app.gui.manage;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.manage.IndexViewModel.Snapshot;
import org.fahras.app.gui.manage.IndexViewModel.State;

/**
 * Index management: the indexed folders with Add…/Remove, Start/Stop, a progress bar with files,
 * megabytes, rate and time left, a "watch folders" switch, and the files that could not be read
 * with their reason. Everything it asks of the index runs on the view-model's threads; updates
 * come back coalesced, at most one pending repaint at a time, so thousands of per-file events
 * never flood the event thread.
 */
public final class IndexPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  private final IndexViewModel model;
  private final I18n i18n;
  private final DefaultListModel<Path> folderModel = new DefaultListModel<>();
  private final JList<Path> folderList = new JList<>(folderModel);
  private final JButton add;
  private final JButton remove;
  private final JButton start;
  private final JButton stop;
  private final JButton rebuild;
  private final JCheckBox watch;
  private final JProgressBar progress = new JProgressBar(0, 100);
  private final JLabel status = PlainText.of(new JLabel(" "));
  /** The plugins the last run left out (hung or kept failing), one a line; hidden when none. */
  private final JLabel leftOut = PlainText.of(new JLabel());
  private final FailureTable failures;
  private final JLabel failuresTitle = new JLabel();
  private final AtomicBoolean updatePending = new AtomicBoolean();
  private final IndexViewModel.Listener listener;
  private final List<Runnable> onUpdate = new java.util.concurrent.CopyOnWriteArrayList<>();
  private boolean updatingWatch;

  public IndexPanel(IndexViewModel model, I18n i18n) {
    super(new BorderLayout(8, 8));
    this.model = model;
    this.i18n = i18n;
    this.failures = new FailureTable();
    setName("index.panel");
    setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    add = button("index.add", this::chooseFolder);
    remove = button("index.remove", this::removeSelected);
    start = button("index.start", model::start);
    stop = button("index.stop", model::stop);
    rebuild = button("index.rebuild", this::confirmRebuild);
    watch = new JCheckBox(i18n.get("index.watch"));
    watch.setName("index.watch");
    watch.setToolTipText(i18n.get("index.watch.tip"));
    watch.addActionListener(e -> {
      if (!updatingWatch) {
        model.setWatching(watch.isSelected());
      }
    });
    folderList.setName("index.folders");
    folderList.setCellRenderer(new PlainText.ListCells());
    folderList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    folderList.setVisibleRowCount(5);
    folderList.addListSelectionListener(e -> update(model.snapshot()));
    progress.setName("index.progress");
    progress.setStringPainted(true);
    status.setName("index.status");

    JPanel folders = new JPanel(new BorderLayout(6, 6));
    folders.add(new JLabel(i18n.get("index.folders")), BorderLayout.NORTH);
    folders.add(new JScrollPane(folderList), BorderLayout.CENTER);
    JPanel folderButtons = new JPanel(new GridLayout(0, 1, 0, 6));
    folderButtons.add(add);
    folderButtons.add(remove);
    JPanel buttonColumn = new JPanel(new BorderLayout());
    buttonColumn.add(folderButtons, BorderLayout.NORTH);
    folders.add(buttonColumn, BorderLayout.LINE_END);

    JPanel run = new JPanel();
    run.setLayout(new BoxLayout(run, BoxLayout.PAGE_AXIS));
    JPanel runButtons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    runButtons.add(start);
    runButtons.add(stop);
    runButtons.add(rebuild);
    runButtons.add(Box.createHorizontalStrut(12));
    runButtons.add(watch);
    runButtons.setAlignmentX(LEFT_ALIGNMENT);
    progress.setAlignmentX(LEFT_ALIGNMENT);
    status.setAlignmentX(LEFT_ALIGNMENT);
    progress.setMaximumSize(new Dimension(Integer.MAX_VALUE, progress.getPreferredSize().height));
    run.add(runButtons);
    run.add(Box.createVerticalStrut(8));
    run.add(progress);
    run.add(Box.createVerticalStrut(4));
    run.add(status);
    run.add(leftOut);
    leftOut.setVisible(false);

    JPanel top = new JPanel(new BorderLayout(8, 10));
    top.add(folders, BorderLayout.CENTER);
    top.add(run, BorderLayout.SOUTH);

    JPanel failed = new JPanel(new BorderLayout(6, 6));
    failed.add(failuresTitle, BorderLayout.NORTH);
    failed.add(new JScrollPane(failures.table), BorderLayout.CENTER);

    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, failed);
    split.setResizeWeight(0.4);
    split.setBorder(null);
    add(split, BorderLayout.CENTER);
    setPreferredSize(new Dimension(760, 560));

    listener = s -> scheduleUpdate();
    model.addListener(listener);
    update(model.snapshot());
  }

  private void confirmRebuild() {
    int answer = javax.swing.JOptionPane.showConfirmDialog(
        this, i18n.get("index.rebuild.confirm"), i18n.get("index.rebuild"), javax.swing.JOptionPane.OK_CANCEL_OPTION);
    if (answer == javax.swing.JOptionPane.OK_OPTION) {
      model.rebuild();
    }
  }

  private JButton button(String key, Runnable action) {
    JButton b = new JButton(i18n.get(key));
    b.setName(key);
    b.addActionListener(e -> action.run());
    return b;
  }

  /** Stops listening to the view-model (when the window goes away). */
  public void detach() {
    model.removeListener(listener);
  }

  /** Runs {@code r} on the event thread after every update of the panel (the status indicator). */
  void onUpdate(Runnable r) {
    onUpdate.add(r);
  }

  /** Called from any thread; at most one update waits on the event queue. */
  private void scheduleUpdate() {
    if (updatePending.compareAndSet(false, true)) {
      SwingUtilities.invokeLater(() -> {
        updatePending.set(false);
        update(model.snapshot());
      });
    }
  }

  private void update(Snapshot s) {
    if (!folderModel.isEmpty() || !s.folders().isEmpty()) {
      List<Path> shown = java.util.Collections.list(folderModel.elements());
      if (!shown.equals(s.folders())) {
        Path selected = folderList.getSelectedValue();
        folderModel.clear();
        s.folders().forEach(folderModel::addElement);
        folderList.setSelectedValue(selected, true);
      }
    }
    boolean busy = s.busy();
    add.setEnabled(s.state() != State.STOPPING);
    remove.setEnabled(!busy && folderList.getSelectedValue() != null);
    start.setEnabled(!busy && !s.folders().isEmpty());
    rebuild.setEnabled(!busy && !s.folders().isEmpty());
    stop.setEnabled(s.state() == State.INDEXING);
    updatingWatch = true;
    watch.setSelected(s.watching());
    watch.setEnabled(s.state() != State.STOPPING && !s.folders().isEmpty());
    updatingWatch = false;

    IndexViewModel.Progress p = s.progress();
    int percent = p.percent();
    if (busy && percent < 0) {
      progress.setIndeterminate(true);
      progress.setString(i18n.get("index.walking"));
    } else {
      progress.setIndeterminate(false);
      progress.setValue(Math.max(0, percent));
      progress.setString(percent < 0 ? "" : percent + "%");
    }
    status.setText(statusText(s));
    leftOut.setVisible(!s.leftOut().isEmpty());
    leftOut.setText(s.leftOut().isEmpty() ? "" : i18n.format("index.leftOut", String.join("; ", s.leftOut())));
    failuresTitle.setText(i18n.format("index.failures", n(s.failures().size())));
    failures.show(s.failures());
    for (Runnable r : onUpdate) {
      r.run();
    }
  }

  /** The status line: progress while running, else how the last run ended. */
  String statusText(Snapshot s) {
    IndexViewModel.Progress p = s.progress();
    if (s.state() == State.STOPPING) {
      return i18n.get("index.stopping");
    }
    if (s.busy() || (s.state() == State.WATCHING && p.plannedFiles() >= 0 && p.doneFiles() < p.plannedFiles())) {
      if (p.plannedFiles() < 0) {
        return i18n.get("index.walking");
      }
      String eta = p.eta() == null ? "" : " — " + i18n.format("index.eta", duration(p.eta()));
      return i18n.format("index.progress", n(p.doneFiles()), n(p.plannedFiles()), megabytes(p.doneBytes()),
          megabytes(p.plannedBytes()), String.format(Locale.ROOT, "%.1f", p.bytesPerSecond() / 1e6)) + eta;
    }
    if (s.error() != null && s.outcome() == IndexViewModel.Outcome.FAILED) {
      return i18n.format("index.failed", s.error());
    }
    String base = switch (s.outcome()) {
      case DONE -> s.result() == null ? i18n.get("index.done.short")
          : i18n.format("index.done", n(s.result().added()), n(s.result().updated()), n(s.result().unchanged()),
              n(s.result().failed()), n(s.result().deleted()));
      case STOPPED -> i18n.get("index.stopped");
      case FAILED -> i18n.get("index.failed.short");
      case NONE -> s.folders().isEmpty() ? i18n.get("index.noFolders") : i18n.get("index.idle");
    };
    return s.state() == State.WATCHING ? base + " — " + i18n.get("index.watching") : base;
  }

  /** Numbers in the digits of the rest of the line (paths, sizes): ASCII digits in both languages. */
  static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  static String duration(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private void chooseFolder() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setDialogTitle(i18n.get("index.add.title"));
    chooser.setComponentOrientation(getComponentOrientation());
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION && chooser.getSelectedFile() != null) {
      model.addFolder(chooser.getSelectedFile().toPath());
    }
  }

  private void removeSelected() {
    Path p = folderList.getSelectedValue();
    if (p == null) {
      return;
    }
    int answer = javax.swing.JOptionPane.showConfirmDialog(this,
        PlainText.of(new JLabel(i18n.format("index.remove.confirm", p))),
        i18n.get("index.remove"), javax.swing.JOptionPane.OK_CANCEL_OPTION);
    if (answer == javax.swing.JOptionPane.OK_OPTION) {
      model.removeFolder(p);
    }
  }

  // ---- for tests and the status indicator ----

  public JList<Path> folderList() {
    return folderList;
  }

  public JButton startButton() {
    return start;
  }

  public JButton stopButton() {
    return stop;
  }

  public JCheckBox watchToggle() {
    return watch;
  }

  public JProgressBar progressBar() {
    return progress;
  }

  public JLabel statusLabel() {
    return status;
  }

  public JTable failureTable() {
    return failures.table;
  }

  /**
   * A small indicator for the main window's status bar: a thin progress bar and "Indexing 40%"
   * while a run goes on, "Watching" while watching; hidden otherwise. Clicking it calls {@code
   * open}.
   */
  public JComponent statusIndicator(Runnable open) {
    JProgressBar bar = new JProgressBar(0, 100);
    bar.setPreferredSize(new Dimension(120, 12));
    JLabel text = PlainText.of(new JLabel());
    JPanel p = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
    p.setName("index.indicator");
    p.setOpaque(false);
    p.add(text);
    p.add(bar);
    p.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
    p.setToolTipText(i18n.get("index.indicator.tip"));
    p.addMouseListener(new java.awt.event.MouseAdapter() {
      @Override
      public void mouseClicked(java.awt.event.MouseEvent e) {
        open.run();
      }
    });
    Runnable refresh = () -> {
      Snapshot s = model.snapshot();
      boolean busy = s.busy();
      int percent = s.progress().percent();
      bar.setVisible(busy);
      bar.setIndeterminate(busy && percent < 0);
      bar.setValue(Math.max(0, percent));
      text.setText(busy ? i18n.format("index.indicator.running", n(Math.max(0, percent)))
          : s.watching() ? i18n.get("index.watching") : "");
      p.setVisible(busy || s.watching());
      p.revalidate();
    };
    onUpdate(refresh);
    refresh.run();
    return p;
  }

  /** The failures table: path, reason, message, as plain text. */
  private final class FailureTable extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private List<IndexViewModel.Failure> rows = List.of();
    final JTable table = new JTable(this);

    FailureTable() {
      table.setName("index.failures");
      table.setDefaultRenderer(Object.class, new PlainText.TableCells());
      table.setAutoCreateRowSorter(true);
      table.setFillsViewportHeight(true);
      table.getColumnModel().getColumn(0).setPreferredWidth(360);
      table.getColumnModel().getColumn(1).setPreferredWidth(90);
      table.getColumnModel().getColumn(2).setPreferredWidth(300);
    }

    void show(List<IndexViewModel.Failure> failures) {
      if (!failures.equals(rows)) {
        rows = failures;
        fireTableDataChanged();
      }
    }

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return 3;
    }

    @Override
    public String getColumnName(int column) {
      return i18n.get(switch (column) {
        case 0 -> "index.failures.path";
        case 1 -> "index.failures.reason";
        default -> "index.failures.message";
      });
    }

    @Override
    public Object getValueAt(int row, int column) {
      IndexViewModel.Failure f = rows.get(row);
      return switch (column) {
        case 0 -> PlainText.ltr(f.path());
        case 1 -> reason(f.reason());
        default -> f.message();
      };
    }

    private String reason(String r) {
      String key = "reason." + (r == null ? "OTHER" : r);
      String text = i18n.get(key);
      return text.startsWith("!") ? String.valueOf(r) : text;
    }
  }
}
