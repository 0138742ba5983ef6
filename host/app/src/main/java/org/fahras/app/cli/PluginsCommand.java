package org.fahras.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.api.FahrasApi;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.plugins.PluginInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras plugins}: lists the plugins with their state and extensions. */
@Command(
    name = "plugins",
    description = "List plugins: id, version, state, extensions. `plugins install FILE` and `plugins uninstall ID` change them for the next start.",
    subcommands = {PluginsCommand.Install.class, PluginsCommand.Uninstall.class})
final class PluginsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin AppContext context;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Explain each plugin: where it was loaded from, its requires range against this plugin API, its class"
              + " path, the extensions its META-INF/extensions.idx lists, and for a plugin that did not load or"
              + " shows no extensions why (no descriptor, unsatisfied requires, host-owned jars inside, extension"
              + " classes not indexed) and what to change. With --json: a \"diagnostics\" list per plugin.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PluginHost host = context.host();
    List<PluginInfo> plugins = host.plugins();
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("apiVersion", FahrasApi.VERSION);
      root.put("pluginsDir", host.pluginsDir().toString());
      List<Object> list = new ArrayList<>();
      for (PluginInfo p : plugins) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("state", p.state());
        m.put("provider", p.provider());
        m.put("description", p.description());
        m.put("requires", p.requires());
        m.put("path", p.path());
        List<Object> ext = new ArrayList<>();
        for (PluginInfo.ExtensionInfo e : p.extensions()) {
          Map<String, Object> em = new LinkedHashMap<>();
          em.put("class", e.className());
          em.put("extensionPoints", e.extensionPoints());
          ext.add(em);
        }
        m.put("extensions", ext);
        m.put("problem", p.problem());
        if (verbose) {
          m.put("diagnostics", p.diagnostics());
        }
        list.add(m);
      }
      root.put("plugins", list);
      out.println(Json.write(root));
    } else {
      out.printf("Plugins in %s (plugin API %s)%s%n", host.pluginsDir(), FahrasApi.VERSION,
          host.isDevelopment() ? ", development mode" : "");
      if (plugins.isEmpty()) {
        out.println("  (none)");
      }
      for (PluginInfo p : plugins) {
        out.printf("%n%-20s %-16s %s%n", p.id(), p.version(), p.state());
        if (!p.description().isEmpty()) {
          out.printf("  %s%n", p.description());
        }
        for (PluginInfo.ExtensionInfo e : p.extensions()) {
          out.printf("  %s: %s%n", String.join(", ", e.extensionPoints()), e.className());
        }
        if (p.problem() != null) {
          out.printf("  problem: %s%n", p.problem());
        }
        if (verbose) {
          out.printf("  path: %s%n", p.path());
          for (String d : p.diagnostics()) {
            out.printf("  - %s%n", d);
          }
        }
      }
      if (!verbose && plugins.stream().anyMatch(p -> p.problem() != null)) {
        out.printf("%n(fahras plugins --verbose explains the problems)%n");
      }
    }
    out.flush();
    return 0;
  }

  /** {@code fahras plugins install FILE}: checks a plugin zip and installs it for the next start. */
  @Command(
      name = "install",
      description =
          "Check a plugin zip (descriptor, requires range, no entries outside its folder, no host-owned jars,"
              + " not already installed) and install it for the next start, recording its SHA-256.")
  static final class Install implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AppContext context;

    @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "The plugin zip.")
    java.nio.file.Path zip;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        org.fahras.app.plugins.PluginChanges.Descriptor d = context.host().changes().install(zip.toAbsolutePath());
        out.println("installed " + d.id() + " " + d.version() + " as " + d.file() + "; it loads at the next start");
        out.flush();
        return 0;
      } catch (org.fahras.app.plugins.InvalidPluginException e) {
        err.println("fahras: " + zip + ": refused: " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code fahras plugins uninstall ID}: removes a plugin at the next start. */
  @Command(name = "uninstall", description = "Remove a plugin's zip at the next start.")
  static final class Uninstall implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AppContext context;

    @picocli.CommandLine.Parameters(paramLabel = "ID", description = "The plugin id (see fahras plugins).")
    String id;

    @Override
    public Integer call() throws Exception {
      if (context.host().changes().uninstall(id)) {
        spec.commandLine().getOut().println(id + " will be removed at the next start");
        spec.commandLine().getOut().flush();
        return 0;
      }
      spec.commandLine().getErr().println("fahras: no installed plugin archive has the id '" + id + "'");
      return 1;
    }
  }
}
