package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.export.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportExporterTest {

  private final HtmlReportExporter exporter = new HtmlReportExporter(ZoneOffset.UTC);

  private String html(Locale locale) throws IOException {
    return new String(Fixtures.export(exporter, Fixtures.export(locale), hits()), StandardCharsets.UTF_8);
  }

  private Document report(Locale locale) throws IOException {
    return Jsoup.parse(html(locale));
  }

  @Test
  void arabicReportIsRightToLeftAndEnglishLeftToRight() throws IOException {
    Element ar = report(Locale.forLanguageTag("ar")).selectFirst("html");
    assertThat(ar.attr("lang")).isEqualTo("ar");
    assertThat(ar.attr("dir")).isEqualTo("rtl");
    Element en = report(Locale.ENGLISH).selectFirst("html");
    assertThat(en.attr("lang")).isEqualTo("en");
    assertThat(en.attr("dir")).isEqualTo("ltr");
  }

  @Test
  void isSelfContainedWithAStrictContentSecurityPolicy() throws IOException {
    String html = html(Locale.forLanguageTag("ar"));
    Document doc = Jsoup.parse(html);
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html.indexOf("<meta charset=\"utf-8\">")).isBetween(0, 1024);
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("default-src 'none'")
        .contains("style-src 'unsafe-inline'");
    assertThat(doc.select("script, link, img, iframe, object, embed, base")).isEmpty();
    assertThat(doc.select("[src], [href]")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
  }

  @Test
  void markupInDocumentTextIsShownAsTextNeverAsElements() throws IOException {
    Document doc = report(Locale.ENGLISH);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    Element hostile = doc.getElementById("hit-3");
    assertThat(hostile.selectFirst(".title").text()).isEqualTo(HOSTILE_TITLE);
    assertThat(hostile.selectFirst(".snippet").text()).isEqualTo(HOSTILE_SNIPPET);
    assertThat(hostile.selectFirst(".entity").text()).isEqualTo(SCRIPT);
    assertThat(html(Locale.ENGLISH)).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void everyHitIsACardWithItsTitlePathAndSnippets() throws IOException {
    Document doc = report(Locale.forLanguageTag("ar"));
    Elements cards = doc.select("article.hit");
    assertThat(cards).hasSize(hits().size());
    Element first = cards.get(0);
    assertThat(first.selectFirst(".title").text()).isEqualTo(ARABIC_TITLE);
    assertThat(first.selectFirst(".title").attr("dir")).isEqualTo("auto");
    assertThat(first.selectFirst(".path").text()).isEqualTo(ARABIC_PATH);
    assertThat(first.select(".snippet").eachText()).containsExactly(ARABIC_SNIPPET, ARABIC_SNIPPET_2);
    assertThat(first.select(".snippet").eachAttr("dir")).containsOnly("auto");
    // The awkward title keeps its line break as text.
    assertThat(cards.get(1).selectFirst(".title").wholeText()).isEqualTo(AWKWARD_TITLE);
  }

  @Test
  void matchedWordsAreMarked() throws IOException {
    Element first = report(Locale.ENGLISH).getElementById("hit-1");
    assertThat(first.select(".snippet").get(0).select("mark").eachText())
        .containsExactly("الصواريخ", "الباليستية");
    assertThat(first.select(".snippet").get(1).select("mark").eachText()).containsExactly("الصواريخ");
  }

  @Test
  void entitiesAreColouredByTypeWithALegend() throws IOException {
    Document doc = report(Locale.forLanguageTag("ar"));
    Element first = doc.getElementById("hit-1");
    assertThat(first.select(".entity.e-person").eachText()).containsExactly("كيم جونغ أون");
    assertThat(first.select(".entity.e-location").eachText()).containsExactly("كوريا الشمالية", "اليابان");
    assertThat(first.select(".entity.e-organization").eachText()).containsExactly("مجلس الأمن");
    assertThat(first.select(".entity.e-date").attr("title")).isEqualTo("تاريخ");
    assertThat(doc.getElementById("hit-2").select(".entity.e-other").eachText()).containsExactly("قمة الرياض");
    assertThat(doc.select("ul.legend .entity").eachText())
        .containsExactly("شخص", "مكان", "منظمة", "تاريخ", "وقت", "مبلغ", "نسبة مئوية", "أخرى");
    String css = doc.selectFirst("style").data();
    assertThat(css).contains(".e-person{color:#1f5fbf").contains(".e-location{color:#1b7f3b");
  }

  @Test
  void headerGivesQueryTotalDateAndFilters() throws IOException {
    Document doc = report(Locale.ENGLISH);
    assertThat(doc.selectFirst("header .query").text()).isEqualTo(QUERY);
    assertThat(doc.select("dl.about dd").eachText())
        .containsExactly(QUERY, "4", "2026-11-26 07:30 (Z)", "ext: pdf, docx");
    assertThat(doc.selectFirst("footer").text()).contains("4 results in this report.");
  }

  @Test
  void entityTableIsAnEscapedHtmlTable() throws IOException {
    String html =
        new String(
            Fixtures.exportEntities(exporter, Fixtures.export(Locale.forLanguageTag("ar")), entityRows()),
            StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("thead th").eachText()).containsExactly("النوع", "الاسم", "عدد الوثائق", "المسارات");
    List<Element> rows = doc.select("tbody tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).select("td").eachText().subList(0, 3)).containsExactly("مكان", "كوريا الشمالية", "2");
    assertThat(rows.get(0).select("td.paths div").eachText()).containsExactly(ARABIC_PATH, AWKWARD_PATH);
    assertThat(rows.get(1).select("td").get(1).text()).isEqualTo(SCRIPT);
  }

  @Test
  void invalidMarksAreIgnoredRatherThanFailingTheExport() throws IOException {
    var hit =
        new org.fahras.api.ResultExporter.Hit(1, "/x", 1f, "t", "text/plain", 1, null, null,
            List.of(new org.fahras.api.ResultExporter.Snippet("abc", List.of(
                new org.fahras.api.ResultExporter.Mark(1, 2),
                new org.fahras.api.ResultExporter.Mark(0, 3),
                new org.fahras.api.ResultExporter.Mark(2, 99)))),
            List.of());
    Document doc =
        Jsoup.parse(new String(Fixtures.export(exporter, Fixtures.export(Locale.ENGLISH), List.of(hit)), StandardCharsets.UTF_8));
    assertThat(doc.selectFirst(".snippet").text()).isEqualTo("abc");
    assertThat(doc.select(".snippet mark").eachText()).containsExactly("b");
  }

  @Test
  void aMarkNeverSplitsAnEmoji() throws IOException {
    String text = "x\uD83D\uDE00y";
    var hit =
        new org.fahras.api.ResultExporter.Hit(1, "/x", 1f, "t", "text/plain", 1, null, null,
            List.of(new org.fahras.api.ResultExporter.Snippet(text, List.of(
                new org.fahras.api.ResultExporter.Mark(2, 4)))),
            List.of());
    Document doc =
        Jsoup.parse(new String(Fixtures.export(exporter, Fixtures.export(Locale.ENGLISH), List.of(hit)), StandardCharsets.UTF_8));
    assertThat(doc.selectFirst(".snippet").wholeText()).isEqualTo(text);
    assertThat(doc.selectFirst(".snippet mark").wholeText()).isEqualTo("\uD83D\uDE00y");
  }

  @Test
  void languageWithoutMessagesGetsAnEnglishLeftToRightReport() throws IOException {
    Element fr = report(Locale.FRENCH).selectFirst("html");
    assertThat(fr.attr("lang")).isEqualTo("en");
    assertThat(fr.attr("dir")).isEqualTo("ltr");
    Element saudi = report(Locale.forLanguageTag("ar-SA")).selectFirst("html");
    assertThat(saudi.attr("lang")).isEqualTo("ar");
    assertThat(saudi.attr("dir")).isEqualTo("rtl");
  }
}
