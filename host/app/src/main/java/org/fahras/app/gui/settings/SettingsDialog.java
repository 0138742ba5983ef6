package org.fahras.app.gui.settings;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.fahras.api.PluginOption;
import org.fahras.app.config.BackendChoice;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.Theme;
import org.fahras.app.plugins.PluginOptions;

/**
 * Settings: interface language and theme (applied at once by rebuilding the window), the index
 * location (applies at the next start), the analysis in use (read-only), and the options the
 * plugins declare, one group per plugin with the plugin's own labels: a check box per boolean, a
 * list per choice, a text field per text option (apply at the next start; a changed analysis
 * makes the next indexing run read every file again).
 */
public final class SettingsDialog extends JDialog {

  private static final long serialVersionUID = 1L;

  private final SettingsViewModel model;
  private final I18n i18n;
  private final JComboBox<I18n.Language> language = new JComboBox<>(I18n.Language.values());
  private final JComboBox<Theme> theme = new JComboBox<>(Theme.values());
  private final JTextField indexDir = new JTextField(32);
  private final List<OptionEditor> optionEditors = new ArrayList<>();

  /** The component of one plugin option and how to read the value it shows. */
  private record OptionEditor(PluginOptions plugin, PluginOption option, Supplier<String> value) {}

  /**
   * @param applied called on the event thread after saving, with the view-model, so the caller
   *     can switch language or theme
   */
  public SettingsDialog(Window owner, SettingsViewModel model, I18n i18n, Executor worker, Consumer<SettingsViewModel> applied) {
    super(owner, i18n.get("settings.title"), ModalityType.APPLICATION_MODAL);
    this.model = model;
    this.i18n = i18n;
    setName("settings.dialog");
    setDefaultCloseOperation(DISPOSE_ON_CLOSE);
    language.setName("settings.language");
    theme.setName("settings.theme");
    indexDir.setName("settings.indexDir");
    indexDir.putClientProperty("html.disable", Boolean.TRUE);
    indexDir.setEditable(false);
    language.setRenderer(renderer(l -> i18n.get("language." + ((I18n.Language) l).locale().getLanguage())));
    theme.setRenderer(renderer(t -> i18n.get("theme." + ((Theme) t).key())));
    language.setSelectedItem(model.language());
    theme.setSelectedItem(model.theme());
    indexDir.setText(model.indexDir().toString());

    JButton choose = new JButton(i18n.get("settings.indexDir.choose"));
    choose.addActionListener(e -> chooseIndexDir());
    JButton reset = new JButton(i18n.get("settings.indexDir.default"));
    reset.addActionListener(e -> {
      model.useDefaultIndexDir();
      indexDir.setText(model.indexDir().toString());
    });

    JPanel form = new JPanel(new GridBagLayout());
    int row = 0;
    row = addRow(form, row, "settings.language", language);
    row = addRow(form, row, "settings.theme", theme);
    JPanel dirRow = new JPanel(new BorderLayout(6, 0));
    dirRow.add(indexDir, BorderLayout.CENTER);
    JPanel dirButtons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
    dirButtons.add(choose);
    dirButtons.add(reset);
    dirRow.add(dirButtons, BorderLayout.LINE_END);
    row = addRow(form, row, "settings.indexDir", dirRow);
    row = addRow(form, row, "", note(i18n.get("settings.indexDir.note")));
    JLabel analysis = new JLabel(model.analysisSignature());
    analysis.setName("settings.analysis");
    analysis.putClientProperty("html.disable", Boolean.TRUE);
    row = addRow(form, row, "settings.analysis", analysis);
    row = addRow(form, row, "", note(i18n.get(model.analysisIsFallback() ? "settings.analysis.fallback" : "settings.analysis.note")));
    if (!model.backends().isEmpty()) {
      row = addWide(form, row, backendPanel());
    }
    for (PluginOptions p : model.pluginOptions()) {
      row = addWide(form, row, pluginPanel(p));
    }
    if (!model.pluginOptions().isEmpty()) {
      JComponent pluginsNote = note(i18n.get("settings.plugins.note"));
      pluginsNote.setName("settings.plugins.note");
      addWide(form, row, pluginsNote);
    }

    JButton ok = new JButton(i18n.get("dialog.save"));
    ok.setName("settings.save");
    JButton cancel = new JButton(i18n.get("dialog.cancel"));
    cancel.addActionListener(e -> dispose());
    ok.addActionListener(e -> {
      for (OptionEditor editor : optionEditors) {
        if (!model.setOptionValue(editor.plugin(), editor.option(), editor.value().get())) {
          JOptionPane.showMessageDialog(this,
              i18n.format("settings.option.invalid", editor.plugin().label(editor.option(), locale())),
              getTitle(), JOptionPane.ERROR_MESSAGE);
          return;
        }
      }
      if (backendChoice != null) {
        String id = String.valueOf(backendChoice.getSelectedItem());
        Map<String, String> values = new LinkedHashMap<>();
        backendFields.getOrDefault(id, Map.of()).forEach((k, f) -> values.put(k, f.getText()));
        String missing = model.setBackend(id, values);
        if (missing != null) {
          JOptionPane.showMessageDialog(this, i18n.format("settings.backend.missing", missing), getTitle(), JOptionPane.ERROR_MESSAGE);
          return;
        }
      }
      model.setLanguage((I18n.Language) language.getSelectedItem());
      model.setTheme((Theme) theme.getSelectedItem());
      ok.setEnabled(false);
      worker.execute(() -> {
        try {
          model.save();
          SwingUtilities.invokeLater(() -> {
            if (model.indexDirChanged() || model.backendChanged()) {
              JOptionPane.showMessageDialog(this, i18n.get("settings.restart"), getTitle(), JOptionPane.INFORMATION_MESSAGE);
            }
            if (model.pluginOptionsChanged()) {
              String key = model.analysisOptionsChanged() ? "settings.plugins.restart.analysis" : "settings.plugins.restart";
              JOptionPane.showMessageDialog(this, i18n.get(key), getTitle(), JOptionPane.INFORMATION_MESSAGE);
            }
            dispose();
            applied.accept(model);
          });
        } catch (IOException | RuntimeException ex) {
          SwingUtilities.invokeLater(() -> {
            ok.setEnabled(true);
            JOptionPane.showMessageDialog(this, String.valueOf(ex.getMessage()), getTitle(), JOptionPane.ERROR_MESSAGE);
          });
        }
      });
    });
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
    buttons.add(ok);
    buttons.add(cancel);
    getRootPane().setDefaultButton(ok);

    JPanel content = new JPanel(new BorderLayout(8, 12));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(form, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    pack();
  }

  private static javax.swing.ListCellRenderer<Object> renderer(java.util.function.Function<Object, String> text) {
    javax.swing.DefaultListCellRenderer r = new javax.swing.DefaultListCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
          boolean selected, boolean focus) {
        return super.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected, focus);
      }
    };
    return r;
  }

  private Locale locale() {
    return i18n.language().locale();
  }

  private JComboBox<String> backendChoice;
  /** Backend id → setting name → its field. */
  private final Map<String, Map<String, JTextField>> backendFields = new LinkedHashMap<>();

  /**
   * Where the index is: the local index or a backend a plugin provides, with that backend's
   * settings (shown for the selected one only).
   */
  private JComponent backendPanel() {
    JPanel panel = new JPanel(new BorderLayout(0, 4));
    panel.setName("settings.backend");
    panel.setBorder(BorderFactory.createTitledBorder(i18n.get("settings.backend")));
    List<String> ids = new ArrayList<>();
    ids.add(BackendChoice.LOCAL);
    Map<String, String> descriptions = new LinkedHashMap<>();
    descriptions.put(BackendChoice.LOCAL, i18n.get("settings.backend.local"));
    java.awt.CardLayout cards = new java.awt.CardLayout();
    JPanel settingsCards = new JPanel(cards);
    settingsCards.add(new JPanel(), BackendChoice.LOCAL);
    BackendChoice current = model.backend();
    for (SettingsViewModel.BackendOffer o : model.backends()) {
      ids.add(o.id());
      descriptions.put(o.id(), o.id() + " — " + o.description());
      JPanel fields = new JPanel(new GridBagLayout());
      Map<String, JTextField> byName = new LinkedHashMap<>();
      int r = 0;
      for (Map.Entry<String, String> e : o.settings().entrySet()) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = r++;
        c.insets = new Insets(2, 4, 2, 4);
        c.anchor = GridBagConstraints.LINE_START;
        fields.add(plainLabel(e.getKey() + (o.required().contains(e.getKey()) ? " *" : "")), c);
        JTextField f = new JTextField(current.id().equals(o.id()) ? current.settings().getOrDefault(e.getKey(), "") : "", 24);
        f.setName("settings.backend." + o.id() + "." + e.getKey());
        f.putClientProperty("html.disable", Boolean.TRUE);
        f.setToolTipText(e.getValue());
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        fields.add(f, c);
        byName.put(e.getKey(), f);
      }
      backendFields.put(o.id(), byName);
      settingsCards.add(fields, o.id());
    }
    backendChoice = new JComboBox<>(ids.toArray(new String[0]));
    backendChoice.setName("settings.backend.choice");
    backendChoice.setRenderer(renderer(id -> descriptions.getOrDefault(id, String.valueOf(id))));
    backendChoice.addActionListener(e -> cards.show(settingsCards, String.valueOf(backendChoice.getSelectedItem())));
    backendChoice.setSelectedItem(ids.contains(current.id()) ? current.id() : BackendChoice.LOCAL);
    cards.show(settingsCards, String.valueOf(backendChoice.getSelectedItem()));
    panel.add(backendChoice, BorderLayout.PAGE_START);
    panel.add(settingsCards, BorderLayout.CENTER);
    panel.add(note(i18n.get("settings.backend.note")), BorderLayout.PAGE_END);
    return panel;
  }

  /** One plugin's options under its own heading. */
  private JComponent pluginPanel(PluginOptions p) {
    JPanel panel = new JPanel(new GridBagLayout());
    panel.setName("settings.plugin." + p.pluginId());
    panel.setBorder(BorderFactory.createTitledBorder(p.title(locale())));
    int row = 0;
    for (PluginOption o : p.options()) {
      String label = p.label(o, locale());
      String name = "settings.option." + p.pluginId() + "." + o.key();
      String current = model.optionValue(p, o);
      GridBagConstraints c = new GridBagConstraints();
      c.gridy = row++;
      c.insets = new Insets(2, 4, 2, 4);
      c.anchor = GridBagConstraints.LINE_START;
      switch (o.type()) {
        case BOOLEAN -> {
          JCheckBox box = new JCheckBox(label, Boolean.parseBoolean(current));
          box.setName(name);
          box.putClientProperty("html.disable", Boolean.TRUE);
          c.gridwidth = 2;
          c.weightx = 1;
          panel.add(box, c);
          optionEditors.add(new OptionEditor(p, o, () -> Boolean.toString(box.isSelected())));
        }
        case CHOICE -> {
          JComboBox<String> combo = new JComboBox<>(o.choices().toArray(new String[0]));
          combo.setName(name);
          combo.setSelectedItem(current);
          panel.add(plainLabel(label), c);
          c.gridx = 1;
          c.weightx = 1;
          panel.add(combo, c);
          optionEditors.add(new OptionEditor(p, o, () -> String.valueOf(combo.getSelectedItem())));
        }
        case TEXT -> {
          JTextField field = new JTextField(current, 24);
          field.setName(name);
          field.putClientProperty("html.disable", Boolean.TRUE);
          panel.add(plainLabel(label), c);
          c.gridx = 1;
          c.weightx = 1;
          c.fill = GridBagConstraints.HORIZONTAL;
          panel.add(field, c);
          optionEditors.add(new OptionEditor(p, o, field::getText));
        }
      }
    }
    return panel;
  }

  private static JLabel plainLabel(String text) {
    JLabel l = new JLabel(text);
    l.putClientProperty("html.disable", Boolean.TRUE);
    return l;
  }

  private static int addWide(JPanel form, int row, JComponent component) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.gridx = 0;
    c.gridwidth = 2;
    c.weightx = 1;
    c.insets = new Insets(6, 4, 4, 4);
    c.fill = GridBagConstraints.HORIZONTAL;
    form.add(component, c);
    return row + 1;
  }

  private JComponent note(String text) {
    JTextArea a = new JTextArea(text);
    a.setEditable(false);
    a.setLineWrap(true);
    a.setWrapStyleWord(true);
    a.setOpaque(false);
    a.setColumns(40);
    a.setFont(a.getFont().deriveFont(a.getFont().getSize2D() - 1f));
    return a;
  }

  private int addRow(JPanel form, int row, String labelKey, JComponent field) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.insets = new Insets(4, 4, 4, 4);
    c.anchor = GridBagConstraints.LINE_START;
    c.gridx = 0;
    form.add(new JLabel(labelKey.isEmpty() ? "" : i18n.get(labelKey)), c);
    c.gridx = 1;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    form.add(field, c);
    return row + 1;
  }

  private void chooseIndexDir() {
    JFileChooser chooser = new JFileChooser(model.indexDir().toFile());
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setDialogTitle(i18n.get("settings.indexDir.choose"));
    chooser.setComponentOrientation(getComponentOrientation());
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION && chooser.getSelectedFile() != null) {
      Path p = chooser.getSelectedFile().toPath();
      model.setIndexDir(p);
      indexDir.setText(model.indexDir().toString());
    }
  }
}
