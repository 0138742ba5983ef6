package org.fahras.app.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.fahras.api.Configurable;
import org.fahras.api.PluginOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The options of one {@link Configurable} extension, as the host stores, shows and applies them.
 *
 * <p>A value is stored in the user's configuration as a string setting {@code
 * plugin.<pluginId>.<key>} ({@link #settingKey}); an absent setting means the option's default.
 * {@link #configureAll} hands the stored values to every configurable extension once, right after
 * the plugins have started: an invalid stored value is left out (so the default applies) and
 * reported in the returned notes. Labels come from the bundle {@link Configurable#MESSAGES} in the
 * extension's package, through the plugin's class loader ({@link #label}).
 *
 * @param pluginId the plugin the extension comes from ({@code host} for the host's own)
 * @param extension the configurable extension
 * @param options its options, in display order
 */
public record PluginOptions(String pluginId, Configurable extension, List<PluginOption> options) {

  /** The prefix of every stored plugin option. */
  public static final String SETTING_PREFIX = "plugin.";

  /** Bundle key of a plugin's heading above its options; the plugin id when absent. */
  public static final String TITLE_KEY = "options.title";

  private static final Logger log = LoggerFactory.getLogger(PluginOptions.class);

  public PluginOptions {
    options = List.copyOf(options);
  }

  /** The options of one extension, as it declares them now. */
  public static PluginOptions of(String pluginId, Configurable extension) {
    return new PluginOptions(pluginId, extension, extension.options());
  }

  /**
   * The configurable extensions of a host, one entry per extension class (a class serving several
   * extension points is listed once), in the order of {@link PluginHost#EXTENSION_POINTS}.
   */
  public static List<PluginOptions> of(PluginHost host) {
    return collect(host, true);
  }

  /**
   * Every configurable extension instance of a host: the host keeps one instance per extension
   * point, so a class serving two points has two instances, and both must be configured.
   */
  static List<PluginOptions> instances(PluginHost host) {
    return collect(host, false);
  }

  private static List<PluginOptions> collect(PluginHost host, boolean distinctClasses) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<PluginOptions> result = new ArrayList<>();
    for (Class<?> point : PluginHost.EXTENSION_POINTS) {
      for (Object extension : host.extensions(point)) {
        Object identity = distinctClasses ? extension.getClass() : extension;
        if (extension instanceof Configurable c && seen.add(identity)) {
          try {
            result.add(of(host.pluginIdOf(extension), c));
          } catch (RuntimeException e) {
            log.warn("Plugin {} could not list its options", host.pluginIdOf(extension), e);
          }
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Configures every extension from the stored settings.
   *
   * @param settings the user's string settings (see {@code UserConfig.settings()})
   * @return one note per invalid stored value or refused configuration, for the user
   */
  public static List<String> configureAll(List<PluginOptions> all, Map<String, String> settings) {
    List<String> notes = new ArrayList<>();
    for (PluginOptions p : all) {
      notes.addAll(p.configure(settings));
    }
    return List.copyOf(notes);
  }

  /**
   * Configures this extension from the stored settings.
   *
   * @return notes on the values that were invalid, or on a configuration the extension refused
   */
  public List<String> configure(Map<String, String> settings) {
    List<String> notes = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (PluginOption o : options) {
      String stored = settings.get(settingKey(o));
      if (stored == null) {
        continue;
      }
      if (o.accepts(stored)) {
        values.put(o.key(), stored);
      } else {
        notes.add(invalidNote(o, stored));
      }
    }
    try {
      extension.configure(values);
    } catch (RuntimeException e) {
      notes.add("plugin " + pluginId + " refused its options (" + e.getMessage() + "); using its defaults");
      try {
        extension.configure(Map.of());
      } catch (RuntimeException again) {
        log.warn("Plugin {} cannot be configured with its defaults", pluginId, again);
      }
    }
    return notes;
  }

  private String invalidNote(PluginOption o, String stored) {
    return "setting "
        + settingKey(o)
        + "='"
        + stored
        + "' is not valid ("
        + expected(o)
        + "); using the default '"
        + o.defaultValue()
        + "'";
  }

  /** What an option takes, in words: {@code true or false}, {@code one of a, b}, {@code text}. */
  public static String expected(PluginOption o) {
    return switch (o.type()) {
      case BOOLEAN -> "true or false";
      case CHOICE -> "one of " + String.join(", ", o.choices());
      case TEXT -> "one line of text";
    };
  }

  /** The setting key of one option of this plugin: {@code plugin.<pluginId>.<key>}. */
  public String settingKey(PluginOption o) {
    return settingKey(pluginId, o.key());
  }

  /** The setting key of a plugin option: {@code plugin.<pluginId>.<key>}. */
  public static String settingKey(String pluginId, String key) {
    return SETTING_PREFIX + pluginId + "." + key;
  }

  /** The option with this key, or {@code null}. */
  public PluginOption option(String key) {
    for (PluginOption o : options) {
      if (o.key().equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** The stored value of an option when valid, else its default. */
  public String value(PluginOption o, Map<String, String> settings) {
    String stored = settings.get(settingKey(o));
    return stored != null && o.accepts(stored) ? stored : o.defaultValue();
  }

  /** The option's label in a language, from the plugin's bundle; its key when there is none. */
  public String label(PluginOption o, Locale locale) {
    return text(o.labelKey(), locale, o.key());
  }

  /** The heading of this plugin's options in a language; the plugin id when there is none. */
  public String title(Locale locale) {
    return text(TITLE_KEY, locale, pluginId);
  }

  private String text(String key, Locale locale, String fallback) {
    ResourceBundle bundle = bundle(locale);
    if (bundle != null && bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    return fallback;
  }

  private ResourceBundle bundle(Locale locale) {
    Class<?> type = extension.getClass();
    String base = type.getPackageName() + "." + Configurable.MESSAGES;
    try {
      // No fallback to the JVM's default locale: a language without a bundle gets the base
      // (English) one, not whatever the machine is set to.
      return ResourceBundle.getBundle(
          base,
          locale,
          type.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
