package org.fahras.plugins.tika;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.pf4j.Extension;

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
 *   <li>{@code embedded}: archive entries and attachments, nested as they are nested in the file,
 *       each under its path inside its immediate container;
 *   <li>{@code warnings}: cut text, skipped entries, parts Tika could not read.
 * </ul>
 *
 * <p>Plain-text files ({@code .txt}) take a fast path, {@link PlainTextReader}, with the same
 * fields; every other file goes through Tika's auto-detecting parser.
 *
 * <p>Thread-safe: one instance serves all parse threads. The timeout of a request is not enforced
 * here (Tika's in-process parse cannot be interrupted); the host enforces it around the call.
 */
@Extension
public final class TikaDocumentParser implements DocumentParser {

  /** The identifier of this parser. */
  public static final String ID = "tika";

  /** More entries than this in one file is a denial of service, not a document. */
  static final int MAX_EMBEDDED_RESOURCES = 10_000;

  private final ClassLoader pluginLoader = TikaDocumentParser.class.getClassLoader();
  private final RecursiveParserWrapper parser;
  private final PlainTextReader plainText;
  private final DocumentAssembler assembler = new DocumentAssembler();

  /**
   * Loads Tika with the plugin's configuration.
   *
   * @throws IllegalStateException when a parser Fahras relies on did not load
   */
  public TikaDocumentParser() {
    ClassLoader previous = enterPlugin();
    try {
      TikaConfig config = TikaSetup.loadConfig(pluginLoader);
      AutoDetectParser autoDetect = TikaSetup.createParser(config);
      this.parser = new RecursiveParserWrapper(autoDetect);
      this.plainText = new PlainTextReader(autoDetect.getDetector(), config.getEncodingDetector());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    Path file = request.file();
    long size = requireContent(file);
    int writeLimit = (int) Math.min(request.maxCharacters(), Integer.MAX_VALUE);
    ClassLoader previous = enterPlugin();
    try {
      if (PlainTextReader.accepts(file, size)) {
        ParsedDocument text = plainText.read(file, writeLimit);
        if (text != null) {
          return text;
        }
      }
      List<Metadata> resources = extract(file, writeLimit);
      requireParser(resources.get(0));
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
  private List<Metadata> extract(Path file, int writeLimit) throws Exception {
    Metadata metadata = new Metadata();
    // Without the name, Tika takes single-byte Arabic text for binary data.
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    RecursiveParserWrapperHandler handler =
        new RecursiveParserWrapperHandler(
            new BasicContentHandlerFactory(
                BasicContentHandlerFactory.HANDLER_TYPE.TEXT, writeLimit),
            MAX_EMBEDDED_RESOURCES);
    ParseContext context = new ParseContext();
    // An empty archive entry is an empty document, not a failure.
    context.set(
        ZeroByteFileException.IgnoreZeroByteFileException.class,
        new ZeroByteFileException.IgnoreZeroByteFileException());
    context.set(PDFParserConfig.class, pdfConfig());
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

  /** Fails early, with the reasons users expect, for files Tika need not see. */
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
