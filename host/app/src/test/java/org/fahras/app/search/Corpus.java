package org.fahras.app.search;

import java.util.List;
import org.fahras.app.search.TestIndex.Doc;

/**
 * Six Arabic documents with distinct metadata, for the query-language tests. Their dates (the
 * document's own, else the file's mtime) are 2023-03-10, 2021-06-01, 2019-12-31, 2022-05-05,
 * 2010-01-01 and 2023-11-20, in this order.
 */
final class Corpus {

  static final String KOREA = "korea.txt";
  static final String GULF = "gulf-water.txt";
  static final String NOTE = "note.pdf";
  static final String LEASE = "عقد-إيجار.docx";
  static final String REPORT = "old-report.html";
  static final String HIKMA = "بيت-الحكمة.md";

  static final List<Doc> DOCS =
      List.of(
          Doc.of(
                  "/corpus/news/" + KOREA,
                  "بيان كوريا الشمالية",
                  "أعلنت كوريا الشمالية اختبار الصواريخ الباليستية، وقالت إن الولايات المتحدة وروسيا"
                      + " وأوكرانيا تتابع الردع الإقليمي.")
              .size(3000)
              .mtime("2023-03-10T08:00:00Z"),
          Doc.of(
                  "/corpus/environment/" + GULF,
                  "المياه في الخليج",
                  "أسباب نقص المياه في دول الخليج كثيرة: قلة الأمطار والتبخر وتحلية مياه البحر."
                      + " ويجرب الباحثون الاستمطار.")
              .size(20_000)
              .mtime("2021-06-01T08:00:00Z"),
          Doc.of(
                  "/corpus/economy/" + NOTE,
                  "مذكرة اقتصادية فصلية",
                  "تباطأ نمو الاقتصاد وارتفع التضخم في الربع الأخير، وتأثرت أسعار المياه.")
              .author("سلمى الحسيني")
              .type("application/pdf")
              .size(2 * 1024 * 1024 + 100)
              .mtime("2024-01-05T08:00:00Z")
              .modified("2019-12-31T10:00:00Z"),
          Doc.of(
                  "/corpus/legal/عقود/" + LEASE,
                  null,
                  "يلتزم المستأجر بدفع الأجرة، والشقة في حي الشميساني قرب الخليج.")
              .type("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
              .size(15_000)
              .mtime("2022-09-09T08:00:00Z")
              .created("2022-05-05T00:00:00Z"),
          Doc.of(
                  "/corpus/legal/archive/" + REPORT,
                  "Zebra report",
                  "Old report about the Gulf. تقرير قديم عن الخليج العربي.")
              .type("text/html; charset=UTF-8")
              .lang("en-US")
              .size(500)
              .mtime("2010-01-01T08:00:00Z"),
          Doc.of(
                  "/corpus/history/" + HIKMA,
                  "بَيتُ الحِكمة",
                  "أسس المأمون بيت الحكمة في بغداد، وترجم فيه العلماء كتب جالينوس.")
              .author("أحمد أمين")
              .type("text/markdown")
              .size(4000)
              .mtime("2023-11-20T08:00:00Z"));

  private Corpus() {}
}
