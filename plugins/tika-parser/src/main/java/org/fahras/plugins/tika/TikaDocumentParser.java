package org.fahras.plugins.tika;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.fahras.api.Configurable;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.PluginOption;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document parser backed by Apache Tika: reads every format of Tika's standard parser package
 * (text, HTML, PDF, Office, OpenDocument, RTF, e-mail, EPUB, archives, …).
 *
 * <p>Sets these fields of {@link ParsedDocument}:
 *
 * <ul>
 *   <li>{@code text}: the plain text, stripped of leading and trailing blank space, at most {@link
 *       ParseRequest#maxCharacters()} characters for the file and its entries together; beyond that
 *       the text is cut and a warning says so;
 *   <li>{@code title}: {@code dc:title} (for e-mail, the subject), or {@code null} if blank;
 *   <li>{@code author}: {@code dc:creator} (for e-mail, the sender), several joined by {@code ;};
 *   <li>{@code created}, {@code modified}: {@code dcterms:created}, {@code dcterms:modified};
 *   <li>{@code language}: guessed from the text (ISO 639-1, e.g. {@code ar}), {@code null} when the
 *       text is too short or the guess is unsure;
 *   <li>{@code contentType}: the detected media type without parameters;
 *   <li>{@code metadata}: when the document has them, {@code pages} ({@code xmpTPg:NPages}), {@code
 *       words} ({@code meta:word-count}), {@code encoding} (the character set detected for text and
 *       HTML), {@code subject}, {@code description}, {@code creatorTool}, {@code producer}, {@code
 *       declaredLanguage} ({@code dc:language}) and {@code parser} (the Tika parser class that read
 *       it);
 *   <li>{@code embedded}: archive entries, attachments, mbox messages and documents embedded in
 *       office files, nested as they are nested in the file, each under its path inside its
 *       immediate container ({@link DocumentAssembler});
 *   <li>{@code warnings}: cut text, skipped entries, parts Tika could not read.
 * </ul>
 *
 * <p>Text from OCR has Persian ی ک folded to ي ك. A file whose text would exceed {@value
 * #MAX_EXPANSION} characters per byte of its size (past {@value #EXPANSION_THRESHOLD}) is refused
 * as a zip bomb ({@code TOO_LARGE}).
 *
 * <p>Plain-text files ({@code .txt}) take a fast path, {@link PlainTextReader}, with the same
 * fields; every other file goes through Tika's auto-detecting parser.
 *
 * <p>Scanned pages and pictures are read by Tesseract ({@link OcrSupport}) when it is installed
 * with its Arabic data; otherwise they are reported as unread, never as empty text.
 *
 * <p>Options ({@link Configurable}): {@value #OPTION_OCR} (read scans with Tesseract, on by
 * default), {@value #OPTION_OCR_LANGUAGES} (Tesseract languages, {@code ara+eng}), {@value
 * #OPTION_TESSERACT_FOLDER} (the folder holding the {@code tesseract} program; blank: the {@code
 * PATH}), {@value #OPTION_ISOLATION} (which files are parsed in separate processes, {@link
 * IsolatedParsing}: {@code risky}, all but plain text, by default; {@code all}; {@code none}) and
 * {@value #OPTION_PROCESS_MEMORY} (each such process's heap, 1024 MB).
 *
 * <p>Thread-safe: one instance serves all parse threads. The timeout of a request is enforced for
 * files parsed in a separate process (the process is killed); Tika's in-process parse cannot be
 * interrupted, so plain text, and everything under isolation {@code none}, runs without one.
 */
@Extension
public final class TikaDocumentParser implements DocumentParser, Configurable {

  /** The identifier of this parser. */
  public static final String ID = "tika";

  /**
   * Characters of text a file may give per byte of its size, past {@link #EXPANSION_THRESHOLD}:
   * Tika's own zip-bomb guard compares an entry's text with the entry's <em>uncompressed</em>
   * bytes, so a small archive of a huge repetitive text passes it.
   */
  static final long MAX_EXPANSION = 100;

  /** Text up to this many characters is never taken for a zip bomb. */
  static final long EXPANSION_THRESHOLD = 1_000_000;

  /** More entries than this in one file is a denial of service, not a document. */
  static final int MAX_EMBEDDED_RESOURCES = 10_000;

  /** Option: read scanned pages and pictures with Tesseract. */
  public static final String OPTION_OCR = "ocr";

  /** Option: Tesseract's languages, joined by {@code +}. */
  public static final String OPTION_OCR_LANGUAGES = "ocr.languages";

  /** Option: the folder of the {@code tesseract} program; blank for the {@code PATH}. */
  public static final String OPTION_TESSERACT_FOLDER = "ocr.tesseractFolder";

  /** Option: which files are parsed in separate processes ({@link IsolatedParsing}). */
  public static final String OPTION_ISOLATION = "isolation";

  /** Option: the maximum heap of each parser process, in megabytes. */
  public static final String OPTION_PROCESS_MEMORY = "isolation.memoryMb";

  static final String DEFAULT_PROCESS_MEMORY = "1024";

  /** The smallest heap a parser process can load Tika in. */
  static final int MIN_PROCESS_MEMORY = 64;

  private static final List<PluginOption> OPTIONS =
      List.of(
          PluginOption.bool(OPTION_OCR, true, "option.ocr"),
          PluginOption.text(
              OPTION_OCR_LANGUAGES, OcrSupport.DEFAULT_LANGUAGES, "option.ocrLanguages"),
          PluginOption.text(OPTION_TESSERACT_FOLDER, "", "option.tesseractFolder"),
          PluginOption.choice(
              OPTION_ISOLATION, IsolatedParsing.RISKY, IsolatedParsing.CHOICES, "option.isolation"),
          PluginOption.text(OPTION_PROCESS_MEMORY, DEFAULT_PROCESS_MEMORY, "option.processMemory"));

  private static final Logger LOG = LoggerFactory.getLogger(TikaDocumentParser.class);

  private final ClassLoader pluginLoader = TikaDocumentParser.class.getClassLoader();
  private final DocumentAssembler assembler = new DocumentAssembler();
  private volatile IsolatedParsing isolation;
  private final AtomicBoolean ocrNoticeGiven = new AtomicBoolean();

  /** Tika's parsers, loaded by the first call that needs them; kept from then on. */
  private record Tika(AutoDetectParser autoDetect, RecursiveParserWrapper parser, PlainTextReader plainText) {}

  /** Tika and the OCR set up on it, ready to parse; null until first needed and after configure. */
  private record Ready(Tika tika, OcrSupport ocr) {}

  /** The OCR settings of the last {@link #configure} (default: on, Tesseract on the PATH). */
  private record OcrRequest(boolean enabled, String folder, String languages) {}

  private Tika tika;
  private OcrRequest ocrRequest = new OcrRequest(true, "", OcrSupport.DEFAULT_LANGUAGES);
  /** The OCR of {@link #ocrRequest}, probed when first needed (null before). */
  private OcrSupport ocrProbed;
  private volatile Ready ready;

  /** The parsers made by this plugin's class loader, for {@link #closeAll} when it stops. */
  private static final java.util.Set<TikaDocumentParser> LIVE =
      java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

  /** Ends the parser processes of every parser of this plugin (the plugin is stopping). */
  static void closeAll() {
    java.util.List<TikaDocumentParser> all;
    synchronized (LIVE) {
      all = java.util.List.copyOf(LIVE);
      LIVE.clear();
    }
    for (TikaDocumentParser p : all) {
      IsolatedParsing i = p.isolation;
      if (i != null) {
        i.close();
      }
    }
  }

  /**
   * A parser that loads Tika on its first file, not here: loading Tika's configuration and its
   * parsers takes 0.6 s and more, and most commands (search, status, plugins) never parse. The
   * same goes for probing Tesseract (a process run). Whether a parser Fahras relies on is missing
   * then shows in the first parse that needs Tika, as that file's failure.
   */
  public TikaDocumentParser() {
    synchronized (LIVE) {
      LIVE.add(this);
    }
    this.isolation =
        new IsolatedParsing(
            IsolatedParsing.RISKY, Integer.parseInt(DEFAULT_PROCESS_MEMORY), Map.of());
  }

  /**
   * Tika loaded and the OCR settings probed and applied to it, on the first call and after each
   * {@link #configure}.
   *
   * @throws IllegalStateException when a parser Fahras relies on did not load
   */
  private Ready ready() {
    Ready r = ready;
    if (r != null) {
      return r;
    }
    synchronized (this) {
      if (ready == null) {
        ClassLoader previous = enterPlugin();
        try {
          if (tika == null) {
            TikaConfig config = TikaSetup.loadConfig(pluginLoader);
            AutoDetectParser autoDetect = TikaSetup.createParser(config);
            tika =
                new Tika(
                    autoDetect,
                    new RecursiveParserWrapper(autoDetect),
                    new PlainTextReader(autoDetect.getDetector(), config.getEncodingDetector()));
          }
          OcrSupport ocr = ocr();
          try {
            ocr.applyTo(tika.autoDetect());
          } catch (Exception e) {
            ocr = ocr.failed("Tesseract could not be set up: " + e.getMessage());
            ocrProbed = ocr;
          }
          ready = new Ready(tika, ocr);
        } finally {
          Thread.currentThread().setContextClassLoader(previous);
        }
      }
      return ready;
    }
  }

  /** The OCR settings probed (Tesseract run once to list its languages), without loading Tika. */
  private synchronized OcrSupport ocr() {
    if (ocrProbed == null) {
      OcrRequest q = ocrRequest;
      ocrProbed = OcrSupport.probe(q.enabled(), q.folder(), q.languages());
    }
    return ocrProbed;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<PluginOption> options() {
    return OPTIONS;
  }

  @Override
  public void configure(Map<String, String> values) {
    for (PluginOption option : OPTIONS) {
      String value = values.get(option.key());
      if (value != null && !option.accepts(value)) {
        throw new IllegalArgumentException("invalid value for " + option.key() + ": " + value);
      }
    }
    int memory = processMemory(values.getOrDefault(OPTION_PROCESS_MEMORY, DEFAULT_PROCESS_MEMORY));
    boolean enabled =
        Boolean.parseBoolean(values.getOrDefault(OPTION_OCR, OPTIONS.get(0).defaultValue()));
    String languages = values.getOrDefault(OPTION_OCR_LANGUAGES, OcrSupport.DEFAULT_LANGUAGES);
    if (languages.isBlank()) {
      languages = OcrSupport.DEFAULT_LANGUAGES;
    }
    synchronized (this) {
      // Probed and applied before the next parse (ready()).
      ocrRequest =
          new OcrRequest(enabled, values.getOrDefault(OPTION_TESSERACT_FOLDER, ""), languages.strip());
      ocrProbed = null;
      ready = null;
    }
    ocrNoticeGiven.set(false);
    Map<String, String> childOptions = new HashMap<>();
    for (String key : List.of(OPTION_OCR, OPTION_OCR_LANGUAGES, OPTION_TESSERACT_FOLDER)) {
      if (values.containsKey(key)) {
        childOptions.put(key, values.get(key));
      }
    }
    IsolatedParsing previousIsolation = this.isolation;
    this.isolation =
        new IsolatedParsing(
            values.getOrDefault(OPTION_ISOLATION, IsolatedParsing.RISKY), memory, childOptions);
    if (previousIsolation != null) {
      previousIsolation.close();
    }
  }

  private static int processMemory(String value) {
    try {
      int megabytes = Integer.parseInt(value.strip());
      if (megabytes >= MIN_PROCESS_MEMORY) {
        return megabytes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        OPTION_PROCESS_MEMORY + " must be a number of megabytes, at least " + MIN_PROCESS_MEMORY
            + ": " + value);
  }

  /**
   * Loads Tika and sets up OCR now rather than for the first file: a parser process does so
   * before it tells the application it is ready, so that loading does not count against the
   * first file's time limit.
   *
   * @throws IllegalStateException when a parser Fahras relies on did not load
   */
  void load() {
    ready();
  }

  /** Whether Tika is loaded (a file needed it, or {@link #ocrActive} asked; for tests). */
  synchronized boolean tikaLoaded() {
    return tika != null;
  }

  /** The separate processes this parser uses (for tests). */
  IsolatedParsing isolation() {
    return isolation;
  }

  /**
   * Whether scanned pages and pictures are read (Tesseract found, OCR switched on); loads Tika
   * and probes Tesseract when no file has yet.
   */
  public boolean ocrActive() {
    return ready().ocr().active();
  }

  @Override
  public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    Path file = request.file();
    // The host may hand over the file's bytes (API 1.6): the fast path for text then reads nothing.
    byte[] content = request.content();
    long size = content != null ? requireContent(content) : requireContent(file);
    int writeLimit = (int) Math.min(request.maxCharacters(), Integer.MAX_VALUE);
    IsolatedParsing isolation = this.isolation;
    if (isolation.isolates(file)) {
      try {
        return isolation.parse(request);
      } catch (DocumentParseException e) {
        noticeUnreadScan(e);
        throw e;
      }
    }
    ClassLoader previous = enterPlugin();
    try {
      Ready ready = ready();
      if (PlainTextReader.accepts(file, size)) {
        ParsedDocument text = ready.tika().plainText().read(file, content, writeLimit);
        if (text != null) {
          return text;
        }
      }
      OcrSupport ocr = ready.ocr();
      // A file may give at most MAX_EXPANSION characters per byte (past the first
      // EXPANSION_THRESHOLD): more is a zip bomb, stopped at that limit rather than read in full.
      long expansionLimit = Math.max(EXPANSION_THRESHOLD, MAX_EXPANSION * size);
      int limit = (int) Math.min(writeLimit, expansionLimit);
      List<Metadata> resources = extract(ready.tika().parser(), file, limit, ocr, request.timeout());
      if (limit < writeLimit && limitReached(resources)) {
        throw new DocumentParseException(
            Reason.TOO_LARGE,
            "expands to more than " + MAX_EXPANSION + " times its size (a zip bomb?); not read");
      }
      requireParser(resources.get(0));
      requireOcrWhereNeeded(resources.get(0), ocr);
      if (!ocr.active()) {
        // Scans inside archives and mail stay entries (found by name), saying why they are empty.
        for (Metadata entry : resources.subList(1, resources.size())) {
          if (OcrSupport.isUnreadScan(entry)) {
            entry.add(TikaWarnings.FAHRAS_WARNING, ocr.unreadReason());
          }
        }
      }
      for (Metadata resource : resources) {
        if (OcrSupport.ranOn(resource)) {
          String text = resource.get(TikaCoreProperties.TIKA_CONTENT);
          if (text != null) {
            resource.set(TikaCoreProperties.TIKA_CONTENT, OcrSupport.fold(text));
          }
        }
      }
      return assembler.assemble(resources, writeLimit);
    } catch (DocumentParseException e) {
      throw e;
    } catch (Exception | StackOverflowError | AssertionError e) {
      // Errors caught on purpose: deep nesting overflows the stack, and with assertions on
      // (tests, development) Tika's own asserts fail on malformed RTF. Both concern this file
      // only; other Errors (out of memory, linkage) are the JVM's and propagate.
      throw ParseFailures.translate(e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /**
   * Makes the plugin's class loader the thread's context loader and returns the one it replaces.
   * Parts of Tika and its libraries (service loading, XML factories, JAXB) look classes up through
   * the context loader, and the host's parse threads carry the host's, which cannot see the
   * plugin's jars.
   */
  private ClassLoader enterPlugin() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(pluginLoader);
    return previous;
  }

  /** Runs Tika over the file: one metadata (with its text) per resource, the file first. */
  private static List<Metadata> extract(
      RecursiveParserWrapper parser, Path file, int writeLimit, OcrSupport ocr, Duration timeout)
      throws Exception {
    Metadata metadata = new Metadata();
    // Without the name, Tika takes single-byte Arabic text for binary data.
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    RecursiveParserWrapperHandler handler =
        new RecursiveParserWrapperHandler(
            new BlockBreakingHandlerFactory(writeLimit),
            MAX_EMBEDDED_RESOURCES);
    ParseContext context = new ParseContext();
    // An empty archive entry is an empty document, not a failure.
    context.set(
        ZeroByteFileException.IgnoreZeroByteFileException.class,
        new ZeroByteFileException.IgnoreZeroByteFileException());
    // Thumbnails (a picture of the first page, in ODF and OOXML files) are not read at all: their
    // text is the document's own, and OCR of one costs more than the rest of the file.
    context.set(DocumentSelector.class, resource -> !isThumbnail(resource));
    PDFParserConfig pdf = pdfConfig();
    ocr.configure(context, pdf, timeout);
    context.set(PDFParserConfig.class, pdf);
    try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
      parser.parse(stream, handler, metadata, context);
    }
    return handler.getMetadataList();
  }

  /**
   * PDF settings. Sorting text by position puts Arabic words in reading order where the PDF writes
   * a line as separately placed words (LibreOffice does so for headings); in content-stream order
   * such a line came out with its words reversed. New per parse: the config is mutable.
   */
  private static PDFParserConfig pdfConfig() {
    PDFParserConfig config = new PDFParserConfig();
    config.setSortByPosition(true);
    return config;
  }

  /** A preview picture of its container, by its declared type or its place in ODF/OOXML files. */
  static boolean isThumbnail(Metadata metadata) {
    if ("THUMBNAIL".equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))) {
      return true;
    }
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
    String where = (path == null ? "" : path) + "|" + (name == null ? "" : name);
    return where.contains("Thumbnails/thumbnail.") || where.contains("docProps/thumbnail.");
  }

  private static boolean limitReached(List<Metadata> resources) {
    for (Metadata resource : resources) {
      if ("true".equals(resource.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
        return true;
      }
    }
    return false;
  }

  /** Fails early, with the reasons users expect, for files Tika need not see. */
  private static long requireContent(byte[] content) throws DocumentParseException {
    if (content.length == 0) {
      throw new DocumentParseException(Reason.CORRUPT, ParseFailures.EMPTY);
    }
    return content.length;
  }

  private static long requireContent(Path file) throws DocumentParseException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new DocumentParseException(
          Reason.IO, "could not read the file: " + ParseFailures.describe(e), e);
    }
    if (size == 0) {
      throw new DocumentParseException(Reason.CORRUPT, ParseFailures.EMPTY);
    }
    return size;
  }

  /**
   * A picture or scanned PDF that came out without text because OCR is off or missing is reported
   * as unread, not indexed as an empty document; the first time, the reason is logged as well.
   */
  private void requireOcrWhereNeeded(Metadata container, OcrSupport ocr)
      throws DocumentParseException {
    if (ocr.active() || !OcrSupport.isUnreadScan(container)) {
      return;
    }
    DocumentParseException unread =
        new DocumentParseException(Reason.UNSUPPORTED, ocr.unreadReason());
    noticeUnreadScan(unread);
    throw unread;
  }

  /** Logs, once, why scans are not read, when {@code failure} is the first such scan. */
  private void noticeUnreadScan(DocumentParseException failure) {
    Ready r = ready;
    // Files parsed in other processes only: this one may not have loaded Tika (nor need to).
    OcrSupport ocr = r != null ? r.ocr() : ocr();
    if (ocr.enabled()
        && !ocr.active()
        && ocr.unreadReason().equals(failure.getMessage())
        && ocrNoticeGiven.compareAndSet(false, true)) {
      LOG.warn("{}", ocr.notice());
    }
  }

  /** Tika reads files it has no parser for as empty text; report them instead. */
  private static void requireParser(Metadata container) throws DocumentParseException {
    String parsedBy = new MetadataMapper(container).parsedBy();
    if (parsedBy == null || parsedBy.equals(EmptyParser.class.getName())) {
      throw new DocumentParseException(
          Reason.UNSUPPORTED,
          "no parser for this kind of file (" + new MetadataMapper(container).contentType() + ")");
    }
  }
}
