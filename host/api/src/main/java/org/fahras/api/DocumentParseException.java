package org.fahras.api;

/**
 * Signals that a file could not be read, with a {@link Reason} the host records and shows.
 *
 * <p>The message is shown to the user next to the file's path, so it should say what is wrong
 * with the file ("encrypted; no password"), not how the parser failed internally.
 */
public class DocumentParseException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a file could not be read. */
  public enum Reason {
    /** No parser understands this kind of file. */
    UNSUPPORTED,
    /** The file is damaged or not what its name says. */
    CORRUPT,
    /** The file is password-protected or encrypted. */
    ENCRYPTED,
    /** The file exceeds a size, depth or expansion limit. */
    TOO_LARGE,
    /** Reading the file took longer than allowed. */
    TIMEOUT,
    /** The file could not be read from disk. */
    IO,
    /** Anything else. */
    OTHER
  }

  private final Reason reason;

  public DocumentParseException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public DocumentParseException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the file could not be read. */
  public Reason reason() {
    return reason;
  }
}
