package org.fahras.testkit;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;

/**
 * The kit's own last-resort parser: {@code .txt} files as UTF-8 text, so that a plugin that is
 * not a parser can be tested on documents without installing one. Always asked after the
 * plugins' parsers.
 */
final class PlainTextParser implements DocumentParser {

  @Override
  public String id() {
    return "testkit-text";
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    String text;
    try {
      // The bytes the host read for the file's fingerprint, when it passes them (API 1.6).
      byte[] bytes = request.hasContent() ? request.content() : Files.readAllBytes(request.file());
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DocumentParseException(DocumentParseException.Reason.CORRUPT, "not UTF-8 text");
    } catch (IOException e) {
      throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage(), e);
    }
    List<String> warnings = List.of();
    if (text.length() > request.maxCharacters()) {
      text = text.substring(0, (int) request.maxCharacters());
      warnings = List.of("text cut at " + request.maxCharacters() + " characters");
    }
    return new ParsedDocument(text, null, null, null, null, null, "text/plain", null, null, warnings);
  }
}
