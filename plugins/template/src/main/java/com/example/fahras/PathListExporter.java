package com.example.fahras;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.fahras.api.ResultExporter;
import org.pf4j.Extension;

/**
 * Writes the paths of the hits, one per line, best first: {@code fahras search QUERY --export
 * paths --out list.txt}. Replace it with your own extension (see docs/plugins.md for every
 * extension point).
 */
@Extension
public class PathListExporter implements ResultExporter {

  @Override
  public String id() {
    return "paths";
  }

  @Override
  public String label(Locale locale) {
    return "ar".equals(locale.getLanguage()) ? "قائمة المسارات" : "Path list";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new HitWriter() {
      @Override
      public void write(Hit hit) {
        w.print(hit.path().replaceAll("[\r\n]", " ") + "\n");
      }

      @Override
      public void close() {
        w.flush(); // the host closes the stream
      }
    };
  }
}
