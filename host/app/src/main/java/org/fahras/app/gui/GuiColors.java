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

  /**
   * The colour of an entity type's underline in the preview and its legend swatch: one hue per
   * type, told apart in both themes (and from the hit background).
   */
  public static Color entity(String type) {
    boolean dark = FlatLaf.isLafDark();
    return switch (type) {
      case "PERSON" -> dark ? new Color(0x6CB6FF) : new Color(0x1F5FBF);
      case "LOCATION" -> dark ? new Color(0x6BD18A) : new Color(0x1E7D3A);
      case "ORGANIZATION" -> dark ? new Color(0xD6A2FF) : new Color(0x7B2FB8);
      case "DATE" -> dark ? new Color(0xFF9C7A) : new Color(0xC2410C);
      case "TIME" -> dark ? new Color(0xF7C873) : new Color(0x8A6100);
      case "MONEY" -> dark ? new Color(0x5FD4D4) : new Color(0x0E7490);
      case "PERCENT" -> dark ? new Color(0xF59AC0) : new Color(0xBE185D);
      default -> dark ? new Color(0xB0B0B0) : new Color(0x606060);
    };
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
