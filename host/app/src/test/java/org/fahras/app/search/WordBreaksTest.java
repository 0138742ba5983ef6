package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ICU's word boundaries, through {@link WordBreaks}, separate words where the JDK's did (at white
 * space: snippets stay cut where they were), and the iterator answers {@code preceding} and {@code
 * following} anywhere in the text.
 */
class WordBreaksTest {

  private static final String MIXED =
      "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش (António Guterres) يوم 12/3/2023: «إنّ الوضعَ خطير»،"
          + " وأضاف أنّ ٢٥٪ من السكان — أي 1,250,000 شخص — بحاجة إلى مساعدة. ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ؛"
          + " e-mail: info@example.org, GPT-4 & Co. بيت‌كوين Googleجوجل";

  @Test
  void boundariesAreTheJdksOnArabicAndMixedText() throws IOException {
    List<String> texts = new ArrayList<>(List.of(MIXED));
    Path corpus = Path.of("../../sample-corpus");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).toList()) {
          texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(3);
    for (String text : texts) {
      assertThat(atWhiteSpace(boundaries(new WordBreaks(), text), text))
          .isEqualTo(atWhiteSpace(boundaries(java.text.BreakIterator.getWordInstance(Locale.ROOT), text), text));
    }
    // Unicode's current rules, which ICU follows, where the JDK's differ: a hyphen and ٪ are
    // words of their own.
    assertThat(boundaries(new WordBreaks(), "e-mail")).containsExactly(0, 1, 2, 6);
  }

  @Test
  void precedingAndFollowingFromAnyOffset() {
    List<Integer> all = boundaries(new WordBreaks(), MIXED);
    WordBreaks icu = new WordBreaks();
    icu.setText(MIXED);
    for (int k = MIXED.length() - 1; k > 0; k -= 7) {
      int i = k;
      int before = icu.preceding(i);
      int after = icu.following(i);
      assertThat(all).contains(before, after);
      assertThat(all).noneMatch(b -> b > before && b < i);
      assertThat(all).noneMatch(b -> b > i && b < after);
    }
    WordBreaks copy = (WordBreaks) icu.clone();
    copy.setText("كلمة أخرى");
    assertThat(icu.getText().getEndIndex()).isEqualTo(MIXED.length());
    assertThat(copy.last()).isEqualTo("كلمة أخرى".length());
  }

  @Test
  void passagesAimAtTheSnippetLength() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 2000) {
      text.append("تعقد الجامعة مؤتمرها السنوي في القاهرة. ");
    }
    java.text.BreakIterator passages = WordBreaks.passages().get();
    passages.setText(text.toString());
    int start = passages.preceding(1000);
    int end = passages.following(1000);
    assertThat(end - start).isBetween(WordBreaks.PASSAGE_LENGTH / 2, WordBreaks.PASSAGE_LENGTH * 2);
    assertThat(text.charAt(end - 1) == ' ' || text.charAt(end) == ' ').isTrue();
  }

  /** The boundaries next to a white-space character. */
  private static List<Integer> atWhiteSpace(List<Integer> boundaries, String text) {
    return boundaries.stream()
        .filter(b -> (b > 0 && Character.isWhitespace(text.charAt(b - 1))) || (b < text.length() && Character.isWhitespace(text.charAt(b))))
        .toList();
  }

  private static List<Integer> boundaries(java.text.BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != java.text.BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }
}
