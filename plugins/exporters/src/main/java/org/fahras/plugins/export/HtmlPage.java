package org.fahras.plugins.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.fahras.api.ResultExporter.Export;

/**
 * The frame of an HTML report: a self-contained UTF-8 page (inline CSS; no script, no external
 * resource, forbidden by its Content-Security-Policy too), in the export's language and
 * direction, with a header giving the query, the total, the time of the export and the filters.
 * The content between {@link #begin} and {@link #end} is written by the report's writer.
 */
final class HtmlPage {

  /**
   * Nothing may load or run; only the inline style sheet applies. Even if some text escaped the
   * escaping, a browser would not run its script nor fetch its image.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  private static final String CSS =
      """
      :root{color-scheme:light}
      body{margin:0 auto;max-width:70rem;padding:1.5rem;font:16px/1.7 "Noto Naskh Arabic",\
      "Noto Sans Arabic","Amiri","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;color:#202124;\
      background:#fff}
      header{border-bottom:2px solid #dadce0;margin-bottom:1rem}
      h1{font-size:1.6rem;margin:0 0 .5rem}
      dl.about{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
      dl.about dt{font-weight:bold;color:#5f6368}
      dl.about dd{margin:0}
      ul.legend,ul.filters{list-style:none;padding:0;margin:0 0 1rem}
      ul.legend li,ul.filters li{display:inline-block;margin-inline-end:.6rem}
      .entity{display:inline-block;border:1px solid;border-radius:.8rem;padding:0 .6rem;\
      margin:.15rem 0;margin-inline-end:.3rem;font-size:.9rem}
      article.hit{border-bottom:1px solid #e8eaed;padding:.8rem 0}
      article.hit h2{font-size:1.2rem;margin:0}
      .rank{display:inline-block;min-width:2rem;color:#5f6368;font-weight:normal}
      .path{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.8rem;color:#188038;\
      margin:.1rem 0;overflow-wrap:anywhere}
      .meta{font-size:.85rem;color:#5f6368;margin:.1rem 0}
      .meta span{margin-inline-end:1rem}
      .snippet{margin:.3rem 0}
      mark{background:#fde68a;color:inherit;padding:0 .1rem;border-radius:.2rem}
      table{border-collapse:collapse;width:100%}
      th,td{border:1px solid #dadce0;padding:.3rem .5rem;text-align:start;vertical-align:top}
      th{background:#f1f3f4}
      td.paths div{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.8rem}
      footer{margin-top:1rem;color:#5f6368;font-size:.85rem}
      @media print{body{max-width:none;padding:0}article.hit{break-inside:avoid}}
      """;

  private final Writer w;
  private final Messages m;
  private final DateTimeFormatter dates;
  private final ZoneId zone;

  private HtmlPage(Writer w, Messages m, ZoneId zone) {
    this.w = w;
    this.m = m;
    this.zone = zone;
    this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
  }

  /** A page over the host's stream (which it does not close). */
  static HtmlPage over(OutputStream out, Messages m, ZoneId zone) {
    Writer w =
        new BufferedWriter(
            new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
    return new HtmlPage(w, m, zone);
  }

  /** The writer of the page's content. */
  Writer writer() {
    return w;
  }

  /** The messages of the export's language. */
  Messages messages() {
    return m;
  }

  /** {@code instant} as local date and time, {@code yyyy-MM-dd HH:mm}. */
  String date(Instant instant) {
    return dates.format(instant);
  }

  /** Writes everything up to the content: head, header with the export's facts and a legend. */
  void begin(Export export, String titleKey, boolean legend) throws IOException {
    String dir = m.rightToLeft() ? "rtl" : "ltr";
    w.write("<!DOCTYPE html>\n<html lang=\"");
    w.write(Html.text(m.language()));
    w.write("\" dir=\"");
    w.write(dir);
    w.write("\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    w.write(CONTENT_SECURITY_POLICY);
    w.write("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<meta name=\"generator\" content=\"Fahras\">\n<title>");
    Html.text(w, m.get(titleKey) + " \u2014 " + export.query());
    w.write("</title>\n<style>\n");
    w.write(CSS);
    w.write(EntityColours.css());
    w.write("</style>\n</head>\n<body>\n<header>\n<h1>");
    Html.text(w, m.get(titleKey));
    w.write("</h1>\n<dl class=\"about\">\n");
    item("report.query", null);
    w.write("<bdi dir=\"auto\" class=\"query\">");
    Html.text(w, export.query());
    w.write("</bdi></dd>\n");
    item("report.total", Long.toString(export.total()));
    item("report.exportedAt", null);
    w.write("<bdi dir=\"ltr\">");
    Html.text(w, date(export.exportedAt()) + " (" + zone.getId() + ")");
    w.write("</bdi></dd>\n");
    item("report.filters", null);
    filters(export.filters());
    w.write("</dd>\n</dl>\n");
    if (legend) {
      legend();
    }
    w.write("</header>\n");
  }

  /** Writes the footer line and closes the page; flushes into the host's stream. */
  void end(String footer) throws IOException {
    w.write("<footer><p>");
    Html.text(w, footer);
    w.write("</p><p>");
    Html.text(w, m.get("report.generator"));
    w.write("</p></footer>\n</body>\n</html>\n");
    w.close();
  }

  /** Writes an entity's name as a chip coloured for its type, named in a tooltip. */
  void entity(String type, String name) throws IOException {
    w.write("<span class=\"entity ");
    w.write(EntityColours.cssClass(type));
    w.write("\" title=\"");
    Html.text(w, m.entityType(type));
    w.write("\" dir=\"auto\">");
    Html.text(w, name);
    w.write("</span>");
  }

  /** Writes {@code <dt>label</dt><dd>} and, when {@code value} is given, it and {@code </dd>}. */
  private void item(String labelKey, String value) throws IOException {
    w.write("<dt>");
    Html.text(w, m.get(labelKey));
    w.write("</dt><dd>");
    if (value != null) {
      Html.text(w, value);
      w.write("</dd>\n");
    }
  }

  private void filters(Map<String, List<String>> filters) throws IOException {
    if (filters.isEmpty()) {
      Html.text(w, m.get("report.noFilters"));
      return;
    }
    w.write("<ul class=\"filters\">");
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      w.write("<li><bdi dir=\"auto\">");
      Html.text(w, f.getKey() + ": " + String.join(", ", f.getValue()));
      w.write("</bdi></li>");
    }
    w.write("</ul>");
  }

  private void legend() throws IOException {
    w.write("<ul class=\"legend\" aria-label=\"");
    Html.text(w, m.get("report.legend"));
    w.write("\"><li><strong>");
    Html.text(w, m.get("report.legend"));
    w.write("</strong></li>");
    for (String type : EntityColours.CLASSES.keySet()) {
      w.write("<li>");
      entity(type, m.entityType(type));
      w.write("</li>");
    }
    w.write("<li>");
    w.write("<span class=\"entity ");
    w.write(EntityColours.OTHER);
    w.write("\">");
    Html.text(w, m.get("entity.other"));
    w.write("</span></li></ul>\n");
  }
}
