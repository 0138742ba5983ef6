package org.fahras.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.PluginOption;
import org.fahras.app.config.AppPaths;
import org.fahras.app.config.BackendChoice;
import org.fahras.app.config.UserConfig;
import org.fahras.app.plugins.PluginOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fahras settings}: the options the installed plugins declare (the Arabic normalisation
 * switches), with their current values, kept in the user's configuration (shared with the GUI).
 */
@Command(
    name = "settings",
    description = {
      "List or change the plugins' options (e.g. the Arabic normalisation switches).",
      "  fahras settings                          list them with their current values",
      "  fahras settings set PLUGIN.KEY VALUE     change one (e.g. arabic-analysis.hamza false)",
      "  fahras settings reset PLUGIN.KEY         go back to its default",
      "A change to the analysis applies at the next indexing run, which then reads every file again."
    })
final class SettingsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, set or reset")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PLUGIN.KEY", description = "The option.")
  String option;

  @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE", description = "The new value.")
  String value;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UserConfig config = UserConfig.load(AppPaths.system().dataDir());
    List<PluginOptions> all = PluginOptions.of(context.host());
    String a = action == null ? "list" : action;
    int code =
        switch (a) {
          case "list" -> {
            out.printf("backend = %s   (fahras settings set backend ID; backend.NAME VALUE for its settings)%n%n",
                BackendChoice.from(config).describe());
            yield list(all, config.settings(), out);
          }
          case "set", "reset" -> change(a.equals("set"), all, config, out, err);
          default -> {
            err.println("fahras: settings: unknown action '" + a + "' (list, set, reset)");
            yield 2;
          }
        };
    out.flush();
    err.flush();
    return code;
  }

  /** {@code backend ID} and {@code backend.NAME VALUE}: where the index is, for every command and the window. */
  private int changeBackend(boolean set, UserConfig config, PrintWriter out, PrintWriter err) throws java.io.IOException {
    if (option.equals(BackendChoice.KEY)) {
      List<String> ids = new java.util.ArrayList<>(List.of(BackendChoice.LOCAL));
      for (org.fahras.api.backend.IndexBackendProvider p : context.host().extensions(org.fahras.api.backend.IndexBackendProvider.class)) {
        ids.add(p.id());
      }
      if (set && !ids.contains(value.strip().toLowerCase(Locale.ROOT))) {
        err.printf("fahras: settings: backend takes %s, not '%s'%n", String.join(", ", ids), value);
        return 2;
      }
      BackendChoice now = BackendChoice.from(config).with(set ? value : BackendChoice.LOCAL, Map.of());
      now.store(config);
    } else {
      config.setSetting(option, set ? value.strip() : null);
    }
    config.save();
    out.printf("backend = %s%n", BackendChoice.from(config).describe());
    return 0;
  }

  private static int list(List<PluginOptions> all, Map<String, String> settings, PrintWriter out) {
    if (all.isEmpty()) {
      out.println("No installed plugin has options.");
    }
    for (PluginOptions p : all) {
      out.printf("%s (%s)%n", p.title(Locale.ENGLISH), p.pluginId());
      for (PluginOption o : p.options()) {
        String stored = settings.get(p.settingKey(o));
        String shown = p.value(o, settings);
        String note = stored != null && !o.accepts(stored) ? "   (stored '" + stored + "' is not valid)" : "";
        out.printf(
            "  %-32s %-8s %s%s%n",
            p.pluginId() + "." + o.key(),
            shown,
            p.label(o, Locale.ENGLISH),
            shown.equals(o.defaultValue()) ? note : "   (default " + o.defaultValue() + ")" + note);
      }
      out.println();
    }
    return 0;
  }

  private int change(
      boolean set, List<PluginOptions> all, UserConfig config, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    String verb = set ? "set" : "reset";
    if (option == null || (set && value == null) || (!set && value != null)) {
      err.println(
          "fahras: settings "
              + verb
              + ": give "
              + (set ? "PLUGIN.KEY VALUE" : "PLUGIN.KEY")
              + ", e.g. arabic-analysis.hamza"
              + (set ? " false" : ""));
      return 2;
    }
    if (option.equals(BackendChoice.KEY) || option.startsWith(BackendChoice.SETTING_PREFIX)) {
      return changeBackend(set, config, out, err);
    }
    for (PluginOptions p : all) {
      String name = option.startsWith(PluginOptions.SETTING_PREFIX + p.pluginId() + ".")
          ? option.substring(PluginOptions.SETTING_PREFIX.length())
          : option;
      if (!name.startsWith(p.pluginId() + ".")) {
        continue;
      }
      PluginOption o = p.option(name.substring(p.pluginId().length() + 1));
      if (o == null) {
        continue;
      }
      if (set && !o.accepts(value)) {
        err.printf("fahras: settings: %s takes %s, not '%s'%n", name, PluginOptions.expected(o), value);
        return 2;
      }
      String before = p.value(o, config.settings());
      config.setSetting(p.settingKey(o), set ? value : null);
      config.save();
      String after = p.value(o, config.settings());
      out.printf("%s = %s%s%n", name, after, set ? "" : " (default)");
      if (!before.equals(after) && p.extension() instanceof AnalyzerProvider) {
        out.println(
            "The analysis changed: the next indexing run (fahras index, or the GUI) reads every"
                + " file again.");
      }
      return 0;
    }
    err.printf(
        "fahras: settings: no plugin option '%s'; `fahras settings` lists them%n", option);
    return 2;
  }
}
