package org.fahras.app.plugins;

import java.util.List;

/**
 * What the host knows about one plugin, for {@code fahras plugins} and the GUI.
 *
 * @param id the plugin id
 * @param version the plugin version
 * @param state PF4J's state name (STARTED, DISABLED, FAILED, RESOLVED …), or the host's REFUSED
 *     (a zip changed since installation) or {@link #NOT_LOADED}
 * @param provider who made it, may be empty
 * @param description one line, may be empty
 * @param requires the API range the plugin declares
 * @param path where it was loaded from
 * @param extensions its extensions, with the extension points they implement
 * @param problem why it is not started or not usable, or {@code null}
 * @param diagnostics the longer explanation {@code fahras plugins --verbose} prints: what was
 *     checked and, for a problem, what to change; empty when there is nothing to add
 */
public record PluginInfo(
    String id,
    String version,
    String state,
    String provider,
    String description,
    String requires,
    String path,
    List<ExtensionInfo> extensions,
    String problem,
    List<String> diagnostics) {

  /**
   * State of a plugin the host found but PF4J could not load (no or an invalid descriptor, a
   * duplicate id), or of a development module that has not been built.
   */
  public static final String NOT_LOADED = "NOT_LOADED";

  public PluginInfo {
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
  }

  /** A plugin without a longer explanation. */
  public PluginInfo(
      String id,
      String version,
      String state,
      String provider,
      String description,
      String requires,
      String path,
      List<ExtensionInfo> extensions,
      String problem) {
    this(id, version, state, provider, description, requires, path, extensions, problem, List.of());
  }

  /**
   * One extension of a plugin.
   *
   * @param className the implementing class
   * @param extensionPoints simple names of the Fahras extension points it implements
   */
  public record ExtensionInfo(String className, List<String> extensionPoints) {}
}
