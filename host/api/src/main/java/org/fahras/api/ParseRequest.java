package org.fahras.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One file to parse, with the limits the parser must respect.
 *
 * @param file the file to read; absolute, existing, regular
 * @param maxCharacters the most characters of text to extract from the file, its embedded
 *     documents included; the parser stops there and adds a warning to the result rather than
 *     failing
 * @param timeout how long the parser may spend on the file; a parser that cannot enforce it
 *     itself may ignore it, and the host enforces it around the call
 * @param content the file's bytes as the host read them, or {@code null}. The host reads a small
 *     file once, to fingerprint it, and hands the bytes on so that a parser need not read the file
 *     again: when present they are the whole file, exactly what its fingerprint was taken of. A
 *     parser may use them instead of reading {@code file} (and may modify the array: the host
 *     does not look at it again), or ignore them and read the file, as a parser written for API
 *     1.5 does. Since API 1.6.0.
 */
public record ParseRequest(Path file, long maxCharacters, Duration timeout, byte[] content) {

  /** Default text limit per document: 50 million characters (about 100 MB of UTF-16). */
  public static final long DEFAULT_MAX_CHARACTERS = 50_000_000L;

  /** Default time a single file may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  public ParseRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(timeout, "timeout");
    if (maxCharacters <= 0) {
      throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
    }
  }

  /** A request without the file's bytes: the parser reads the file. */
  public ParseRequest(Path file, long maxCharacters, Duration timeout) {
    this(file, maxCharacters, timeout, null);
  }

  /** A request with the default limits. */
  public static ParseRequest of(Path file) {
    return new ParseRequest(file, DEFAULT_MAX_CHARACTERS, DEFAULT_TIMEOUT);
  }

  /** Whether the request carries the file's bytes ({@link #content}). Since API 1.6.0. */
  public boolean hasContent() {
    return content != null;
  }

  /** Names the file and the limits; the content only by its length. */
  @Override
  public String toString() {
    return "ParseRequest[file=" + file + ", maxCharacters=" + maxCharacters + ", timeout=" + timeout
        + (content == null ? "" : ", content=" + content.length + " bytes") + "]";
  }
}
