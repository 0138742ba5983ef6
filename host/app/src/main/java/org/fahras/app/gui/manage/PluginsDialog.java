package org.fahras.app.gui.manage;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.manage.PluginsViewModel.Pending;
import org.fahras.app.gui.manage.PluginsViewModel.Row;
import org.fahras.app.plugins.InvalidPluginException;

/**
 * The plugin manager: a table of plugins (id, version, state, provider, extension points, what
 * changes at restart), the selected plugin's problem in full, and Enable/Disable, Install…,
 * Uninstall. Changes apply when Fahras restarts, which a notice at the top says.
 */
public final class PluginsDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  private final PluginsViewModel model;
  private final I18n i18n;
  private final Executor worker;
  private final Rows rows;
  private final JTable table;
  private final JTextArea problem = PlainText.of(new JTextArea(3, 40));
  private final JLabel notice = PlainText.of(new JLabel());
  private final JButton toggle;
  private final JButton install;
  private final JButton uninstall;

  public PluginsDialog(Window owner, PluginsViewModel model, I18n i18n, Executor worker) {
    super(owner, i18n.get("plugins.title"), ModalityType.MODELESS);
    this.model = model;
    this.i18n = i18n;
    this.worker = worker;
    this.rows = new Rows();
    this.table = new JTable(rows);
    setName("plugins.dialog");
    setDefaultCloseOperation(DISPOSE_ON_CLOSE);
    table.setName("plugins.table");
    table.setDefaultRenderer(Object.class, new PlainText.TableCells());
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setFillsViewportHeight(true);
    int[] widths = {130, 70, 110, 120, 170, 170};
    for (int i = 0; i < widths.length; i++) {
      table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }
    table.getSelectionModel().addListSelectionListener(e -> selectionChanged());
    problem.setName("plugins.problem");
    problem.setEditable(false);
    problem.setLineWrap(true);
    problem.setWrapStyleWord(true);
    notice.setName("plugins.notice");
    notice.setText(i18n.get("plugins.restartNotice"));
    notice.setBorder(BorderFactory.createEmptyBorder(0, 0, 6, 0));

    toggle = button("plugins.disable", this::toggleSelected);
    install = button("plugins.install", this::chooseZip);
    uninstall = button("plugins.uninstall", this::toggleUninstall);
    install.setEnabled(model.canInstall());
    JButton close = button("dialog.close", this::dispose);

    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    buttons.add(toggle);
    buttons.add(uninstall);
    buttons.add(install);
    JPanel south = new JPanel(new BorderLayout(6, 6));
    JPanel problemPanel = new JPanel(new BorderLayout(4, 4));
    problemPanel.add(new JLabel(i18n.get("plugins.problem")), BorderLayout.NORTH);
    problemPanel.add(new JScrollPane(problem), BorderLayout.CENTER);
    south.add(problemPanel, BorderLayout.CENTER);
    JPanel bottom = new JPanel(new BorderLayout());
    bottom.add(buttons, BorderLayout.LINE_START);
    JPanel closePanel = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
    closePanel.add(close);
    bottom.add(closePanel, BorderLayout.LINE_END);
    south.add(bottom, BorderLayout.SOUTH);

    JPanel content = new JPanel(new BorderLayout(8, 8));
    content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    content.add(notice, BorderLayout.NORTH);
    content.add(new JScrollPane(table), BorderLayout.CENTER);
    content.add(south, BorderLayout.SOUTH);
    setContentPane(content);
    setSize(new Dimension(900, 460));
    selectionChanged();
    refresh();
  }

  private JButton button(String key, Runnable action) {
    JButton b = new JButton(i18n.get(key));
    b.setName(key);
    b.addActionListener(e -> action.run());
    return b;
  }

  /** Reads the rows again, off the event thread. */
  public void refresh() {
    worker.execute(() -> {
      try {
        List<Row> r = model.rows();
        SwingUtilities.invokeLater(() -> rows.show(r));
      } catch (IOException | RuntimeException e) {
        SwingUtilities.invokeLater(() -> error(e.getMessage()));
      }
    });
  }

  private Row selected() {
    int i = table.getSelectedRow();
    return i < 0 ? null : rows.rows.get(table.convertRowIndexToModel(i));
  }

  private void selectionChanged() {
    Row r = selected();
    toggle.setEnabled(r != null && r.pending() != Pending.INSTALL && r.pending() != Pending.UNINSTALL);
    toggle.setText(i18n.get(r != null && !r.enabledAtNextStart() ? "plugins.enable" : "plugins.disable"));
    uninstall.setEnabled(r != null && model.canInstall() && r.pending() != Pending.INSTALL);
    uninstall.setText(i18n.get(r != null && r.pending() == Pending.UNINSTALL ? "plugins.keep" : "plugins.uninstall"));
    problem.setText(r == null || r.problem() == null ? "" : r.problem());
  }

  private void toggleSelected() {
    Row r = selected();
    if (r != null) {
      run(() -> model.setEnabled(r.id(), !r.enabledAtNextStart()));
    }
  }

  private void toggleUninstall() {
    Row r = selected();
    if (r != null) {
      run(() -> model.setUninstalled(r.id(), r.pending() != Pending.UNINSTALL));
    }
  }

  private void chooseZip() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(new FileNameExtensionFilter(i18n.get("plugins.zipFilter"), "zip"));
    chooser.setDialogTitle(i18n.get("plugins.install"));
    chooser.setComponentOrientation(getComponentOrientation());
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      Path zip = chooser.getSelectedFile().toPath();
      worker.execute(() -> {
        try {
          var d = model.install(zip);
          SwingUtilities.invokeLater(() -> {
            refresh();
            info(i18n.format("plugins.installed", d.id(), d.version()));
          });
        } catch (InvalidPluginException e) {
          SwingUtilities.invokeLater(() -> error(i18n.format("plugins.invalid." + e.problem(), e.detail())));
        } catch (IOException | RuntimeException e) {
          SwingUtilities.invokeLater(() -> error(e.getMessage()));
        }
      });
    }
  }

  private interface Change {
    void run() throws IOException;
  }

  private void run(Change c) {
    worker.execute(() -> {
      try {
        c.run();
        SwingUtilities.invokeLater(this::refresh);
      } catch (IOException | RuntimeException e) {
        SwingUtilities.invokeLater(() -> error(e.getMessage()));
      }
    });
  }

  private void error(String message) {
    JOptionPane.showMessageDialog(this, PlainText.of(new JLabel(String.valueOf(message))), getTitle(), JOptionPane.ERROR_MESSAGE);
  }

  private void info(String message) {
    JOptionPane.showMessageDialog(this, PlainText.of(new JLabel(message)), getTitle(), JOptionPane.INFORMATION_MESSAGE);
  }

  public JTable table() {
    return table;
  }

  public JTextArea problemText() {
    return problem;
  }

  /** The plugin rows as a table model. */
  private final class Rows extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private List<Row> rows = List.of();

    void show(List<Row> r) {
      String keep = selected() == null ? null : selected().id();
      rows = r;
      fireTableDataChanged();
      for (int i = 0; i < r.size(); i++) {
        if (r.get(i).id().equals(keep)) {
          table.getSelectionModel().setSelectionInterval(i, i);
        }
      }
      if (table.getSelectedRow() < 0 && !r.isEmpty()) {
        table.getSelectionModel().setSelectionInterval(0, 0);
      }
      selectionChanged();
    }

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return 6;
    }

    @Override
    public String getColumnName(int c) {
      return i18n.get(new String[] {"plugins.id", "plugins.version", "plugins.state", "plugins.provider",
          "plugins.extensions", "plugins.atRestart"}[c]);
    }

    @Override
    public Object getValueAt(int row, int c) {
      Row r = rows.get(row);
      return switch (c) {
        case 0 -> r.id();
        case 1 -> r.version();
        case 2 -> state(r);
        case 3 -> r.provider();
        case 4 -> String.join(", ", r.extensionPoints());
        default -> r.pending() == Pending.NONE ? "" : i18n.get("plugins.pending." + r.pending());
      };
    }

    private String state(Row r) {
      String text = i18n.get("plugins.state." + r.state());
      String s = text.startsWith("!") ? r.state() : text;
      return r.problem() != null && "STARTED".equals(r.state()) ? s + " ⚠" : s;
    }
  }
}
