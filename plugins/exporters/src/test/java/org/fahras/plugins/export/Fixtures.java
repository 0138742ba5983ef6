package org.fahras.plugins.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.api.EntityType;
import org.fahras.api.ResultExporter;
import org.fahras.api.ResultExporter.Entity;
import org.fahras.api.ResultExporter.EntityRow;
import org.fahras.api.ResultExporter.Export;
import org.fahras.api.ResultExporter.Hit;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;

/** Hits to export in tests: Arabic, awkward for CSV, hostile for HTML and spreadsheets. */
final class Fixtures {

  static final Instant EXPORTED_AT = Instant.parse("2026-11-26T07:30:00Z");
  static final Instant MODIFIED = Instant.parse("2024-03-01T10:15:30Z");
  static final Instant DATE = Instant.parse("2024-02-28T00:00:00Z");

  static final String QUERY = "الصواريخ الباليستية";

  static final String ARABIC_TITLE = "تقرير عن الصواريخ الباليستية في كوريا";
  static final String ARABIC_PATH = "/home/user/وثائق/تقرير الصواريخ.pdf";
  static final String ARABIC_SNIPPET = "أطلقت كوريا الشمالية الصواريخ الباليستية أمس فوق بحر اليابان";
  static final String ARABIC_SNIPPET_2 = "وقال مجلس الأمن إن الصواريخ تهدد المنطقة";

  static final String AWKWARD_TITLE = "Report, \"final\"\nsecond line — تقرير، نهائي";
  static final String AWKWARD_PATH = "/data/a,b \"c\"/ملف.docx";
  static final String AWKWARD_SNIPPET = "a \"quoted\", comma\r\nand a new line: الصواريخ";

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_TITLE = SCRIPT + " عنوان";
  static final String HOSTILE_SNIPPET = IMG + " الصواريخ \"'&";

  static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\",\"اضغط\")";

  private Fixtures() {}

  static Export export(Locale locale) {
    return new Export(QUERY, hits().size(), EXPORTED_AT, locale, Map.of("ext", List.of("pdf", "docx")));
  }

  static List<Hit> hits() {
    return List.of(
        new Hit(
            1,
            ARABIC_PATH,
            3.25f,
            ARABIC_TITLE,
            "application/pdf",
            123_456,
            MODIFIED,
            DATE,
            List.of(marked(ARABIC_SNIPPET, "الصواريخ", "الباليستية"), marked(ARABIC_SNIPPET_2, "الصواريخ")),
            List.of(
                new Entity(EntityType.PERSON, "كيم جونغ أون"),
                new Entity(EntityType.LOCATION, "كوريا الشمالية"),
                new Entity(EntityType.LOCATION, "اليابان"),
                new Entity(EntityType.ORGANIZATION, "مجلس الأمن"),
                new Entity(EntityType.DATE, "١٥ مارس ٢٠٢٤"))),
        new Hit(
            2,
            AWKWARD_PATH,
            1.5f,
            AWKWARD_TITLE,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            2048,
            MODIFIED,
            null,
            List.of(marked(AWKWARD_SNIPPET, "الصواريخ")),
            List.of(new Entity("EVENT", "قمة الرياض"), new Entity(EntityType.MONEY, "٥ ملايين دولار"))),
        new Hit(
            3,
            "/tmp/hostile.html",
            0.75f,
            HOSTILE_TITLE,
            "text/html",
            10,
            null,
            null,
            List.of(marked(HOSTILE_SNIPPET, "الصواريخ")),
            List.of(new Entity(EntityType.PERSON, SCRIPT))),
        new Hit(
            4,
            "/tmp/formula.csv",
            0f,
            FORMULA_TITLE,
            "text/csv",
            0,
            MODIFIED,
            MODIFIED,
            List.of(new Snippet("-5 + 3 @SUM(A1)", List.of())),
            List.of(new Entity(EntityType.PERSON, "+966 123"))));
  }

  static List<EntityRow> entityRows() {
    return List.of(
        new EntityRow(EntityType.LOCATION, "كوريا الشمالية", List.of(ARABIC_PATH, AWKWARD_PATH)),
        new EntityRow(EntityType.PERSON, SCRIPT, List.of("/tmp/hostile.html")),
        new EntityRow("EVENT", "=1+1", List.of(AWKWARD_PATH)));
  }

  /** A snippet with each of {@code words} marked at its first occurrence. */
  static Snippet marked(String text, String... words) {
    List<Mark> marks = new ArrayList<>();
    for (String w : words) {
      int at = text.indexOf(w);
      if (at < 0) {
        throw new IllegalArgumentException(w + " not in " + text);
      }
      marks.add(new Mark(at, at + w.length()));
    }
    marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Snippet(text, marks);
  }

  /** Exports {@code hits} to bytes, checking the writer never closes the host's stream. */
  static byte[] export(ResultExporter exporter, Export export, List<Hit> hits) throws IOException {
    CloseRecordingStream out = new CloseRecordingStream();
    try (ResultExporter.HitWriter w = exporter.open(out, export)) {
      for (Hit h : hits) {
        w.write(h);
      }
    }
    if (out.closed) {
      throw new AssertionError(exporter.id() + " closed the host's stream");
    }
    return out.toByteArray();
  }

  /** Exports entity rows to bytes, checking the writer never closes the host's stream. */
  static byte[] exportEntities(ResultExporter exporter, Export export, List<EntityRow> rows)
      throws IOException {
    CloseRecordingStream out = new CloseRecordingStream();
    try (ResultExporter.EntityWriter w = exporter.openEntityTable(out, export)) {
      for (EntityRow r : rows) {
        w.write(r);
      }
    }
    if (out.closed) {
      throw new AssertionError(exporter.id() + " closed the host's stream");
    }
    return out.toByteArray();
  }

  /** A byte sink that remembers whether it was closed. */
  static final class CloseRecordingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
