package org.fahras.examples.srt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.fahras.api.DocumentParseException;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.search.SearchResult;
import org.fahras.testkit.FahrasTestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser loaded into a real host (alone: the kit's plain-text reader is off) and used directly. */
class SubtitleParserTest {

  static final String SRT = """
      1
      00:00:01,000 --> 00:00:03,500
      <i>مرحباً بكم</i> في النشرة

      2
      00:00:04,000 --> 00:00:06,000
      أخبار الطقس اليوم
      """;

  @TempDir Path tmp;

  @Test
  void subtitlesAreIndexedAndFoundWithoutTheirTimings() {
    try (FahrasTestHost fahras =
        FahrasTestHost.builder().pluginModule(Path.of("")).plainTextParser(false).start()) {
      fahras.document("news.srt", SRT);
      fahras.document("broken.srt", "just some text, no cues");

      var run = fahras.index();

      assertThat(run.added()).isEqualTo(1);
      assertThat(run.failed()).isEqualTo(1);
      SearchResult r = fahras.search("الطقس");
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits().get(0).contentType()).isEqualTo("application/x-subrip");
      assertThat(r.hits().get(0).snippets().get(0)).contains("<mark>الطقس</mark>").doesNotContain("-->");
      assertThat(fahras.search("00:00:04").total()).isZero();
    }
  }

  @Test
  void extractsTheSpokenLinesAndRespectsTheLimit() throws Exception {
    Path file = Files.writeString(tmp.resolve("a.srt"), SRT);

    ParsedDocument doc = new SubtitleParser().parse(ParseRequest.of(file));
    ParsedDocument cut = new SubtitleParser().parse(new ParseRequest(file, 5, Duration.ofSeconds(5)));

    assertThat(doc.text()).isEqualTo("مرحباً بكم في النشرة\nأخبار الطقس اليوم\n");
    assertThat(doc.warnings()).isEmpty();
    assertThat(cut.text()).isEqualTo("مرحبا"); // the first 5 characters: the tanween is the 6th
    assertThat(cut.warnings()).containsExactly("text cut at 5 characters");
  }

  @Test
  void aFileItCannotReadIsAnErrorWithAReason() throws Exception {
    Path latin1 = Files.write(tmp.resolve("b.srt"), new byte[] {'1', '\n', (byte) 0xE9, '\n'});
    Path empty = Files.writeString(tmp.resolve("c.srt"), "");

    assertThatThrownBy(() -> new SubtitleParser().parse(ParseRequest.of(latin1)))
        .isInstanceOf(DocumentParseException.class)
        .hasMessageContaining("not UTF-8")
        .extracting(e -> ((DocumentParseException) e).reason())
        .isEqualTo(DocumentParseException.Reason.UNSUPPORTED);
    assertThatThrownBy(() -> new SubtitleParser().parse(ParseRequest.of(empty)))
        .extracting(e -> ((DocumentParseException) e).reason())
        .isEqualTo(DocumentParseException.Reason.CORRUPT);
    assertThat(new SubtitleParser().accepts(Path.of("Film.SRT"))).isTrue();
    assertThat(new SubtitleParser().accepts(Path.of("film.txt"))).isFalse();
  }
}
