package org.fahras.plugins.tika;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;

/**
 * The main class of a parser process ({@link IsolatedParsing}): loads the plugin's parser, then
 * reads requests from standard input and answers on standard output until its input ends.
 *
 * <p>Arguments: {@code key=value} options of {@link TikaDocumentParser} (isolation is always off
 * here). Standard output carries only the {@link WireFormat}; anything a library prints is sent to
 * standard error. The parent runs the process with {@code -XX:+ExitOnOutOfMemoryError}, so running
 * out of memory ends it with exit code 3.
 */
public final class ParserProcessMain {

  private ParserProcessMain() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        options.put(arg.substring(0, eq), arg.substring(eq + 1));
      }
    }
    options.put(TikaDocumentParser.OPTION_ISOLATION, IsolatedParsing.NONE);
    TikaDocumentParser parser = new TikaDocumentParser();
    parser.configure(options);
    // Tika loaded before the greeting: start-up does not count against the first file's time.
    parser.load();
    out.writeInt(WireFormat.READY);
    out.flush();
    while (true) {
      ParseRequest request;
      try {
        request = WireFormat.readRequest(in);
      } catch (EOFException e) {
        return; // the plugin closed the pipe: its JVM ended or it retired this process
      }
      try {
        ParsedDocument document = parser.parse(request);
        WireFormat.writeDocument(out, document);
      } catch (DocumentParseException e) {
        WireFormat.writeFailure(out, e);
      } catch (RuntimeException | LinkageError e) {
        WireFormat.writeFailure(
            out,
            new DocumentParseException(
                Reason.OTHER, "the Tika parser failed unexpectedly: " + ParseFailures.describe(e)));
      }
    }
  }
}
