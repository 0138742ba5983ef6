package org.fahras.api.backend;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Provides a search backend other than the local Lucene index, chosen by the user with {@code
 * --backend ID} (and the settings it lists) or in the window's settings.
 *
 * <p>The host calls {@link #open} once per command or window session and closes what it returns.
 * Settings come from the command line ({@code --zk}, {@code --collection} are the names {@link
 * #settings()} lists) and from the user configuration.
 *
 * @since 1.4.0
 */
public interface IndexBackendProvider extends ExtensionPoint {

  /** A short stable identifier for {@code --backend}, e.g. {@code solrcloud}. */
  String id();

  /** One line for {@code fahras plugins} and the settings dialog. */
  String description();

  /**
   * The settings this backend takes, each with a one-line description (e.g. {@code zk} → "ZooKeeper
   * address HOST:PORT[/chroot]"), in the order a dialog shows them.
   */
  Map<String, String> settings();

  /** Settings that must be given; the others have defaults. */
  default List<String> requiredSettings() {
    return List.copyOf(settings().keySet());
  }

  /**
   * Connects to the backend, creating what it needs (a collection …) when missing.
   *
   * @param settings values for the names of {@link #settings()}
   * @throws IllegalArgumentException when a setting is missing or malformed (the message names it)
   * @throws IOException when the backend cannot be reached or prepared
   */
  IndexBackend open(Map<String, String> settings) throws IOException;
}
