package org.fahras.examples.markdown;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.fahras.api.ResultExporter;
import org.pf4j.Extension;

/** Search results as a Markdown list: an example {@link ResultExporter}. */
// begin-snippet: markdown-exporter
@Extension
public class MarkdownExporter implements ResultExporter {

  @Override
  public String id() {
    return "markdown"; // fahras search QUERY --export markdown --out hits.md
  }

  @Override
  public String label(Locale locale) {
    return "ar".equals(locale.getLanguage()) ? "ماركداون" : "Markdown";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) {
    // Write each hit as it comes (never collect them); the host owns the stream: do not close it.
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.printf("# %s%n%n%d hits%n%n", Markdown.escape(export.query()), export.total());
    return new HitWriter() {
      @Override
      public void write(Hit hit) {
        w.printf("%d. **%s** `%s`%n", hit.rank(), Markdown.escape(hit.title()), Markdown.code(hit.path()));
        for (Snippet s : hit.snippets()) {
          w.printf("   > %s%n", Markdown.highlight(s));
        }
      }

      @Override
      public void close() {
        w.flush(); // finishes the file; the stream stays open
      }
    };
  }
}
// end-snippet
