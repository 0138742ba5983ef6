package org.fahras.app.cli;

import org.fahras.api.FahrasApi;
import picocli.CommandLine.Command;

/** The top-level {@code fahras} command. */
@Command(
    name = "fahras",
    mixinStandardHelpOptions = true,
    versionProvider = FahrasCommand.Version.class,
    description = {"Fahras (فهرس): full-text search for Arabic documents.", ""},
    subcommands = {
      IndexCommand.class,
      WatchCommand.class,
      SearchCommand.class,
      EntitiesCommand.class,
      ExportCommand.class,
      StatusCommand.class,
      FoldersCommand.class,
      PluginsCommand.class,
      SettingsCommand.class,
      DemoCommand.class,
      GuiCommand.class
    })
final class FahrasCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the application and plugin API versions. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = FahrasCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "Fahras " + (v == null ? "(development build)" : v), "Plugin API " + FahrasApi.VERSION
      };
    }
  }
}
