package org.fahras.plugins.tika;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.fahras.api.ParsedDocument;

/**
 * The fast path for plain-text files: reads a {@code .txt} file that Tika's own type detection
 * calls {@code text/plain}, decodes it and returns its text, without Tika's parser chain.
 *
 * <p>Tika's text parser costs far more than the text is worth: it runs ICU's charset detector
 * (dozens of n-gram recognisers, the Arabic EBCDIC one the slowest) on every file, sniffs for CSV
 * and builds the text through SAX. Here a file that is valid UTF-8 (with at least one multi-byte
 * character, or a UTF-8 byte-order mark) is decoded as UTF-8 straight away, which is what ICU
 * answers for such input with full confidence; anything else goes to the plugin's configured
 * encoding detectors ({@code tika-config.xml}), as in Tika's parser. The result has the fields
 * Tika's path gives a text file: the text (stripped, characters XML cannot carry replaced by
 * U+FFFD, cut at the text limit with the same warning), {@code text/plain}, the guessed language,
 * and {@code encoding} and {@code parser} in the metadata.
 *
 * <p>Declines (answers {@code null}, so the caller uses Tika) for other names, files over {@link
 * #MAX_BYTES}, UTF-16 byte-order marks, content Tika detects as another type, and encodings the
 * detectors cannot name. Differences from Tika's path, both on purpose: a valid UTF-8 file whose
 * first kilobytes are ASCII is read as UTF-8 (ICU, seeing only the start, would guess a
 * single-byte charset and garble the rest), and a {@code .txt} file is never turned into a CSV
 * table.
 */
final class PlainTextReader {

  /** Larger files take Tika's streaming path: this one holds the bytes and the text at once. */
  static final long MAX_BYTES = 8L << 20;

  /** Value of the {@code parser} metadata for files read here. */
  static final String PARSER_NAME = PlainTextReader.class.getName();

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Detector detector;
  private final EncodingDetector encodings;
  private final LanguageGuesser languages = new LanguageGuesser();

  /**
   * @param detector Tika's type detector, as the auto-detecting parser uses it
   * @param encodings the configured encoding detectors, as Tika's text parser uses them
   */
  PlainTextReader(Detector detector, EncodingDetector encodings) {
    this.detector = detector;
    this.encodings = encodings;
  }

  /** Whether the fast path may take this file at all (before reading it). */
  static boolean accepts(Path file, long size) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") && size > 0 && size <= MAX_BYTES;
  }

  /**
   * The document of a plain-text file, or {@code null} when Tika should read it.
   *
   * @param writeLimit the most characters of text to return
   */
  ParsedDocument read(Path file, int writeLimit) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      type = detector.detect(in, metadata);
    }
    if (type == null || !MediaType.TEXT_PLAIN.equals(type.getBaseType())) {
      return null;
    }
    int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    Charset charset = offset > 0 || isUtf8WithMultiByte(bytes) ? StandardCharsets.UTF_8 : null;
    if (charset == null) {
      if (hasUtf16Bom(bytes)) {
        return null;
      }
      metadata.set(Metadata.CONTENT_TYPE, MediaType.TEXT_PLAIN.toString());
      try (TikaInputStream in = TikaInputStream.get(bytes)) {
        charset = encodings.detect(in, metadata);
      }
      if (charset == null) {
        return null;
      }
    }
    String text = xmlSafe(new String(bytes, offset, bytes.length - offset, charset));
    List<String> warnings = new ArrayList<>();
    if (text.length() > writeLimit) {
      text = text.substring(0, writeLimit);
      warnings.add(TikaWarnings.cutText(writeLimit));
    }
    text = text.strip();
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put("encoding", charset.name());
    extras.put("parser", PARSER_NAME);
    return new ParsedDocument(
        text,
        null,
        null,
        null,
        null,
        languages.guess(text),
        MediaType.TEXT_PLAIN.toString(),
        extras,
        List.of(),
        warnings);
  }

  /**
   * True when the bytes are well-formed UTF-8 with at least one multi-byte character: then ICU's
   * detector names UTF-8 with its highest confidence. Pure ASCII is left to the detectors, so the
   * recorded encoding stays what Tika would record.
   */
  static boolean isUtf8WithMultiByte(byte[] b) {
    boolean multiByte = false;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + len > n) {
        return false;
      }
      int cp = c & (0xFF >> (len + 1));
      for (int k = 1; k < len; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      multiByte = true;
      i += len;
    }
    return multiByte;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with every character XML 1.0 cannot carry (control characters, lone surrogates,
   * U+FFFE/U+FFFF) replaced by U+FFFD, as Tika's SAX pipeline replaces them.
   */
  static String xmlSafe(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isXmlChar(s, i)) {
      i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      if (isXmlChar(s, i)) {
        int step = Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        sb.append(s, i, i + step);
        i += step;
      } else {
        sb.append('\uFFFD');
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isXmlChar(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c < 0xD800) {
      return true;
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return c >= 0xE000 && c <= 0xFFFD;
  }
}
