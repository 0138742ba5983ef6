package org.fahras.plugins.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
 * The fast path for plain-text files: reads a {@code .txt} file, decodes it and returns its text,
 * without Tika's parser chain.
 *
 * <p>Tika's text parser costs far more than the text is worth: its type detection matches some
 * thousand magic patterns against the first 64 KB, ICU's charset detector runs dozens of n-gram
 * recognisers (the Arabic EBCDIC one the slowest) over 12 KB of every file, and the text is built
 * through SAX. Here, in order:
 *
 * <ol>
 *   <li><b>Type.</b> A file whose start is plainly prose ({@link #looksLikeProse}: its first
 *       non-blank character is not ASCII, or follows only a few digits and punctuation marks, no
 *       control characters in the first kilobyte, no {@code <} in the first 8 KB) is {@code
 *       text/plain} without asking Tika: every magic pattern Tika could match on such bytes needs
 *       a start with ASCII letters or symbols, binary bytes, or a {@code <html} tag. Anything
 *       else goes through Tika's own type detector, and the file is left to Tika unless that says
 *       {@code text/plain} too (HTML, e-mail or a binary file named {@code .txt}).
 *   <li><b>Encoding.</b> A UTF-8 byte-order mark, or well-formed UTF-8 with at least one
 *       multi-byte character, is UTF-8 (what ICU answers for such input with full confidence),
 *       decoded in one strict pass that stops at the first malformed byte. Anything else is
 *       decided over a {@linkplain #detectionSample bounded sample} by {@link
 *       ArabicCharsetDetector} (windows-1256, ISO-8859-6, windows-1252, ISO-8859-1, and UTF-16
 *       without a byte-order mark, which is recognised before the type check), in a single pass
 *       over the sample; only when it is undecided do the plugin's configured encoding detectors
 *       ({@code tika-config.xml}, ICU) run, as in Tika's parser, over the same sample.
 *   <li><b>Language</b>: {@link LanguageGuesser}.
 * </ol>
 *
 * <p>The result has the fields Tika's path gives a text file: the text (stripped, characters XML
 * cannot carry replaced by U+FFFD, cut at the text limit with the same warning), {@code
 * text/plain}, the guessed language, and {@code encoding} and {@code parser} in the metadata.
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

  /** How much of the start {@link #looksLikeProse} checks for control characters. */
  static final int CONTROL_CHECK_BYTES = 1024;

  /** How far Tika's HTML magic looks for {@code <html}; {@link #looksLikeProse} looks as far. */
  static final int MARKUP_CHECK_BYTES = 8192;

  /**
   * The encoding sample ends after this many non-ASCII bytes … On the benchmark corpus (2,047 texts
   * encoded as windows-1256 and as ISO-8859-6) ICU named the code page as often from 256 or 512
   * non-ASCII bytes as from Tika's 12 KB window, in a third of the time.
   */
  static final int SAMPLE_NON_ASCII_BYTES = 512;

  /** … or at this many bytes, the sample Tika's ICU detector reads ({@code markLimit}). */
  static final int SAMPLE_MAX_BYTES = 12_000;

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
    return read(file, null, writeLimit);
  }

  /**
   * {@link #read(Path, int)} of the file's bytes when the host has read them ({@link
   * org.fahras.api.ParseRequest#content}; not modified), else of the file.
   *
   * @param content the whole file, or {@code null} to read it
   */
  ParsedDocument read(Path file, byte[] content, int writeLimit) throws IOException {
    byte[] bytes = content != null ? content : Files.readAllBytes(file);
    if (hasUtf16Bom(bytes)) {
      return null;
    }
    int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    Charset charset = StandardCharsets.UTF_8;
    String text;
    int end = bytes.length;
    Charset utf16 =
        offset == 0 ? ArabicCharsetDetector.detectUtf16(bytes, 0, detectionSample(bytes)) : null;
    if (utf16 != null) {
      // Every other byte NUL or 06: text in UTF-16 without a mark, which Tika takes for binary.
      charset = utf16;
      text = new String(bytes, charset);
    } else {
      if (!looksLikeProse(bytes, offset) && !isPlainTextToTika(bytes, file)) {
        return null;
      }
      // Trailing ASCII white space is dropped before decoding (the text is stripped anyway): most
      // files end with a line break, and stripping the decoded text would copy all of it.
      end = endWithoutAsciiBlanks(bytes, offset);
      // After a UTF-8 byte-order mark the text is UTF-8 whatever follows (malformed → U+FFFD).
      text =
          offset > 0
              ? new String(bytes, offset, end - offset, charset)
              : decodeUtf8(bytes, 0, end, true);
      if (text == null) {
        charset = ArabicCharsetDetector.detect(bytes, 0, detectionSample(bytes));
        if (charset == null) {
          charset = detectEncoding(bytes);
        }
        if (charset == null) {
          return null;
        }
        text = new String(bytes, offset, end - offset, charset);
      }
    }
    text = xmlSafe(text);
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

  /** Tika's type detection over the whole file, as its auto-detecting parser runs it. */
  private boolean isPlainTextToTika(byte[] bytes, Path file) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      type = detector.detect(in, metadata);
    }
    return type != null && MediaType.TEXT_PLAIN.equals(type.getBaseType());
  }

  /** The configured detectors' answer for a {@linkplain #detectionSample sample} of the bytes. */
  private Charset detectEncoding(byte[] bytes) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, MediaType.TEXT_PLAIN.toString());
    try (InputStream in = new ByteArrayInputStream(bytes, 0, detectionSample(bytes))) {
      return encodings.detect(in, metadata);
    }
  }

  /**
   * The length of the start of {@code b} the encoding detectors see: up to the {@value
   * #SAMPLE_NON_ASCII_BYTES}th non-ASCII byte (the bytes that tell code pages apart), at most
   * {@value #SAMPLE_MAX_BYTES} bytes.
   */
  static int detectionSample(byte[] b) {
    int end = Math.min(b.length, SAMPLE_MAX_BYTES);
    int nonAscii = 0;
    for (int i = 0; i < end; i++) {
      if (b[i] < 0 && ++nonAscii >= SAMPLE_NON_ASCII_BYTES) {
        return i + 1;
      }
    }
    return end;
  }

  /**
   * Whether the start of the file is plainly prose, so that no detector of Tika's could call it
   * anything but {@code text/plain}: its first non-blank byte (after {@code offset}) is not ASCII
   * ({@linkplain #opensLikeProse or follows a few digits and punctuation marks}),
   * the first {@value #CONTROL_CHECK_BYTES} bytes hold no control character but tab, line feed,
   * form feed and carriage return (binary data always has some; text in UTF-16 without a mark
   * too), and the first {@value #MARKUP_CHECK_BYTES} bytes hold no {@code <} (Tika finds HTML by a
   * {@code <html} tag anywhere in them).
   *
   * <p>Magic numbers of binary formats either start with ASCII (PDF, ZIP, RTF, GIF, e-mail
   * headers) or have control bytes or NULs right after a high first byte (JPEG, OLE2, Mach-O).
   */
  static boolean looksLikeProse(byte[] b, int offset) {
    int i = offset;
    while (i < b.length && isAsciiBlank(b[i])) {
      i++;
    }
    if (i >= b.length || !opensLikeProse(b, i)) {
      return false;
    }
    int controlEnd = Math.min(b.length, offset + CONTROL_CHECK_BYTES);
    for (int k = offset; k < controlEnd; k++) {
      if (isControl(b[k])) {
        return false;
      }
    }
    int markupEnd = Math.min(b.length, MARKUP_CHECK_BYTES);
    for (int k = offset; k < markupEnd; k++) {
      if (b[k] == '<') {
        return false;
      }
    }
    return true;
  }

  /** How far into the text {@link #opensLikeProse} looks for the first non-ASCII byte. */
  static final int PROSE_OPENING_BYTES = 8;

  /**
   * Whether the text opens with a non-ASCII byte, or with a few ASCII digits and punctuation that
   * no text format's magic begins with, then a non-ASCII byte: «(إعلان …», «- ابن …», «12. النص». A
   * letter, {@code <}, {@code %}, {@code #}, {@code {}, {@code \\} and the rest leave the file to
   * Tika's detector; so do binary formats whose magic opens with such punctuation and a high byte
   * (Zstandard's {@code (\u00B5/\u00FD}), by the control bytes they always have.
   */
  private static boolean opensLikeProse(byte[] b, int from) {
    int end = Math.min(b.length, from + PROSE_OPENING_BYTES);
    for (int k = from; k < end; k++) {
      byte c = b[k];
      if (c < 0) {
        return true;
      }
      boolean neutral =
          (c >= '0' && c <= '9')
              || c == ' '
              || c == '('
              || c == ')'
              || c == '['
              || c == ']'
              || c == '-'
              || c == '*'
              || c == '.'
              || c == ':'
              || c == '"';
      if (!neutral) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isControl(byte c) {
    return (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }

  /**
   * The text of {@code b} from {@code offset} as UTF-8, decoded in one strict pass, or {@code
   * null} when it is not well-formed UTF-8 or, if {@code requireMultiByte}, holds no multi-byte
   * character (pure ASCII is left to the detectors, so the recorded encoding stays what Tika would
   * record).
   */
  static String decodeUtf8(byte[] b, int offset, boolean requireMultiByte) {
    return decodeUtf8(b, offset, b.length, requireMultiByte);
  }

  /**
   * {@link #decodeUtf8(byte[], int, boolean)} for {@code b[offset, end)}. The JDK's own decoder
   * (one pass, no intermediate buffer) reads the bytes; it replaces malformed input with U+FFFD, so
   * only a text that holds U+FFFD is checked again with a strict decoder (a file may spell U+FFFD
   * itself).
   */
  static String decodeUtf8(byte[] b, int offset, int end, boolean requireMultiByte) {
    int length = end - offset;
    if (!startsAsUtf8(b, offset, end)) {
      return null; // a single-byte code page shows at its first letters: no need to decode it all
    }
    String text = new String(b, offset, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0 && !isWellFormedUtf8(b, offset, length)) {
      return null;
    }
    if (requireMultiByte && text.length() == length) {
      return null; // as many chars as bytes: all ASCII
    }
    return text;
  }

  /** How much of the start {@link #startsAsUtf8} checks before the whole text is decoded. */
  static final int UTF8_PROBE_BYTES = 4096;

  /**
   * Whether the first {@value #UTF8_PROBE_BYTES} bytes of {@code b[offset, end)} are well-formed
   * UTF-8 (a sequence cut by the end of the probe is fine).
   */
  static boolean startsAsUtf8(byte[] b, int offset, int end) {
    // By hand rather than with a CharsetDecoder: the decoder's loop for multi-byte input, and the
    // chars it must write, cost as much as decoding the whole of a median-sized file.
    int probeEnd = offset + Math.min(end - offset, UTF8_PROBE_BYTES);
    boolean wholeInput = probeEnd == end;
    int i = offset;
    while (i < probeEnd) {
      int lead = b[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xFF;
      int trail;
      int secondMin = 0x80;
      int secondMax = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        trail = 1;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        trail = 2;
        if (lead == 0xE0) {
          secondMin = 0xA0; // no overlong forms
        } else if (lead == 0xED) {
          secondMax = 0x9F; // no surrogates
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        trail = 3;
        if (lead == 0xF0) {
          secondMin = 0x90;
        } else if (lead == 0xF4) {
          secondMax = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return false;
      }
      for (int k = 1; k <= trail; k++) {
        if (i + k >= probeEnd) {
          return !wholeInput; // a sequence cut by the end of the probe, not of the input
        }
        int c = b[i + k] & 0xFF;
        if (k == 1 ? c < secondMin || c > secondMax : c < 0x80 || c > 0xBF) {
          return false;
        }
      }
      i += trail + 1;
    }
    return true;
  }

  private static boolean isWellFormedUtf8(byte[] b, int offset, int length) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, offset, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * True when the bytes are well-formed UTF-8 with at least one multi-byte character: then ICU's
   * detector names UTF-8 with its highest confidence.
   */
  static boolean isUtf8WithMultiByte(byte[] b) {
    return decodeUtf8(b, 0, true) != null;
  }

  /**
   * The end of {@code b} without its trailing spaces, tabs, line feeds and carriage returns (which
   * {@link String#strip} would remove; vertical tab and form feed are left, as {@link #xmlSafe}
   * turns them into U+FFFD), not before {@code offset}. In UTF-8 and in every single-byte code
   * page read here these bytes are those characters and never part of another one.
   */
  static int endWithoutAsciiBlanks(byte[] b, int offset) {
    int end = b.length;
    while (end > offset && (b[end - 1] == ' ' || b[end - 1] == '\n' || b[end - 1] == '\r' || b[end - 1] == '\t')) {
      end--;
    }
    return end;
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
    int i = firstNonXmlChar(s);
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

  /** The index of the first character XML cannot carry, or the length when there is none. */
  private static int firstNonXmlChar(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800) {
        continue; // nearly every character: one comparison pair
      }
      if (!isXmlChar(s, i)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        i++; // its low surrogate, checked by isXmlChar
      }
    }
    return n;
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
