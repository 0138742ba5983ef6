package org.fahras.app.gui;

import java.util.List;

/** The contributions the GUI starts with. Index management, plugins and settings add theirs here. */
public final class GuiContributions {

  private GuiContributions() {}

  public static List<GuiContribution> builtIn() {
    return List.of(new org.fahras.app.gui.manage.ManageContribution(), new org.fahras.app.gui.export.ExportContribution());
  }
}
