package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSnippetsTest {

  @Test
  void plainOutputMarksHitsWithBracketsAndUnescapes() {
    assertThat(TextSnippets.render("a &lt;b&gt; <mark>كوريا</mark> &amp; c", false))
        .isEqualTo("a <b> [كوريا] & c");
  }

  @Test
  void terminalOutputUsesBoldColour() {
    assertThat(TextSnippets.render("<mark>x</mark>", true)).isEqualTo("\u001b[1;33mx\u001b[0m");
  }
}
