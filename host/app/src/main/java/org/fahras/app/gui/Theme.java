package org.fahras.app.gui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;

/** The interface themes: FlatLaf light and dark. */
public enum Theme {
  LIGHT,
  DARK;

  /** The key in the configuration ({@code ui.theme}) and the message bundle. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The theme for a configuration value; light when unknown. */
  public static Theme of(String value) {
    return value != null && value.strip().equalsIgnoreCase("dark") ? DARK : LIGHT;
  }

  /** Installs the look and feel (on the event thread). */
  void install() {
    if (this == DARK) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
  }
}
