package org.fahras.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fahras.api.ResultExporter;
import org.fahras.api.ResultExporter.Mark;
import org.fahras.api.ResultExporter.Snippet;
import org.fahras.testkit.FahrasTestHost;
import org.junit.jupiter.api.Test;

/** The exporter loaded into a real host from this module's build, exporting real search hits. */
class MarkdownExporterTest {

  @Test
  void exportsTheHitsOfASearchAsAMarkdownList() {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      assertThat(fahras.plugin("example-markdown-exporter").extensions())
          .extracting(e -> e.extensionPoints().get(0))
          .containsExactly("ResultExporter");
      Path a = fahras.document("a.txt", "أعلنت وزارة الدفاع عن تجربة صاروخية جديدة");
      Path b = fahras.document("b.txt", "تجربة أخرى");
      fahras.index();

      String md = new String(fahras.export("markdown", "تجربة"), StandardCharsets.UTF_8);

      assertThat(md.lines().toList())
          .startsWith("# تجربة", "", "2 hits", "")
          .contains("1. **b.txt** `" + b + "`", "   > **تجربة** أخرى")
          .anyMatch(l -> l.matches("\\d\\. \\*\\*a\\.txt\\*\\* `" + a.toString().replace(".", "\\.") + "`"))
          .contains("   > أعلنت وزارة الدفاع عن **تجربة** صاروخية جديدة");
    }
  }

  @Test
  void theCommandLineOffersAndUsesIt() throws Exception {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      fahras.document("a.txt", "نص للتصدير");
      fahras.index(); // the kit's index, which the command line below searches
      Path out = fahras.documentsDir().resolveSibling("hits.md");

      FahrasTestHost.CliResult r = fahras.cli("search", "للتصدير", "--export", "markdown", "--out", out.toString());

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(out)).startsWith("# للتصدير\n\n1 hits\n\n1. **a.txt**");
      assertThat(fahras.cli("export", "--list").out()).contains("markdown");
    }
  }

  @Test
  void documentTextCannotInjectMarkup() {
    assertThat(Markdown.escape("*bold* <script>x</script>\n# [link](y)"))
        .isEqualTo("\\*bold\\* \\<script\\>x\\</script\\> \\# \\[link\\](y)");
    assertThat(Markdown.highlight(new Snippet("a_b c", List.of(new Mark(4, 5))))).isEqualTo("a\\_b **c**");
    assertThat(Markdown.code("x`y\nz")).isEqualTo("x'y z");
    assertThat(new MarkdownExporter().label(Locale.forLanguageTag("ar"))).isEqualTo("ماركداون");
    assertThat(new MarkdownExporter()).isInstanceOf(ResultExporter.class);
  }
}
