package org.fahras.app.plugins;

import java.util.List;

/**
 * What the host knows about one plugin, for {@code fahras plugins} and the GUI.
 *
 * @param id the plugin id
 * @param version the plugin version
 * @param state PF4J's state name: STARTED, DISABLED, FAILED, RESOLVED …
 * @param provider who made it, may be empty
 * @param description one line, may be empty
 * @param requires the API range the plugin declares
 * @param path where it was loaded from
 * @param extensions its extensions, with the extension points they implement
 * @param problem why it is not started, or {@code null}
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
    String problem) {

  /**
   * One extension of a plugin.
   *
   * @param className the implementing class
   * @param extensionPoints simple names of the Fahras extension points it implements
   */
  public record ExtensionInfo(String className, List<String> extensionPoints) {}
}
