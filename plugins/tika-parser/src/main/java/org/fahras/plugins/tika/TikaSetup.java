package org.fahras.plugins.tika;

import java.io.IOException;
import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * Builds the plugin's Tika parser from its {@code tika-config.xml} and checks that the parsers
 * Fahras relies on were really loaded.
 *
 * <p>The check matters because Tika loads its parsers as services and silently drops any that fail
 * to load (a missing or conflicting jar in the plugin's {@code lib/}); without it a broken plugin
 * would index every PDF as empty text.
 */
final class TikaSetup {

  /** The configuration resource, next to this class. */
  static final String CONFIG_RESOURCE = "tika-config.xml";

  /** Media types Fahras promises to read; a missing parser for any of them is a broken build. */
  static final List<MediaType> REQUIRED_TYPES =
      List.of(
          MediaType.TEXT_PLAIN,
          MediaType.TEXT_HTML,
          MediaType.application("pdf"),
          MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
          MediaType.application("vnd.oasis.opendocument.text"),
          MediaType.application("rtf"),
          MediaType.parse("message/rfc822"),
          MediaType.application("epub+zip"),
          MediaType.application("zip"));

  private TikaSetup() {}

  /**
   * Loads the configuration with {@code loader} and returns an auto-detecting parser over it.
   *
   * @throws IllegalStateException when the configuration cannot be loaded or a required parser is
   *     missing
   */
  static AutoDetectParser createParser(ClassLoader loader) {
    return createParser(loadConfig(loader));
  }

  /** An auto-detecting parser over a loaded configuration, checked like the one above. */
  static AutoDetectParser createParser(TikaConfig config) {
    AutoDetectParser parser = new AutoDetectParser(config);
    List<MediaType> missing = missingParsers(parser, config.getMediaTypeRegistry(), REQUIRED_TYPES);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Tika loaded no parser for "
              + missing.stream().map(MediaType::toString).collect(Collectors.joining(", "))
              + "; the plugin's lib/ folder is incomplete or holds conflicting jars"
              + " (run with -Dorg.apache.tika.service.error.warn=true to see why)");
    }
    return parser;
  }

  /** The plugin's configuration, loaded with {@code loader}. */
  static TikaConfig loadConfig(ClassLoader loader) {
    URL url = TikaSetup.class.getResource(CONFIG_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("The Tika plugin lacks its " + CONFIG_RESOURCE);
    }
    try {
      return new TikaConfig(url, loader);
    } catch (TikaException | IOException | SAXException e) {
      throw new IllegalStateException("Cannot load Tika configuration " + url + ": " + e, e);
    }
  }

  /** The {@code required} types for which {@code parser} has no parser, in the given order. */
  static List<MediaType> missingParsers(
      CompositeParser parser, MediaTypeRegistry registry, Collection<MediaType> required) {
    Map<MediaType, Parser> parsers = parser.getParsers(new ParseContext());
    return required.stream()
        .filter(type -> !parsers.containsKey(registry.normalize(type)))
        .collect(Collectors.toList());
  }
}
