package org.fahras.plugins.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Reading scanned pages and pictures with Tesseract, through Tika's {@link TesseractOCRParser}.
 *
 * <p>At start the plugin runs {@code tesseract --list-langs} (from the configured folder, else the
 * {@code PATH}) and OCR is <em>active</em> when OCR is switched on, the program answers, and it has
 * every language asked for ({@code ara+eng} by default). Otherwise Tika is told to skip OCR, the
 * plugin logs {@link #notice()} once, and a picture or a PDF without any text layer is reported as
 * unread ({@link #unreadReason()}) instead of being indexed as empty text: Tika alone would read it
 * as empty without a word.
 *
 * <p>OCR output is folded: Tesseract's Arabic model writes Persian yeh and keheh (ی ک) where Arabic
 * text has ي ك.
 */
final class OcrSupport {

  /** The notice when Tesseract or its Arabic data is missing. */
  static final String INSTALL_HINT =
      "install tesseract-ocr and tesseract-ocr-ara to read scanned pages";

  /** What an unread scan is reported with when OCR is switched off. */
  static final String SWITCHED_OFF =
      "scanned page or picture not read: OCR is switched off in the Tika parser's settings";

  static final String DEFAULT_LANGUAGES = "ara+eng";

  private static final char FARSI_YEH = '\u06CC';
  private static final char KEHEH = '\u06A9';
  private static final char YEH = '\u064A';
  private static final char KAF = '\u0643';

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  private final boolean enabled;
  private final String languages;
  private final Path program;
  /** Null when OCR is active; else why not. */
  private final String problem;

  private OcrSupport(boolean enabled, String languages, Path program, String problem) {
    this.enabled = enabled;
    this.languages = languages;
    this.program = program;
    this.problem = problem;
  }

  /**
   * Checks Tesseract.
   *
   * @param enabled whether the user wants OCR at all
   * @param folder the folder holding the {@code tesseract} program, or blank for the {@code PATH}
   * @param languages Tesseract language codes joined by {@code +}
   */
  static OcrSupport probe(boolean enabled, String folder, String languages) {
    Path program =
        folder == null || folder.isBlank()
            ? Path.of(TesseractOCRParser.getTesseractProg())
            : Path.of(folder.strip(), TesseractOCRParser.getTesseractProg());
    if (!enabled) {
      return new OcrSupport(false, languages, program, SWITCHED_OFF);
    }
    Set<String> installed = installedLanguages(program);
    String problem = null;
    if (installed == null) {
      problem = "Tesseract OCR was not found (" + program + "); " + INSTALL_HINT;
    } else {
      List<String> missing =
          Arrays.stream(languages.split("\\+")).filter(l -> !installed.contains(l)).toList();
      if (!missing.isEmpty()) {
        problem = "Tesseract has no data for " + String.join(", ", missing) + "; " + INSTALL_HINT;
      }
    }
    return new OcrSupport(true, languages, program, problem);
  }

  /** These settings with scans not read, for {@code why} (Tesseract found but not usable). */
  OcrSupport failed(String why) {
    return new OcrSupport(enabled, languages, program, why);
  }

  /** Whether scans are read. */
  boolean active() {
    return problem == null;
  }

  boolean enabled() {
    return enabled;
  }

  /** Why scans are not read (for the log at start), or {@code null} when they are. */
  String notice() {
    return problem;
  }

  /** The failure message of a file that only OCR could read. */
  String unreadReason() {
    return !enabled ? SWITCHED_OFF : "scanned page or picture not read: " + problem;
  }

  /**
   * Points Tika's Tesseract parser, wherever it sits in {@code parser}'s tree, at the configured
   * program and languages, when OCR is active and the program is not the one on the {@code PATH}.
   */
  void applyTo(Parser parser) throws TikaConfigException {
    TesseractOCRParser tesseract = find(parser);
    if (tesseract == null || !active()) {
      return;
    }
    tesseract.setLanguage(languages);
    if (program.getParent() != null) {
      tesseract.setTesseractPath(program.getParent().toString());
      tesseract.initialize(Map.of());
    }
  }

  private static TesseractOCRParser find(Parser parser) {
    if (parser instanceof TesseractOCRParser tesseract) {
      return tesseract;
    }
    if (parser instanceof ParserDecorator decorator) {
      return find(decorator.getWrappedParser());
    }
    if (parser instanceof CompositeParser composite) {
      for (Parser child : composite.getAllComponentParsers()) {
        TesseractOCRParser found = find(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Sets OCR for one parse: languages and time limit, or no OCR at all. */
  void configure(ParseContext context, PDFParserConfig pdf, Duration timeout) {
    TesseractOCRConfig config = new TesseractOCRConfig();
    config.setLanguage(languages);
    config.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds())));
    config.setSkipOcr(!active());
    context.set(TesseractOCRConfig.class, config);
    // AUTO: pages with no text layer (or almost none) are rendered and read by Tesseract.
    pdf.setOcrStrategy(
        active() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
  }

  /**
   * Whether a resource is a scan that came out without text: a picture, or a PDF with pages but
   * not one character of text.
   */
  static boolean isUnreadScan(Metadata metadata) {
    if (!new MetadataMapper(metadata).text().isEmpty()) {
      return false;
    }
    MediaType type = MediaType.parse(new MetadataMapper(metadata).contentType());
    if (type == null) {
      return false;
    }
    if (type.getType().equals("image")) {
      return true;
    }
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    return type.getBaseType().equals(MediaType.application("pdf")) && pages != null && pages > 0;
  }

  /** Whether Tesseract read (part of) this resource. */
  static boolean ranOn(Metadata metadata) {
    for (String name :
        new String[] {
          TikaCoreProperties.TIKA_PARSED_BY.getName(),
          TikaCoreProperties.TIKA_PARSED_BY_FULL_SET.getName()
        }) {
      for (String parser : metadata.getValues(name)) {
        if (parser.equals(TesseractOCRParser.class.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Folds Persian letters Tesseract's Arabic model writes for Arabic ones: ی → ي, ک → ك. */
  static String fold(String text) {
    return text.replace(FARSI_YEH, YEH).replace(KEHEH, KAF);
  }

  /** The languages {@code tesseract --list-langs} names, or {@code null} if it does not run. */
  private static Set<String> installedLanguages(Path program) {
    if (program.getParent() != null && !Files.isRegularFile(program)) {
      return null;
    }
    ProcessBuilder builder = new ProcessBuilder(program.toString(), "--list-langs");
    builder.redirectErrorStream(true);
    try {
      Process process = builder.start();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readNBytes(64 * 1024);
      }
      if (!process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return null;
      }
      if (process.exitValue() != 0) {
        return null;
      }
      Set<String> languages = new HashSet<>();
      for (String line : new String(out, StandardCharsets.UTF_8).split("\\R")) {
        // The first line is a heading ("List of available languages in …:").
        if (!line.isBlank() && !line.contains(" ")) {
          languages.add(line.strip());
        }
      }
      return languages;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
