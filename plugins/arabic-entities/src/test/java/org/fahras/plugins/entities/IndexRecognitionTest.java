package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.junit.jupiter.api.Test;

/**
 * {@link ArabicEntityRecognizer#recognizeForIndex} gives the index what {@link
 * ArabicEntityRecognizer#recognize} gives, as distinct pairs of type and canonical form, over
 * every text the project has: the development and held-out sets and the sample corpus's plain
 * text and Markdown files, in UTF-8 or windows-1256 (the seed article among them). Its spans
 * have no surface form (the index does not keep it).
 */
class IndexRecognitionTest {

  private final ArabicEntityRecognizer recognizer = new ArabicEntityRecognizer();

  @Test
  void theIndexGetsTheSamePairsWithFewerRepeatedMentions() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String set : List.of("dev-set.txt", "held-out-set.txt")) {
      AnnotatedText.load(set).forEach(t -> texts.add(t.text()));
    }
    try (Stream<Path> files = Files.walk(Path.of("..", "..", "sample-corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        try {
          texts.add(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
          // The corpus has windows-1256 files too.
          texts.add(new String(bytes, java.nio.charset.Charset.forName("windows-1256")));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(40);
    int allMentions = 0;
    int indexMentions = 0;
    for (String text : texts) {
      List<EntitySpan> all = recognizer.recognize(text, "ar");
      List<EntitySpan> forIndex = recognizer.recognizeForIndex(text, "ar");
      assertThat(pairs(forIndex)).as(text).isEqualTo(pairs(all));
      // Every span of the index's list is one of the full list's, in the same order, without
      // its surface form.
      assertThat(forIndex).as(text).allSatisfy(s -> assertThat(s.text()).isEmpty());
      assertThat(withoutText(all)).as(text).containsSubsequence(forIndex);
      allMentions += all.size();
      indexMentions += forIndex.size();
    }
    assertThat(indexMentions).isLessThanOrEqualTo(allMentions);
  }

  @Test
  void aRepeatedMentionIsLeftOutAndItsNameKept() {
    // The family name alone, after the full name with a title: found again for highlighting
    // (after verbs that are no verbs of saying: after قال the speaker rule finds it itself).
    String text =
        "\u0627\u0633\u062A\u0642\u0628\u0644 \u0627\u0644\u0631\u0626\u064A\u0633 "
            + "\u0639\u0628\u062F \u0627\u0644\u0641\u062A\u0627\u062D "
            + "\u0627\u0644\u0633\u064A\u0633\u064A \u0627\u0644\u0648\u0641\u062F. "
            + "\u0648\u0634\u0643\u0631 \u0627\u0644\u0633\u064A\u0633\u064A "
            + "\u0625\u0646 \u0627\u0644\u0645\u0628\u0627\u062D\u062B\u0627\u062A "
            + "\u0646\u0627\u062C\u062D\u0629. \u0648\u0643\u0631\u0631 "
            + "\u0627\u0644\u0633\u064A\u0633\u064A \u0623\u0646 \u0627\u0644\u0639\u0645\u0644 "
            + "\u0645\u0633\u062A\u0645\u0631.";
    List<EntitySpan> all = recognizer.recognize(text, "ar");
    List<EntitySpan> forIndex = recognizer.recognizeForIndex(text, "ar");
    assertThat(all).hasSize(3);
    assertThat(all).allSatisfy(s -> assertThat(s.normalized()).isEqualTo(all.get(0).normalized()));
    assertThat(forIndex).containsExactlyElementsOf(withoutText(all.subList(0, 1)));
    assertThat(pairs(forIndex)).isEqualTo(pairs(all));
  }

  /** The spans as {@code recognizeForIndex} gives them: with an empty surface form. */
  private static List<EntitySpan> withoutText(List<EntitySpan> spans) {
    return spans.stream()
        .map(s -> new EntitySpan(s.start(), s.end(), s.type(), "", s.normalized()))
        .toList();
  }

  private static Set<String> pairs(List<EntitySpan> spans) {
    Set<String> out = new LinkedHashSet<>();
    spans.forEach(s -> out.add(s.type() + "\t" + s.normalized()));
    return Set.copyOf(out);
  }
}
