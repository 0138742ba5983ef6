package org.fahras.app.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.fahras.app.search.TextRange;
import org.junit.jupiter.api.Test;

/** Reading the search service's snippet markup as plain text with hit ranges. */
class GuiMarkedTextTest {

  @Test
  void marksBecomeRangesOfThePlainText() {
    MarkedText m = MarkedText.parse("أعلنت <mark>كوريا</mark> الشمالية و<mark>روسيا</mark>");

    assertThat(m.text()).isEqualTo("أعلنت كوريا الشمالية وروسيا");
    int k = m.text().indexOf("كوريا");
    int r = m.text().indexOf("روسيا");
    assertThat(m.marks()).containsExactly(new TextRange(k, k + 5), new TextRange(r, r + 5));
    assertThat(m.markedWords()).containsExactly("كوريا", "روسيا");
  }

  @Test
  void escapedMarkupStaysText() {
    MarkedText m = MarkedText.parse("&lt;b&gt;bold&lt;/b&gt; &amp; <mark>&quot;x&#39;</mark> &nbsp;");

    assertThat(m.text()).isEqualTo("<b>bold</b> & \"x' &nbsp;");
    assertThat(m.markedWords()).containsExactly("\"x'");
  }

  @Test
  void anUnclosedMarkRunsToTheEnd() {
    assertThat(MarkedText.parse("a <mark>b").markedWords()).containsExactly("b");
  }

  @org.junit.jupiter.api.Test
  void bidiOverridesInFileNamesAreShownNotObeyed() {
    String name = "invoice\u202Efdp.exe";
    org.fahras.app.search.SearchHit hit =
        new org.fahras.app.search.SearchHit("/d/" + name, 1f, name, "application/x-msdownload", 0, 1, java.util.List.of(), 0);
    assertThat(HitFormat.title(hit)).isEqualTo("invoice\u27E6U+202E\u27E7fdp.exe").doesNotContain("\u202E");
    assertThat(org.fahras.app.gui.BidiText.visibleControls("a\u2067b\u2069c")).isEqualTo("a\u27E6U+2067\u27E7b\u27E6U+2069\u27E7c");
    assertThat(org.fahras.app.gui.BidiText.visibleControls("تقرير.pdf")).isEqualTo("تقرير.pdf");
    org.fahras.app.search.SearchHit titled =
        new org.fahras.app.search.SearchHit("/d/" + name, 1f, "تقرير", "text/plain", 0, 1, java.util.List.of(), 0);
    assertThat(HitFormat.title(titled)).isEqualTo("تقرير");
  }
}
