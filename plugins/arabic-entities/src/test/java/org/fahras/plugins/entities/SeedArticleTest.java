package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test on the project's seed article (sample-corpus, a third-party text
 * used for testing only): its persons, places, organisations and dates are found with their
 * types, with at most two false alarms.
 */
class SeedArticleTest {

  private static final Path SEED =
      Path.of("..", "..", "sample-corpus", "news", "korea-deterrence-statement.txt");

  private static final Set<String> EXPECTED =
      Set.of(
          "PERSON:بوني جينكينز",
          "PERSON:ساشا بيكر",
          "PERSON:تشانج هوجين",
          "PERSON:شين بوم-تشيول",
          "PERSON:كيم جونج أون",
          "LOCATION:الولايات المتحدة",
          "LOCATION:كوريا الجنوبية",
          "LOCATION:كوريا الشمالية",
          "LOCATION:روسيا",
          "LOCATION:واشنطن",
          "LOCATION:سول",
          "LOCATION:بيونج يانج",
          "LOCATION:أوكرانيا",
          "LOCATION:شبه الجزيرة الكورية",
          "ORGANIZATION:مجلس الأمن الدولي",
          "ORGANIZATION:مجلس الأمن",
          "ORGANIZATION:الخارجية الأمريكية",
          "ORGANIZATION:وزارة الخارجية الأمريكية",
          "ORGANIZATION:وزارة الدفاع",
          "ORGANIZATION:المجموعة الاستشارية لإستراتيجية الردع الموسع",
          "ORGANIZATION:المجموعة الاستشارية النووية",
          "DATE:الجمعة",
          "DATE:أبريل 2023",
          "DATE:يوليو الماضي");

  private static Set<String> found;

  @BeforeAll
  static void recognise() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    List<EntitySpan> spans = new ArabicEntityRecognizer().recognize(text, "ar");
    Spans.assertValid(text, spans);
    found = new LinkedHashSet<>(Spans.describe(spans));
  }

  @Test
  void findsEveryPersonOfTheArticle() {
    assertThat(found)
        .contains("PERSON:بوني جينكينز", "PERSON:ساشا بيكر", "PERSON:تشانج هوجين",
            "PERSON:شين بوم-تشيول", "PERSON:كيم جونج أون");
  }

  @Test
  void findsThePlacesOfTheArticle() {
    assertThat(found)
        .contains("LOCATION:الولايات المتحدة", "LOCATION:كوريا الجنوبية",
            "LOCATION:كوريا الشمالية", "LOCATION:روسيا", "LOCATION:واشنطن", "LOCATION:سول",
            "LOCATION:بيونج يانج", "LOCATION:أوكرانيا", "LOCATION:شبه الجزيرة الكورية");
  }

  @Test
  void findsTheOrganisationsAndTheDate() {
    assertThat(found)
        .contains("ORGANIZATION:مجلس الأمن الدولي", "ORGANIZATION:وزارة الخارجية الأمريكية",
            "ORGANIZATION:وزارة الدفاع", "DATE:أبريل 2023");
  }

  @Test
  void raisesAtMostTwoFalseAlarms() {
    Set<String> falseAlarms = new LinkedHashSet<>(found);
    falseAlarms.removeAll(EXPECTED);
    assertThat(falseAlarms).hasSizeLessThanOrEqualTo(2);
  }
}
