package org.fahras.plugins.tika;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.FileTooLongException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.ZeroByteFileException;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.xml.sax.SAXException;

/**
 * Turns what Tika throws into {@link DocumentParseException}s whose message a user can read.
 *
 * <p>The host shows the message next to the file's path, so messages say what is wrong with the
 * file, in one line, without class names or stack traces.
 */
final class ParseFailures {

  static final String ENCRYPTED = "encrypted or password-protected";
  static final String EMPTY = "empty file (0 bytes)";

  /** Tika's SecureContentHandler says exactly this when an archive expands too far. */
  private static final String ZIP_BOMB = "Zip bomb detected";

  /** Longest cause message kept; some parsers put whole dumps in their messages. */
  private static final int MAX_DETAIL = 200;

  private static final int MAX_CAUSES = 50;

  private ParseFailures() {}

  /**
   * The exception to report for {@code failure}, which escaped Tika's parse.
   *
   * <p>Encryption and empty input are looked for along the whole cause chain, because Tika wraps
   * them in other exceptions when they happen inside a container.
   */
  static DocumentParseException translate(Throwable failure) {
    if (hasCause(failure, EncryptedDocumentException.class)) {
      return new DocumentParseException(Reason.ENCRYPTED, ENCRYPTED, failure);
    }
    if (hasCause(failure, ZeroByteFileException.class)) {
      return new DocumentParseException(Reason.CORRUPT, EMPTY, failure);
    }
    if (isOverLimit(failure)) {
      return new DocumentParseException(
          Reason.TOO_LARGE, "too large to read safely: " + describe(failure), failure);
    }
    if (failure instanceof TikaException || failure instanceof SAXException) {
      return new DocumentParseException(
          Reason.CORRUPT, "damaged or not what its name says: " + describe(failure), failure);
    }
    if (failure instanceof IOException) {
      // Tika wraps parsers' own IOExceptions in TikaException; a bare one comes from reading
      // the file itself.
      return new DocumentParseException(
          Reason.IO, "could not read the file: " + describe(failure), failure);
    }
    if (failure instanceof StackOverflowError) {
      return new DocumentParseException(
          Reason.TOO_LARGE, "nested too deeply to read (parser stack overflow)", failure);
    }
    return new DocumentParseException(
        Reason.OTHER, "the Tika parser failed unexpectedly: " + describe(failure), failure);
  }

  /**
   * The root cause's message, condensed to one line: whitespace runs become single spaces and long
   * messages are cut. Falls back to the exception's simple class name.
   */
  static String describe(Throwable failure) {
    Throwable root = rootCause(failure);
    String message = root.getMessage();
    if (message == null || message.isBlank()) {
      message = root.getClass().getSimpleName();
    }
    String line = message.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
  }

  private static boolean isOverLimit(Throwable failure) {
    return hasCause(failure, TikaMemoryLimitException.class)
        || hasCause(failure, FileTooLongException.class)
        || causes(failure).stream()
            .anyMatch(t -> t.getMessage() != null && t.getMessage().contains(ZIP_BOMB));
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    return causes(failure).stream().anyMatch(type::isInstance);
  }

  private static Throwable rootCause(Throwable failure) {
    List<Throwable> chain = causes(failure);
    return chain.get(chain.size() - 1);
  }

  /** {@code failure} and its causes, outermost first; bounded, as broken chains can loop. */
  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && chain.size() < MAX_CAUSES; t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
