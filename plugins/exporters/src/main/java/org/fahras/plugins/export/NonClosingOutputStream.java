package org.fahras.plugins.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The host's output stream as seen by the libraries an exporter writes with: closing it only
 * flushes. The host owns the stream and closes it itself after the writer is closed; a CSV
 * printer, a JSON generator or a spreadsheet library closing its target must not do it first.
 */
final class NonClosingOutputStream extends FilterOutputStream {

  NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    // FilterOutputStream writes byte by byte: pass whole arrays through.
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
