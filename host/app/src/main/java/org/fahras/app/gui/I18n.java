package org.fahras.app.gui;

import java.awt.ComponentOrientation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface language: Arabic or English, from {@code messages*.properties} (UTF-8).
 *
 * <p>Arabic switches the whole window to right-to-left ({@link #orientation()}). A key missing
 * from a translation falls back to English, and a key missing everywhere shows as {@code !key!}
 * rather than failing, so a forgotten string is visible but harmless.
 */
public final class I18n {

  /** The languages the interface speaks. */
  public enum Language {
    ARABIC(Locale.forLanguageTag("ar")),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }

    public Locale locale() {
      return locale;
    }

    /** The language for a code such as {@code ar} or {@code en}; English when unknown. */
    public static Language of(String code) {
      return code != null && code.toLowerCase(Locale.ROOT).startsWith("ar") ? ARABIC : ENGLISH;
    }

    /** The language matching the system's locale. */
    public static Language system() {
      return of(Locale.getDefault().getLanguage());
    }
  }

  private final Language language;
  private final ResourceBundle bundle;

  public I18n(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "org.fahras.app.gui.messages",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  /** The text for a key. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
  }

  /** Whether the bundle has a text for a key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text for a key with {@link MessageFormat} arguments ({@code {0}}, {@code {1}} …). */
  public String format(String key, Object... args) {
    MessageFormat f = new MessageFormat(get(key), language.locale());
    return f.format(args);
  }

  /** Right-to-left for Arabic, left-to-right for English. */
  public ComponentOrientation orientation() {
    return ComponentOrientation.getOrientation(language.locale());
  }

  public boolean isRightToLeft() {
    return !orientation().isLeftToRight();
  }
}
