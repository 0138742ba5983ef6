package org.fahras.plugins.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Locale;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.Snippet;
import org.pf4j.Extension;

/**
 * Exports results as a self-contained HTML report ({@code html}): one page, readable offline and
 * printable, in the export's language and direction ({@code dir="rtl"} for Arabic).
 *
 * <p>A header gives the query, the total, the time of the export and the filters, and a legend
 * of the entity colours; then one card per hit: rank and title, path, type, size, date and
 * score, the snippets with the matched words in {@code <mark>}, and the entities the document
 * mentions as chips coloured by type. Titles, snippets, names and the query each get {@code
 * dir="auto"}, so an English title in an Arabic report (or the reverse) is laid out in its own
 * direction.
 *
 * <p>Every piece of document text is escaped ({@link Html}); the page has no script and forbids
 * scripts and every external resource by its Content-Security-Policy ({@link HtmlPage}). The
 * entity table is an HTML table with the same frame.
 */
@Extension
public final class HtmlReportExporter extends LocalizedExporter {

  /** The exporter's identifier. */
  public static final String ID = "html";

  /** An exporter showing dates in the computer's time zone. */
  public HtmlReportExporter() {
    this(ZoneId.systemDefault());
  }

  HtmlReportExporter(ZoneId zone) {
    super(zone);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public HitWriter open(OutputStream out, Export export) throws IOException {
    HtmlPage page = HtmlPage.over(out, Messages.of(export.locale()), zone());
    page.begin(export, "report.title", true);
    Writer w = page.writer();
    w.write("<main class=\"hits\">\n");
    return new HitWriter() {
      private long written;

      @Override
      public void write(Hit hit) throws IOException {
        card(page, hit);
        written++;
      }

      @Override
      public void close() throws IOException {
        w.write("</main>\n");
        page.end(page.messages().format("report.written", written));
      }
    };
  }

  @Override
  public EntityWriter openEntityTable(OutputStream out, Export export) throws IOException {
    Messages m = Messages.of(export.locale());
    HtmlPage page = HtmlPage.over(out, m, zone());
    page.begin(export, "report.entitiesTitle", false);
    Writer w = page.writer();
    w.write("<main>\n<table class=\"entities\">\n<thead><tr>");
    for (String key : new String[] {"table.type", "table.name", "table.documents", "table.paths"}) {
      w.write("<th>");
      Html.text(w, m.get(key));
      w.write("</th>");
    }
    w.write("</tr></thead>\n<tbody>\n");
    return new EntityWriter() {
      private long written;

      @Override
      public void write(EntityRow row) throws IOException {
        w.write("<tr><td>");
        page.entity(row.type(), m.entityType(row.type()));
        w.write("</td><td dir=\"auto\">");
        Html.text(w, row.name());
        w.write("</td><td>");
        w.write(Integer.toString(row.paths().size()));
        w.write("</td><td class=\"paths\">");
        for (String p : row.paths()) {
          w.write("<div dir=\"ltr\">");
          Html.text(w, p);
          w.write("</div>");
        }
        w.write("</td></tr>\n");
        written++;
      }

      @Override
      public void close() throws IOException {
        w.write("</tbody>\n</table>\n</main>\n");
        page.end(m.format("report.entitiesWritten", written));
      }
    };
  }

  /** Writes one hit's card. */
  private static void card(HtmlPage page, Hit hit) throws IOException {
    Writer w = page.writer();
    Messages m = page.messages();
    w.write("<article class=\"hit\" id=\"hit-");
    w.write(Integer.toString(hit.rank()));
    w.write("\">\n<h2><span class=\"rank\">");
    w.write(Integer.toString(hit.rank()));
    w.write(".</span> <span class=\"title\" dir=\"auto\">");
    Html.text(w, hit.title().isEmpty() ? hit.path() : hit.title());
    w.write("</span></h2>\n<p class=\"path\" dir=\"ltr\">");
    Html.text(w, hit.path());
    w.write("</p>\n<p class=\"meta\">");
    meta(w, m.get("column.type"), hit.contentType());
    meta(w, m.get("report.size"), size(hit.size()));
    if (hit.date() != null) {
      meta(w, m.get("column.date"), page.date(hit.date()));
    }
    meta(w, m.get("column.score"), String.format(Locale.ROOT, "%.3f", HitColumns.score(hit)));
    w.write("</p>\n");
    for (Snippet s : hit.snippets()) {
      w.write("<p class=\"snippet\" dir=\"auto\">");
      Html.snippet(w, s);
      w.write("</p>\n");
    }
    if (!hit.entities().isEmpty()) {
      w.write("<p class=\"entities\">");
      for (Entity e : hit.entities()) {
        page.entity(e.type(), e.name());
      }
      w.write("</p>\n");
    }
    w.write("</article>\n");
  }

  private static void meta(Writer w, String label, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    w.write("<span>");
    Html.text(w, label);
    w.write(": <bdi dir=\"ltr\">");
    Html.text(w, value);
    w.write("</bdi></span>");
  }

  /** A file size for people: bytes, KB, MB or GB (powers of 1024), ASCII digits. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
  }
}
