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
}
