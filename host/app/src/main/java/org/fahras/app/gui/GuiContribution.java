package org.fahras.app.gui;

/**
 * A part of the GUI built apart from the main window (index management, plugin manager,
 * settings): called each time the window is built (at start and after a change of language or
 * theme), it adds its menu items ({@link MainWindow#fileMenu()}, {@link MainWindow#toolsMenu()}),
 * status bar components ({@link MainWindow#statusBar()}) and opens its dialogs with {@link
 * MainWindow#openDialog}.
 */
@FunctionalInterface
public interface GuiContribution {

  void contribute(MainWindow window, GuiContext context);
}
