package org.fahras.app.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * The window's status bar: a message on the leading side, and on the trailing side an area for
 * progress (an indexing run) and for components other parts of the GUI add.
 *
 * <p>Call from the event thread.
 */
public final class StatusBar extends JPanel {

  private static final long serialVersionUID = 1L;

  private final JLabel message = Untrusted.plain(new JLabel(" "));
  private final JLabel progressText = new JLabel();
  private final JProgressBar progress = new JProgressBar(0, 100);
  private final JPanel trailing = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));

  public StatusBar() {
    super(new BorderLayout(8, 0));
    setBorder(BorderFactory.createCompoundBorder(
        BorderFactory.createMatteBorder(1, 0, 0, 0, GuiColors.ui("Separator.foreground", java.awt.Color.LIGHT_GRAY)),
        BorderFactory.createEmptyBorder(3, 8, 3, 8)));
    message.setName("status.message");
    progress.setName("status.progress");
    progressText.setVisible(false);
    progress.setVisible(false);
    progress.setPreferredSize(new java.awt.Dimension(160, progress.getPreferredSize().height));
    trailing.setOpaque(false);
    trailing.add(progressText);
    trailing.add(progress);
    add(message, BorderLayout.CENTER);
    add(trailing, BorderLayout.LINE_END);
  }

  /** Shows a message on the leading side. */
  public void setMessage(String text) {
    message.setText(text == null || text.isEmpty() ? " " : text);
  }

  public String message() {
    return message.getText();
  }

  /**
   * Shows progress on the trailing side.
   *
   * @param text what is in progress ("Indexing 120 of 400 files")
   * @param percent 0–100, or negative for indeterminate
   */
  public void showProgress(String text, int percent) {
    progressText.setText(text);
    progressText.setVisible(text != null && !text.isEmpty());
    progress.setIndeterminate(percent < 0);
    progress.setValue(Math.max(0, Math.min(100, percent)));
    progress.setVisible(true);
    revalidate();
  }

  /** Hides the progress. */
  public void hideProgress() {
    progressText.setVisible(false);
    progress.setVisible(false);
    revalidate();
  }

  /** Adds a component to the trailing area (before the progress). */
  public void addTrailing(JComponent c) {
    trailing.add(c, 0);
    c.applyComponentOrientation(getComponentOrientation());
    revalidate();
  }
}
