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
 */
public record ParseRequest(Path file, long maxCharacters, Duration timeout) {

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

  /** A request with the default limits. */
  public static ParseRequest of(Path file) {
    return new ParseRequest(file, DEFAULT_MAX_CHARACTERS, DEFAULT_TIMEOUT);
  }
}
