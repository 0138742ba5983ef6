package org.fahras.plugins.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;

/**
 * Reads the problems Tika recorded in a resource's metadata, as one-line warnings for the user.
 *
 * <p>Tika records non-fatal problems as stack traces in {@code X-TIKA:EXCEPTION:*} fields; a
 * warning keeps only the innermost cause's message.
 */
final class TikaWarnings {

  /** {@code "java.io.IOException: message"} → class name, then the message. */
  private static final Pattern THROWABLE_LINE =
      Pattern.compile("^(?:Caused by: )?((?:[a-z][\\w$]*\\.)+([A-Z][\\w$]*))(?::\\s*(.*))?$");

  private static final int MAX_LENGTH = 200;

  /** A warning the plugin itself attaches to a resource's metadata, passed on as it is. */
  static final String FAHRAS_WARNING = "X-Fahras:warning";

  private TikaWarnings() {}

  /** Warnings about the resource itself: cut text, skipped entries, parser complaints. */
  static List<String> of(Metadata metadata, int writeLimit) {
    List<String> warnings = new ArrayList<>();
    if (isTrue(metadata, TikaCoreProperties.WRITE_LIMIT_REACHED)) {
      warnings.add(cutText(writeLimit));
    }
    if (isTrue(metadata, AbstractRecursiveParserWrapperHandler.EMBEDDED_RESOURCE_LIMIT_REACHED)) {
      warnings.add("too many embedded files; the last ones were not read");
    }
    for (String trace : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
      warnings.add("partly unreadable: " + summarize(trace));
    }
    for (String trace :
        metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM)) {
      warnings.add("an embedded file could not be read: " + summarize(trace));
    }
    warnings.addAll(List.of(metadata.getValues(FAHRAS_WARNING)));
    return warnings;
  }

  /** The warning for text cut at the text limit. */
  static String cutText(int writeLimit) {
    return "text cut at " + writeLimit + " characters (the text limit); the rest was not read";
  }

  /**
   * Why an embedded resource failed, or {@code null} when it did not. Tika records the failure in
   * the entry's metadata instead of failing the container.
   */
  static String embeddedFailure(Metadata metadata) {
    if (isTrue(metadata, TikaCoreProperties.IS_ENCRYPTED)) {
      return ParseFailures.ENCRYPTED;
    }
    String trace = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
    return trace == null ? null : summarize(trace);
  }

  /**
   * The message of the innermost cause in a Java stack trace, on one line; text that is not a stack
   * trace is returned condensed.
   */
  static String summarize(String trace) {
    String chosen = null;
    for (String line : trace.strip().split("\\R")) {
      if (chosen == null || line.startsWith("Caused by: ")) {
        chosen = line.strip();
      }
    }
    if (chosen == null || chosen.isEmpty()) {
      return "unknown problem";
    }
    Matcher matcher = THROWABLE_LINE.matcher(chosen);
    if (matcher.matches()) {
      String message = matcher.group(3);
      chosen = message == null || message.isBlank() ? matcher.group(2) : message;
    }
    String line = chosen.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
  }

  private static boolean isTrue(Metadata metadata, Property property) {
    return "true".equalsIgnoreCase(metadata.get(property));
  }
}
