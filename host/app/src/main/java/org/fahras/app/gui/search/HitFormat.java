package org.fahras.app.gui.search;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fahras.app.gui.I18n;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.TextRange;

/** How a hit's fields read in the result list: date, a short type name, size, joined snippets. */
public final class HitFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private HitFormat() {}

  /** The date as {@code yyyy-MM-dd} in the local zone (ISO dates read the same in both languages). */
  public static String date(long millis) {
    return millis <= 0 ? "" : DATE.format(Instant.ofEpochMilli(millis).atZone(ZoneId.systemDefault()));
  }

  /** A short, readable name of a media type: {@code PDF}, {@code Word}, {@code HTML} … */
  public static String typeName(String contentType, I18n i18n) {
    if (contentType == null || contentType.isBlank()) {
      return "";
    }
    String t = contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) {
      t = t.substring(0, semi).strip();
    }
    String key =
        switch (t) {
          case "application/pdf" -> "type.pdf";
          case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "type.word";
          case "application/vnd.oasis.opendocument.text" -> "type.odt";
          case "application/rtf", "text/rtf" -> "type.rtf";
          case "text/html", "application/xhtml+xml" -> "type.html";
          case "text/plain" -> "type.text";
          case "text/markdown", "text/x-web-markdown" -> "type.markdown";
          case "message/rfc822", "application/vnd.ms-outlook" -> "type.email";
          case "application/epub+zip" -> "type.epub";
          case "application/zip", "application/x-tar", "application/gzip", "application/x-7z-compressed" -> "type.archive";
          case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "application/vnd.oasis.opendocument.spreadsheet" -> "type.spreadsheet";
          case "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
              "application/vnd.oasis.opendocument.presentation" -> "type.presentation";
          default -> null;
        };
    if (key != null) {
      return i18n.get(key);
    }
    if (t.startsWith("image/")) {
      return i18n.get("type.image");
    }
    int slash = t.indexOf('/');
    return slash >= 0 ? t.substring(slash + 1) : t;
  }

  /** A size in bytes, KB, MB, GB or TB (one decimal below 10), with the language's unit names. */
  public static String size(long bytes, I18n i18n) {
    String[] all = i18n.get("size.units").split(",");
    if (bytes < 1024) {
      return bytes + " " + all[0];
    }
    String[] units = java.util.Arrays.copyOfRange(all, 1, all.length);
    double v = bytes;
    int u = -1;
    do {
      v /= 1024;
      u++;
    } while (v >= 1024 && u < units.length - 1);
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
  }

  /** The snippets of a hit as one marked text, separated by " … ". */
  public static MarkedText snippets(SearchHit hit) {
    StringBuilder text = new StringBuilder();
    List<TextRange> marks = new ArrayList<>();
    for (String s : hit.snippets()) {
      MarkedText m = MarkedText.parse(s);
      if (text.length() > 0) {
        text.append(" … ");
      }
      int base = text.length();
      text.append(m.text());
      m.marks().forEach(r -> marks.add(new TextRange(base + r.start(), base + r.end())));
    }
    return new MarkedText(text.toString(), marks);
  }

  /**
   * The title to show: the document's own, or, when it has none, its file name with any bidi
   * override characters made visible (so a name cannot disguise its extension).
   */
  public static String title(SearchHit hit) {
    String t = hit.title();
    return t.equals(org.fahras.app.search.SearchService.fileName(hit.path()))
        ? org.fahras.app.gui.BidiText.visibleControls(t)
        : t;
  }
}
