package org.fahras.app.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;

/** Small parsers for pipeline tests, standing in for the Tika plugin. */
final class FakeParsers {

  private FakeParsers() {}

  /**
   * Reads files as UTF-8 text. A file whose text starts with "BROKEN" fails as corrupt; a file
   * ending in {@code .arc} holds entries separated by lines "--- name".
   */
  static final class Text implements DocumentParser {
    final List<String> parsed = java.util.Collections.synchronizedList(new ArrayList<>());
    /** File name → the bytes the host handed over with the request ({@code null}: none). */
    final java.util.Map<String, byte[]> contents = java.util.Collections.synchronizedMap(new java.util.HashMap<>());

    @Override
    public String id() {
      return "text";
    }

    @Override
    public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
      parsed.add(request.file().getFileName().toString());
      contents.put(request.file().getFileName().toString(), request.content());
      String text;
      try {
        text = Files.readString(request.file(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage(), e);
      }
      if (text.startsWith("BROKEN")) {
        throw new DocumentParseException(DocumentParseException.Reason.CORRUPT, "damaged header");
      }
      if (request.file().toString().endsWith(".arc")) {
        List<ParsedDocument.EmbeddedDocument> entries = new ArrayList<>();
        String[] parts = text.split("--- ");
        for (String part : parts) {
          if (part.isBlank()) {
            continue;
          }
          int nl = part.indexOf('\n');
          entries.add(
              new ParsedDocument.EmbeddedDocument(
                  part.substring(0, nl).strip(),
                  ParsedDocument.ofText(part.substring(nl + 1), "text/plain")));
        }
        return new ParsedDocument("", null, null, null, null, null, "application/x-arc", null, entries, null);
      }
      String title = text.lines().findFirst().orElse("");
      return new ParsedDocument(text, title, null, null, null, "ar", "text/plain", null, null, null);
    }
  }
}
