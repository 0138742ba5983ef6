package org.fahras.app.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;

/**
 * Reads files as UTF-8 text, standing in for the Tika plugin. A file whose text starts with
 * "BOOM" makes it throw, as a buggy parser would.
 */
public final class TextParser implements DocumentParser {

  @Override
  public String id() {
    return "text";
  }

  @Override
  public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    String text;
    try {
      text = Files.readString(request.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage(), e);
    }
    if (text.startsWith("BOOM")) {
      throw new IllegalStateException("parser bug");
    }
    return new ParsedDocument(text, null, null, null, null, "ar", "text/plain", null, null, null);
  }
}
