package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fahras.api.EntityRecognizer.EntitySpan;

/** Checks every recogniser test relies on: spans are exact, ordered, disjoint indexes. */
final class Spans {

  private Spans() {}

  /** Asserts that {@code spans} are valid for {@code text}. */
  static void assertValid(String text, List<EntitySpan> spans) {
    int previousEnd = 0;
    for (EntitySpan s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.normalized()).isNotBlank();
      assertThat(splitsAPair(text, s.start())).as("start splits a surrogate pair").isFalse();
      assertThat(splitsAPair(text, s.end())).as("end splits a surrogate pair").isFalse();
      previousEnd = s.end();
    }
  }

  private static boolean splitsAPair(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  /** «TYPE:text» for each span, the surface's whitespace collapsed. */
  static List<String> describe(List<EntitySpan> spans) {
    return spans.stream().map(s -> s.type() + ":" + s.text().replaceAll("\\s+", " ")).toList();
  }
}
