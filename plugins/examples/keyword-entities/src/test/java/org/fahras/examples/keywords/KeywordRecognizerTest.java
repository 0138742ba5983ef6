package org.fahras.examples.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.EntityRecognizer.UserEntity;
import org.fahras.app.search.SearchRequest;
import org.fahras.testkit.FahrasTestHost;
import org.junit.jupiter.api.Test;

/** The recogniser loaded into a real host: its entities at index time become filters. */
class KeywordRecognizerTest {

  static final String TEXT = "اجتمع مجلس الأمن في بغداد، وقالت الأمم المتحدة إن الطاقة المتجددة أولوية.";

  @Test
  void findsTheListedNamesAsWholeWordsInTextOrder() {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      List<EntitySpan> spans = fahras.entities(TEXT, "ar");

      assertThat(spans)
          .extracting(EntitySpan::type, EntitySpan::text)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ORGANIZATION", "مجلس الأمن"),
              org.assertj.core.groups.Tuple.tuple("LOCATION", "بغداد"),
              org.assertj.core.groups.Tuple.tuple("ORGANIZATION", "الأمم المتحدة"),
              org.assertj.core.groups.Tuple.tuple("TOPIC", "الطاقة المتجددة"));
      for (EntitySpan s : spans) {
        assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
      }
      // Part of a longer word is not a name.
      assertThat(fahras.entities("دمشقي", "ar")).isEmpty();
    }
  }

  @Test
  void documentsCanBeFilteredByTheEntitiesTheyMention() {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      fahras.document("a.txt", TEXT);
      fahras.document("b.txt", "زار الوفد دمشق ثم عاد.");
      fahras.index();

      assertThat(fahras.search(SearchRequest.of("*").withFilter("location", "دمشق")).hits())
          .extracting(h -> Path.of(h.path()).getFileName().toString())
          .containsExactly("b.txt");
      assertThat(fahras.search(SearchRequest.of("*").withFilter("organization", "مجلس الأمن")).total()).isEqualTo(1);
    }
  }

  @Test
  void theUsersOwnNamesAreAddedToTheList() {
    try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
      EntityRecognizer keywords = fahras.extensions(EntityRecognizer.class).get(0);
      assertThat(keywords.types()).containsExactly("LOCATION", "ORGANIZATION", "TOPIC");

      keywords.userEntities(List.of(new UserEntity("نهر دجلة", "LOCATION")));

      assertThat(keywords.recognize("على ضفاف نهر دجلة في بغداد", "ar"))
          .extracting(EntitySpan::text)
          .containsExactly("نهر دجلة", "بغداد");
    }
  }
}
