package org.fahras.plugins.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.api.EntityType;

/**
 * The colour of each entity type in the HTML report, as CSS classes. The class of an entity is
 * chosen from this fixed table, never built from the (untrusted) type name; types without a
 * colour of their own get {@link #OTHER}.
 */
final class EntityColours {

  /** The class of entity types without a colour of their own. */
  static final String OTHER = "e-other";

  /** Entity type → CSS class, in legend order. */
  static final Map<String, String> CLASSES = new LinkedHashMap<>();

  /** CSS class → text colour (the chip's border and a light tint of it behind the name). */
  private static final Map<String, String> COLOURS = new LinkedHashMap<>();

  static {
    add(EntityType.PERSON, "e-person", "#1f5fbf"); // blue
    add(EntityType.LOCATION, "e-location", "#1b7f3b"); // green
    add(EntityType.ORGANIZATION, "e-organization", "#7b3fa0"); // purple
    add(EntityType.DATE, "e-date", "#c25e00"); // orange
    add(EntityType.TIME, "e-time", "#b0306a"); // pink
    add(EntityType.MONEY, "e-money", "#00796b"); // teal
    add(EntityType.PERCENT, "e-percent", "#6d4c41"); // brown
    COLOURS.put(OTHER, "#5f6368"); // grey
  }

  private EntityColours() {}

  private static void add(String type, String cssClass, String colour) {
    CLASSES.put(type, cssClass);
    COLOURS.put(cssClass, colour);
  }

  /** The CSS class for an entity of {@code type}. */
  static String cssClass(String type) {
    return CLASSES.getOrDefault(type, OTHER);
  }

  /** The CSS rules giving each class its colour. */
  static String css() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> c : COLOURS.entrySet()) {
      b.append('.')
          .append(c.getKey())
          .append("{color:")
          .append(c.getValue())
          .append(";border-color:")
          .append(c.getValue())
          .append(";background:")
          .append(c.getValue())
          .append("14}\n");
    }
    return b.toString();
  }
}
