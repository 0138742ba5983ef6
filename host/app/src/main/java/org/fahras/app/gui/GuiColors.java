package org.fahras.app.gui;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import javax.swing.UIManager;

/** Colours the look and feel does not define: hit highlights, for the light and the dark theme. */
public final class GuiColors {

  private GuiColors() {}

  /** Background of a hit in snippets and the preview. */
  public static Color hit() {
    return FlatLaf.isLafDark() ? new Color(0x6B5A12) : new Color(0xFFE36E);
  }

  /** Background of the current hit in the preview. */
  public static Color currentHit() {
    return FlatLaf.isLafDark() ? new Color(0xB0561A) : new Color(0xFFA54A);
  }

  /** Secondary text: paths, dates, counts. */
  public static Color secondaryText() {
    Color c = UIManager.getColor("Label.disabledForeground");
    return c != null ? c : Color.GRAY;
  }

  /** A UI colour by key, or a fallback. */
  public static Color ui(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c != null ? c : fallback;
  }
}
