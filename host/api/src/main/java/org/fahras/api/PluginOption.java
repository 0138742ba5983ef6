package org.fahras.api;

import java.util.List;
import java.util.Objects;

/**
 * One setting an extension offers to the user, described as plain values: the host draws it (a
 * check box, a list, a text field in the GUI; {@code fahras settings} on the command line) and
 * stores the chosen value as a string.
 *
 * <p>The label is looked up by the host in the extension's own resource bundle ({@link
 * Configurable#MESSAGES}, in the extension's package) under {@link #labelKey()}, in the interface
 * language; the key itself is shown when the bundle has no entry.
 *
 * @param key a short stable identifier, unique among the extension's options, of letters, digits,
 *     dots, dashes and underscores (stored by the host as {@code plugin.<pluginId>.<key>})
 * @param type how the value is read and drawn
 * @param defaultValue the value used when the user has chosen none; valid for {@code type}
 * @param choices the allowed values of a {@link Type#CHOICE} option, in display order; empty for
 *     the other types
 * @param labelKey the key of the option's label in the extension's resource bundle
 */
public record PluginOption(
    String key, Type type, String defaultValue, List<String> choices, String labelKey) {

  /** How an option's value is read and drawn. */
  public enum Type {
    /** {@code true} or {@code false}; drawn as a check box. */
    BOOLEAN,
    /** One of {@link PluginOption#choices()}; drawn as a list. */
    CHOICE,
    /** Any single line of text; drawn as a text field. */
    TEXT
  }

  public PluginOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(labelKey, "labelKey");
    choices = List.copyOf(choices == null ? List.of() : choices);
    if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("option key must be letters, digits, . _ or -: " + key);
    }
    if (type == Type.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("choice option " + key + " has no choices");
    }
    if (type != Type.CHOICE && !choices.isEmpty()) {
      throw new IllegalArgumentException("only a choice option has choices: " + key);
    }
    if (!isValid(type, choices, defaultValue)) {
      throw new IllegalArgumentException(
          "default value '" + defaultValue + "' of option " + key + " is not a valid " + type);
    }
  }

  /** A check box, on or off by default. */
  public static PluginOption bool(String key, boolean defaultValue, String labelKey) {
    return new PluginOption(key, Type.BOOLEAN, Boolean.toString(defaultValue), List.of(), labelKey);
  }

  /** A list of values, {@code defaultValue} being one of them. */
  public static PluginOption choice(
      String key, String defaultValue, List<String> choices, String labelKey) {
    return new PluginOption(key, Type.CHOICE, defaultValue, choices, labelKey);
  }

  /** A line of text. */
  public static PluginOption text(String key, String defaultValue, String labelKey) {
    return new PluginOption(key, Type.TEXT, defaultValue, List.of(), labelKey);
  }

  /**
   * Whether {@code value} is acceptable for this option: {@code true}/{@code false} for a boolean
   * (exactly, lower case), one of the choices for a choice, any text without a line break for a
   * text option; never {@code null}.
   */
  public boolean accepts(String value) {
    return isValid(type, choices, value);
  }

  private static boolean isValid(Type type, List<String> choices, String value) {
    if (value == null) {
      return false;
    }
    return switch (type) {
      case BOOLEAN -> value.equals("true") || value.equals("false");
      case CHOICE -> choices.contains(value);
      case TEXT -> value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
    };
  }
}
