package org.fahras.plugins.export;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The exporters' words in one language: menu labels, column headings, entity type names and the
 * report's headings, from {@code messages*.properties} in this package.
 *
 * <p>Arabic and English are provided; any other language gets English (the base bundle), never
 * the bundle of the machine's default locale.
 */
final class Messages {

  private static final String BUNDLE = "org.fahras.plugins.export.messages";

  /** Languages written right to left. */
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "fa", "ur", "he", "iw", "ps", "sd", "ug", "yi", "dv", "ckb");

  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    // The plugin's own class loader: the host's would not see this plugin's resources.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The messages in {@code locale}'s language (English when it has none). */
  static Messages of(Locale locale) {
    return new Messages(locale == null ? Locale.ENGLISH : locale);
  }

  /** The text for {@code key}. */
  String get(String key) {
    return bundle.getString(key);
  }

  /** The text for {@code key} with {@code {0}} replaced by {@code value} (ASCII digits). */
  String format(String key, long value) {
    return get(key).replace("{0}", Long.toString(value));
  }

  /**
   * The language these messages are in, for {@code lang} attributes: the export's own when there
   * are messages in it, else {@code en} (a French export gets English headings, marked as such).
   */
  String language() {
    String lang = bundle.getLocale().getLanguage();
    return lang.isEmpty() ? "en" : lang;
  }

  /** Whether {@link #language()} is written right to left (Arabic; Persian, Hebrew … if added). */
  boolean rightToLeft() {
    return RIGHT_TO_LEFT.contains(language());
  }

  /** The singular name of an entity type, e.g. "Person"; an unknown type is shown as it is. */
  String entityType(String type) {
    return lookup("entity." + type, type);
  }

  /** The heading of the column holding one known entity type's names, e.g. "Persons". */
  String entityColumn(String type) {
    return lookup("column." + type, type);
  }

  private String lookup(String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
