package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Large and malformed input: no exception, and spans that are exact indexes of the text. */
class RobustnessTest {

  private static ArabicEntityRecognizer recognizer;

  @BeforeAll
  static void create() {
    recognizer = new ArabicEntityRecognizer();
  }

  @Test
  void severalMegabytesOfNewsTextGiveValidSpans() {
    List<AnnotatedText> docs = AnnotatedText.load("dev-set.txt");
    StringBuilder b = new StringBuilder();
    Random random = new Random(7);
    while (b.length() < 3_000_000) {
      b.append(docs.get(random.nextInt(docs.size())).text());
      b.append(random.nextBoolean() ? "\n\n" : " ");
    }
    String text = b.toString();
    List<EntitySpan> spans = recognizer.recognize(text, "ar");
    Spans.assertValid(text, spans);
    assertThat(spans.size()).isGreaterThan(text.length() / 100);
  }

  @Test
  void repetitiveTriggersAndNumbersGiveValidSpans() {
    for (String unit :
        List.of("الرئيس ", "محمد بن ", "وزارة الخارجية ", "12/05/", "٣ مليون ", "عبد ", "ال ",
            "مدينة ", "بوم-", "الساعة ")) {
      String text = unit.repeat(1_000_000 / unit.length());
      Spans.assertValid(text, recognizer.recognize(text, "ar"));
    }
  }

  @Test
  void randomCodePointsNeverBreakTheRecogniser() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      String text = randomText(random, random.nextInt(400));
      Spans.assertValid(text, recognizer.recognize(text, null));
    }
  }

  @Test
  void loneSurrogatesMarksAndDigitsAloneAreHandled() {
    for (String text :
        List.of(
            "\uD800",
            "\uDC00\uD800",
            "\u064E\u064E\u0640",
            "٪",
            "12/",
            "12/05/",
            "الساعة",
            "في المئة",
            "و",
            "ال",
            "للل",
            "عبد",
            "الرئيس",
            "وزارة",
            "\uD83D\uDE00 القاهرة \uD83D\uDE00",
            "ﻻ ﷲ ﺍﻟﻘﺎﻫﺮﺓ",
            "قال محمد ﷺ في المدينة",
            "\uFDFA\uFDFA\uFDFB")) {
      Spans.assertValid(text, recognizer.recognize(text, "ar"));
    }
  }

  /** Text mixing Arabic letters and marks, digits, punctuation, emoji and lone surrogates. */
  private static String randomText(Random random, int length) {
    StringBuilder b = new StringBuilder();
    String words = "الرئيس محمد بن عبد وزارة مدينة القاهرة 12 مايو % الساعة ، . - / : في المئة";
    String[] pool = words.split(" ");
    while (b.length() < length) {
      switch (random.nextInt(6)) {
        case 0 -> b.append(pool[random.nextInt(pool.length)]).append(' ');
        case 1 -> b.appendCodePoint(0x0600 + random.nextInt(0x100));
        case 2 -> b.appendCodePoint(0x1F600 + random.nextInt(0x50));
        case 3 -> b.append((char) (0xD800 + random.nextInt(0x800)));
        case 4 -> b.appendCodePoint(random.nextInt(0x3000));
        default -> b.append(random.nextBoolean() ? "\r\n" : " ");
      }
    }
    return b.toString();
  }
}
