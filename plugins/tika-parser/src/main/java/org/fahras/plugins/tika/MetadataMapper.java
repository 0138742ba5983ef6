package org.fahras.plugins.tika;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Reads the fields of a {@link org.fahras.api.ParsedDocument} out of one Tika {@link Metadata}.
 *
 * <p>Each getter answers {@code null} when the document does not say, never an empty string.
 */
final class MetadataMapper {

  /** What a resource is when Tika could not tell. */
  static final String UNKNOWN_TYPE = "application/octet-stream";

  /** Dates before this are placeholders, not dates. */
  static final Instant EARLIEST_PLAUSIBLE_DATE = Instant.parse("1900-01-01T00:00:00Z");

  /** Keys of {@link #extras}, with the Tika names they come from. */
  static final Map<String, String> EXTRAS = extrasTable();

  private final Metadata metadata;

  MetadataMapper(Metadata metadata) {
    this.metadata = metadata;
  }

  private static Map<String, String> extrasTable() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put("pages", PagedText.N_PAGES.getName());
    table.put("words", Office.WORD_COUNT.getName());
    table.put("encoding", Metadata.CONTENT_ENCODING);
    table.put("subject", TikaCoreProperties.SUBJECT.getName());
    table.put("description", TikaCoreProperties.DESCRIPTION.getName());
    table.put("creatorTool", TikaCoreProperties.CREATOR_TOOL.getName());
    table.put("producer", "pdf:producer");
    table.put("declaredLanguage", TikaCoreProperties.LANGUAGE.getName());
    return Map.copyOf(table);
  }

  /** The extracted text, without leading and trailing blank space. */
  String text() {
    String text = metadata.get(TikaCoreProperties.TIKA_CONTENT);
    return text == null ? "" : text.strip();
  }

  String title() {
    return joined(TikaCoreProperties.TITLE.getName());
  }

  /** All authors, joined by {@code "; "}. */
  String author() {
    return joined(TikaCoreProperties.CREATOR.getName());
  }

  Instant created() {
    return instant(TikaCoreProperties.CREATED);
  }

  Instant modified() {
    return instant(TikaCoreProperties.MODIFIED);
  }

  /** The detected media type without parameters such as {@code charset}. */
  String contentType() {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    MediaType parsed = type == null ? null : MediaType.parse(type);
    return parsed == null ? UNKNOWN_TYPE : parsed.getBaseType().toString();
  }

  /** The parser that did the work: the last one Tika recorded, decorators and composites first. */
  String parsedBy() {
    String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
    return parsers.length == 0 ? null : parsers[parsers.length - 1];
  }

  /** The {@link #EXTRAS} the document has, in a stable order. */
  Map<String, String> extras() {
    Map<String, String> extras = new LinkedHashMap<>();
    EXTRAS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String value = joined(e.getValue());
              if (value != null) {
                extras.put(e.getKey(), value);
              }
            });
    String parser = parsedBy();
    if (parser != null) {
      extras.put("parser", parser);
    }
    return extras;
  }

  /** A date, or {@code null} when absent or implausible. */
  private Instant instant(Property property) {
    Date date = metadata.getDate(property);
    if (date == null) {
      return null;
    }
    Instant instant = date.toInstant();
    // Empty date fields come out as the format's zero: 1601-01-01 (Windows FILETIME in Office
    // files) or year 0 (RTF's \yr0, read as -0001). No real file is that old.
    return instant.isBefore(EARLIEST_PLAUSIBLE_DATE) ? null : instant;
  }

  /**
   * {@code value} with its RFC 2047 encoded words ({@code =?UTF-8?B?…?=}) decoded: the mbox parser
   * copies raw mail headers into the metadata beside the mail parser's decoded ones.
   */
  static String decodeEncodedWords(String value) {
    return value.contains("=?") ? DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT) : value;
  }

  /**
   * Every non-blank value of {@code name}, encoded words decoded, stripped, distinct, joined by
   * {@code "; "}.
   */
  private String joined(String name) {
    String value =
        Arrays.stream(metadata.getValues(name))
            .map(MetadataMapper::decodeEncodedWords)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .distinct()
            .collect(Collectors.joining("; "));
    return value.isEmpty() ? null : value;
  }
}
