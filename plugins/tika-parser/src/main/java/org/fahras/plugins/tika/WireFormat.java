package org.fahras.plugins.tika;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.ParsedDocument.EmbeddedDocument;

/**
 * The messages between the plugin and its parser processes ({@link IsolatedParsing}, {@link
 * ParserProcessMain}), over the child's standard input and output.
 *
 * <p>The child writes {@link #READY} once its parser is loaded. Then, per file: a request (path,
 * text limit, time limit) and one answer, {@link #DOCUMENT} with the document tree, or {@link
 * #FAILURE} with a {@link Reason} and message. Strings are length-prefixed UTF-8, so texts of any
 * size pass; an absent value is a length of -1.
 */
final class WireFormat {

  static final int READY = 0x46414852; // "FAHR"
  static final byte DOCUMENT = 1;
  static final byte FAILURE = 2;

  private WireFormat() {}

  static void writeRequest(DataOutputStream out, ParseRequest request) throws IOException {
    writeString(out, request.file().toString());
    out.writeLong(request.maxCharacters());
    out.writeLong(request.timeout().toMillis());
    out.flush();
  }

  static ParseRequest readRequest(DataInputStream in) throws IOException {
    Path file = Path.of(readString(in));
    long maxCharacters = in.readLong();
    Duration timeout = Duration.ofMillis(in.readLong());
    return new ParseRequest(file, maxCharacters, timeout);
  }

  static void writeFailure(DataOutputStream out, DocumentParseException failure)
      throws IOException {
    out.writeByte(FAILURE);
    writeString(out, failure.reason().name());
    writeString(out, failure.getMessage());
    out.flush();
  }

  static void writeDocument(DataOutputStream out, ParsedDocument document) throws IOException {
    out.writeByte(DOCUMENT);
    writeTree(out, document);
    out.flush();
  }

  /** The answer: the document, or the failure it carries thrown. */
  static ParsedDocument readAnswer(DataInputStream in) throws IOException, DocumentParseException {
    byte kind = in.readByte();
    if (kind == FAILURE) {
      Reason reason = Reason.valueOf(readString(in));
      throw new DocumentParseException(reason, readString(in));
    }
    if (kind != DOCUMENT) {
      throw new IOException("unexpected answer " + kind + " from the parser process");
    }
    return readTree(in);
  }

  private static void writeTree(DataOutputStream out, ParsedDocument d) throws IOException {
    writeString(out, d.text());
    writeString(out, d.title());
    writeString(out, d.author());
    writeInstant(out, d.created());
    writeInstant(out, d.modified());
    writeString(out, d.language());
    writeString(out, d.contentType());
    out.writeInt(d.metadata().size());
    for (Map.Entry<String, String> e : d.metadata().entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
    out.writeInt(d.embedded().size());
    for (EmbeddedDocument e : d.embedded()) {
      writeString(out, e.entryPath());
      writeTree(out, e.document());
    }
    out.writeInt(d.warnings().size());
    for (String w : d.warnings()) {
      writeString(out, w);
    }
  }

  private static ParsedDocument readTree(DataInputStream in) throws IOException {
    String text = readString(in);
    String title = readString(in);
    String author = readString(in);
    Instant created = readInstant(in);
    Instant modified = readInstant(in);
    String language = readString(in);
    String contentType = readString(in);
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      metadata.put(readString(in), readString(in));
    }
    List<EmbeddedDocument> embedded = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String path = readString(in);
      embedded.add(new EmbeddedDocument(path, readTree(in)));
    }
    List<String> warnings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      warnings.add(readString(in));
    }
    return new ParsedDocument(
        text, title, author, created, modified, language, contentType, metadata, embedded,
        warnings);
  }

  private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
    out.writeBoolean(instant != null);
    if (instant != null) {
      out.writeLong(instant.getEpochSecond());
      out.writeInt(instant.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
