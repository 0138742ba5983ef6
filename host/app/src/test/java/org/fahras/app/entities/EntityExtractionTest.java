package org.fahras.app.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.EntityRecognizer.UserEntity;
import org.fahras.api.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityExtractionTest {

  static final String TEXT = "قال الرئيس محمد عبد الله في بغداد يوم 5 آذار 2024";

  /** A recogniser returning fixed spans (start, end, type), or throwing when spans is null. */
  record Fixed(String id, List<int[]> spans, List<String> spanTypes) implements EntityRecognizer {
    @Override
    public Set<String> types() {
      return Set.copyOf(spanTypes);
    }

    @Override
    public List<EntitySpan> recognize(String text, String language) {
      if (spans == null) {
        throw new IllegalStateException("broken recogniser");
      }
      List<EntitySpan> out = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        int[] s = spans.get(i);
        String surface = s[1] <= text.length() ? text.substring(s[0], s[1]) : "?";
        out.add(new EntitySpan(s[0], s[1], spanTypes.get(i), surface, surface));
      }
      return out;
    }
  }

  static int[] span(String word) {
    int start = TEXT.indexOf(word);
    return new int[] {start, start + word.length()};
  }

  @Test
  void longerSpansWinOverlapsAndTheResultIsInTextOrder() {
    EntityRecognizer a =
        new Fixed("a", List.of(span("محمد"), span("بغداد")), List.of(EntityType.PERSON, EntityType.LOCATION));
    EntityRecognizer b =
        new Fixed("b", List.of(span("محمد عبد الله"), span("5 آذار 2024")), List.of(EntityType.PERSON, EntityType.DATE));
    List<EntitySpan> found = EntityExtraction.of(List.of(a, b)).find(TEXT, "ar");
    assertThat(found).extracting(EntitySpan::text).containsExactly("محمد عبد الله", "بغداد", "5 آذار 2024");
    assertThat(found).allSatisfy(s -> assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text()));
  }

  @Test
  void onEqualSpansTheFirstRecogniserWins() {
    EntityRecognizer a = new Fixed("a", List.of(span("بغداد")), List.of(EntityType.LOCATION));
    EntityRecognizer b = new Fixed("b", List.of(span("بغداد")), List.of(EntityType.ORGANIZATION));
    assertThat(EntityExtraction.of(List.of(a, b)).find(TEXT, null)).extracting(EntitySpan::type).containsExactly("LOCATION");
    assertThat(EntityExtraction.of(List.of(b, a)).find(TEXT, null)).extracting(EntitySpan::type).containsExactly("ORGANIZATION");
  }

  @Test
  void spansOutsideTheTextAreDroppedAndWrongSurfaceTextIsCorrected() {
    EntityRecognizer bad =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "bad";
          }

          @Override
          public Set<String> types() {
            return Set.of("PERSON");
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            int[] m = span("محمد");
            return List.of(
                new EntitySpan(m[0], m[1], "person", "WRONG", " "),
                new EntitySpan(text.length() - 2, text.length() + 5, "DATE", "x", "x"));
          }
        };
    List<EntitySpan> found = EntityExtraction.of(List.of(bad)).find(TEXT, null);
    assertThat(found).containsExactly(new EntitySpan(span("محمد")[0], span("محمد")[1], "PERSON", "محمد", "محمد"));
  }

  @Test
  void aRecogniserThatThrowsIsSkippedAndCounted() {
    EntityRecognizer broken = new Fixed("broken", null, List.of());
    EntityRecognizer good = new Fixed("good", List.of(span("بغداد")), List.of(EntityType.LOCATION));
    EntityExtraction x = EntityExtraction.of(List.of(broken, good));
    assertThat(x.find(TEXT, null)).extracting(EntitySpan::text).containsExactly("بغداد");
    assertThat(x.find(TEXT, null)).hasSize(1);
    assertThat(x.failures()).containsEntry("broken", 2L);
    assertThat(x.signature()).isEqualTo("broken:1,good:1");
  }

  @Test
  void aRecogniserInTextOrderWithoutOverlapsIsTakenAsItIsAndOutOfOrderSpansAreSorted() {
    EntityRecognizer ordered =
        new Fixed("o", List.of(span("محمد"), span("بغداد"), span("2024")),
            List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.DATE));
    List<EntitySpan> spans = ordered.recognize(TEXT, null);
    List<EntitySpan> found = EntityExtraction.of(List.of(ordered)).find(TEXT, null);
    // Well-formed spans are not copied.
    assertThat(found).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(found.get(i)).isEqualTo(spans.get(i));
    }
    EntityRecognizer reversed =
        new Fixed("r", List.of(span("2024"), span("بغداد"), span("محمد")),
            List.of(EntityType.DATE, EntityType.LOCATION, EntityType.PERSON));
    assertThat(EntityExtraction.of(List.of(reversed)).find(TEXT, null)).isEqualTo(found);
    // A lower-case or padded type and a padded canonical form are still made canonical.
    int[] b = span("بغداد");
    EntityRecognizer sloppy =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "sloppy";
          }

          @Override
          public Set<String> types() {
            return Set.of(EntityType.LOCATION);
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            return List.of(new EntitySpan(b[0], b[1], " location ", "بغداد", " بغداد\n"));
          }
        };
    assertThat(EntityExtraction.of(List.of(sloppy)).find(TEXT, null))
        .containsExactly(new EntitySpan(span("بغداد")[0], span("بغداد")[1], "LOCATION", "بغداد", "بغداد"));
  }

  @Test
  void indexingAsksForTheIndexSpansAndOthersForEveryMention() {
    int[] first = span("محمد");
    EntityRecognizer r =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "mentions";
          }

          @Override
          public Set<String> types() {
            return Set.of(EntityType.PERSON);
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            return List.of(new EntitySpan(first[0], first[1], "PERSON", "محمد", "محمد"));
          }

          @Override
          public List<EntitySpan> recognizeForIndex(String text, String language) {
            return List.of();
          }
        };
    EntityExtraction x = EntityExtraction.of(List.of(r));
    assertThat(x.find(TEXT, "ar")).hasSize(1);
    assertThat(x.findForIndex(TEXT, "ar")).isEmpty();
    // A recogniser without its own index method gives the index every mention.
    EntityRecognizer plain = new Fixed("plain", List.of(span("بغداد")), List.of(EntityType.LOCATION));
    assertThat(EntityExtraction.of(List.of(plain)).findForIndex(TEXT, "ar"))
        .isEqualTo(EntityExtraction.of(List.of(plain)).find(TEXT, "ar"))
        .hasSize(1);
  }

  @Test
  void theIndexTakesSpansWithoutTheirSurfaceFormAndStillDropsBlankOnes() {
    int start = TEXT.indexOf("بغداد");
    int blank = TEXT.indexOf(' ');
    EntityRecognizer r =
        new EntityRecognizer() {
          @Override
          public String id() {
            return "index-only";
          }

          @Override
          public Set<String> types() {
            return Set.of(EntityType.LOCATION, EntityType.PERSON);
          }

          @Override
          public List<EntitySpan> recognize(String text, String language) {
            return List.of();
          }

          @Override
          public List<EntitySpan> recognizeForIndex(String text, String language) {
            return List.of(
                new EntitySpan(blank, blank + 1, "PERSON", "", "x"),
                new EntitySpan(TEXT.indexOf("محمد"), TEXT.indexOf("محمد") + 4, "PERSON", "", " محمد "),
                new EntitySpan(start, start + 5, " location ", "", " "));
          }
        };
    List<EntitySpan> found = EntityExtraction.of(List.of(r)).findForIndex(TEXT, "ar");
    // The span over a space is dropped; a blank normalised form is read from the text; types and
    // forms are cleaned; the surface form stays as the recogniser gave it.
    assertThat(found)
        .containsExactly(
            new EntitySpan(TEXT.indexOf("محمد"), TEXT.indexOf("محمد") + 4, "PERSON", "", "محمد"),
            new EntitySpan(start, start + 5, "LOCATION", "", "بغداد"));
  }

  @Test
  void dateEntitiesGetTheirOwnDimension() {
    assertThat(EntityExtraction.dimension("DATE")).isEqualTo("date_mentioned");
    assertThat(EntityExtraction.dimension("PERSON")).isEqualTo("person");
  }

  @Test
  void userEntitiesRoundTripThroughTheFile(@TempDir Path dir) throws Exception {
    Path f = UserEntities.file(dir);
    assertThat(UserEntities.load(f)).isEmpty();
    UserEntities.add(f, " مجلس الحكماء ", "organization");
    UserEntities.add(f, "سلمى الخوري", "PERSON");
    UserEntities.add(f, "مجلس الحكماء", "LOCATION");
    assertThat(UserEntities.load(f))
        .containsExactly(new UserEntity("سلمى الخوري", "PERSON"), new UserEntity("مجلس الحكماء", "LOCATION"));
    assertThat(UserEntities.remove(f, "سلمى الخوري")).isTrue();
    assertThat(UserEntities.remove(f, "سلمى الخوري")).isFalse();
    java.nio.file.Files.writeString(f, "\uFEFF# comment\n\nعمر\nدار الكتب\tORGANIZATION\n");
    assertThat(UserEntities.load(f))
        .containsExactly(new UserEntity("عمر", "PERSON"), new UserEntity("دار الكتب", "ORGANIZATION"));
  }
}
