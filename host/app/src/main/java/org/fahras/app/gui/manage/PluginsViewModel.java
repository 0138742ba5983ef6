package org.fahras.app.gui.manage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fahras.app.plugins.PluginChanges;
import org.fahras.app.plugins.PluginInfo;

/**
 * The plugin manager without Swing: every plugin the running host loaded (id, version, state,
 * provider, extension points, problem) plus the archives installed since, and the changes that
 * apply at the next start — enable, disable, install from a zip, uninstall.
 *
 * <p>Calls do file I/O (zips, the plugins folder): make them off the event thread.
 */
public final class PluginsViewModel {

  /** A change waiting for the next start. */
  public enum Pending {
    NONE,
    ENABLE,
    DISABLE,
    INSTALL,
    UNINSTALL
  }

  /**
   * One row of the plugin table.
   *
   * @param id the plugin id
   * @param version its version
   * @param state PF4J's state name, or {@code NOT_LOADED} for an archive installed since start
   * @param provider who made it
   * @param extensionPoints the Fahras extension points its extensions implement
   * @param problem why it is not started, or null
   * @param pending what changes at the next start
   */
  public record Row(
      String id, String version, String state, String provider, List<String> extensionPoints, String problem, Pending pending) {

    public boolean enabledAtNextStart() {
      return pending == Pending.ENABLE || (pending != Pending.DISABLE && !"DISABLED".equals(state));
    }
  }

  private final Supplier<List<PluginInfo>> running;
  private final PluginChanges changes;
  private final boolean development;

  /**
   * @param running the running host's plugins ({@code PluginHost::plugins})
   * @param changes changes to the plugins folder for the next start
   * @param development whether the plugins come from a source tree (no install or uninstall)
   */
  public PluginsViewModel(Supplier<List<PluginInfo>> running, PluginChanges changes, boolean development) {
    this.running = running;
    this.changes = changes;
    this.development = development;
  }

  /** Whether plugins can be installed and uninstalled (not from a source tree). */
  public boolean canInstall() {
    return !development;
  }

  /** The rows: loaded plugins, then archives installed since start, each with its pending change. */
  public List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    Set<String> loaded = new TreeSet<>();
    for (PluginInfo p : running.get()) {
      loaded.add(p.id() + " " + p.version());
      Set<String> points = new TreeSet<>();
      p.extensions().forEach(e -> points.addAll(e.extensionPoints()));
      boolean disabledNow = "DISABLED".equals(p.state());
      boolean enabledNext = changes.enabledAtNextStart(p.id());
      Pending pending = changes.removalPending(p.id())
          ? Pending.UNINSTALL
          : disabledNow && enabledNext ? Pending.ENABLE : !disabledNow && !enabledNext ? Pending.DISABLE : Pending.NONE;
      String problem = "disabled".equals(p.problem()) ? null : p.problem();
      rows.add(new Row(p.id(), p.version(), p.state(), p.provider(), List.copyOf(points), problem, pending));
    }
    if (!development) {
      for (PluginChanges.Descriptor d : changes.installedArchives().values()) {
        if (!loaded.contains(d.id() + " " + d.version()) && !changes.removalPending(d.id())) {
          rows.add(new Row(d.id(), d.version(), "NOT_LOADED", d.provider(), List.of(), null, Pending.INSTALL));
        }
      }
    }
    return rows;
  }

  /** Enables or disables a plugin from the next start on. */
  public void setEnabled(String id, boolean enabled) throws IOException {
    changes.setEnabled(id, enabled);
  }

  /** Checks a zip and copies it into the plugins folder; it loads at the next start. */
  public PluginChanges.Descriptor install(Path zip) throws IOException {
    if (development) {
      throw new IOException("plugins are loaded from a source tree (--dev): build them with Maven instead");
    }
    return changes.install(zip);
  }

  /** Schedules a plugin's removal at the next start, or takes the removal back. */
  public void setUninstalled(String id, boolean uninstall) throws IOException {
    if (uninstall) {
      if (!changes.uninstall(id)) {
        throw new IOException("no archive of plugin " + id + " in the plugins folder");
      }
    } else {
      changes.cancelUninstall(id);
    }
  }

  /** Whether any change waits for a restart. */
  public boolean restartNeeded() throws IOException {
    return rows().stream().anyMatch(r -> r.pending() != Pending.NONE);
  }
}
