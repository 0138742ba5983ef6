package org.fahras.app.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.fahras.app.gui.IndexSearchBackend;
import org.fahras.app.gui.preview.PreviewViewModel.Paragraph;
import org.fahras.app.search.GuiTestIndex;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.TextRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview view-model: whole text, hit offsets, hit navigation, paragraph directions. */
class PreviewViewModelTest {

  static final Executor DIRECT = Runnable::run;

  @TempDir static Path tmp;
  static IndexSearchBackend backend;

  @BeforeAll
  static void index() throws Exception {
    backend = new IndexSearchBackend(GuiTestIndex.write(tmp.resolve("index")), GuiTestIndex.analysis());
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  static SearchHit hit(String path) {
    return new SearchHit(path, 1f, "t", "text/plain", 0, 0, List.of(), 0);
  }

  static PreviewViewModel shown(String query) {
    PreviewViewModel m = new PreviewViewModel(backend, DIRECT, DIRECT);
    m.show(hit(GuiTestIndex.KOREA), SearchRequest.of(query));
    return m;
  }

  static List<String> words(PreviewViewModel m) {
    return m.hits().stream().map(r -> m.text().substring(r.start(), r.end())).toList();
  }

  @Test
  void showingAHitLoadsTheWholeTextWithEveryHitOnTheSurfaceWords() {
    PreviewViewModel m = shown("كوريا روسيا");

    assertThat(m.state()).isEqualTo(PreviewViewModel.State.SHOWN);
    assertThat(m.text()).startsWith("أعلنت كوريا الشمالية");
    assertThat(words(m)).containsExactly("كوريا", "وروسيا");
    assertThat(m.currentHit()).isZero();
  }

  @Test
  void nextAndPreviousWrapAround() {
    PreviewViewModel m = shown("كوريا روسيا");

    assertThat(m.next()).isTrue();
    assertThat(m.currentRange()).isEqualTo(m.hits().get(1));
    m.next();
    assertThat(m.currentHit()).isZero();
    m.previous();
    assertThat(m.currentHit()).isEqualTo(1);
  }

  @Test
  void aDocumentWithoutHitsHasNoCurrentHitAndNavigationDoesNothing() {
    PreviewViewModel m = shown("بغداد");

    assertThat(m.hits()).isEmpty();
    assertThat(m.currentHit()).isEqualTo(-1);
    assertThat(m.next()).isFalse();
  }

  @Test
  void aPathNoLongerInTheIndexIsReportedMissing() {
    PreviewViewModel m = new PreviewViewModel(backend, DIRECT, DIRECT);
    m.show(hit("/gone.txt"), SearchRequest.of("كوريا"));

    assertThat(m.state()).isEqualTo(PreviewViewModel.State.MISSING);
  }

  @Test
  void aLoadOvertakenByAnotherSelectionIsDropped() {
    Deque<Runnable> tasks = new ArrayDeque<>();
    PreviewViewModel m = new PreviewViewModel(backend, tasks::add, DIRECT);
    m.show(hit(GuiTestIndex.KOREA), SearchRequest.of("كوريا"));
    m.show(hit("/gone.txt"), SearchRequest.of("كوريا"));

    tasks.removeLast().run();
    tasks.removeLast().run(); // the first selection's text arrives last

    assertThat(m.state()).isEqualTo(PreviewViewModel.State.MISSING);
    assertThat(m.text()).isEmpty();
  }

  @Test
  void clearingShowsNothing() {
    PreviewViewModel m = shown("كوريا");
    m.show(null, null);

    assertThat(m.state()).isEqualTo(PreviewViewModel.State.EMPTY);
    assertThat(m.hits()).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "نص عربي|true",
        "Latin text|false",
        "«اقتباس» عربي|true",
        "2024: Annual report|false",
        "١٢٣ - ٤٥٦|true", // no strong character: the default
      })
  void aParagraphRunsInTheDirectionOfItsFirstStrongCharacter(String text, boolean rtl) {
    assertThat(PreviewViewModel.paragraphs(text, true)).containsExactly(new Paragraph(0, text.length(), rtl));
  }

  @Test
  void paragraphsWithoutStrongCharactersFollowTheirNeighbours() {
    String text = "123\nEnglish\n456\nعربي\n\n";

    assertThat(PreviewViewModel.paragraphs(text, true))
        .containsExactly(
            new Paragraph(0, 3, false), // before the first strong paragraph: takes its direction
            new Paragraph(4, 11, false),
            new Paragraph(12, 15, false),
            new Paragraph(16, 20, true),
            new Paragraph(21, 21, true));
  }

  @Test
  void lineBreaksBecomeSingleNewlinesWithoutMovingOffsets() {
    String text = "سطر\r\nline\rآخر";

    String shown = PreviewViewModel.lineBreaks(text);

    assertThat(shown).hasSameSizeAs(text).isEqualTo("سطر \nline\nآخر");
    assertThat(PreviewViewModel.paragraphs(shown, false)).extracting(Paragraph::rightToLeft).containsExactly(true, false, true);
  }

  @Test
  void mostlyRightToLeftCountsCharacters() {
    PreviewViewModel m = shown("كوريا");

    assertThat(m.mostlyRightToLeft()).isTrue();
    assertThat(m.paragraphs()).extracting(Paragraph::rightToLeft).containsOnly(true);
    assertThat(m.hits()).allSatisfy(r -> assertThat(r).isInstanceOf(TextRange.class));
  }

  @Test
  void entitiesOfTheShownTextComeFromTheBackendWithTheTypesInLegendOrder() {
    org.fahras.app.gui.SearchBackend withEntities =
        new DelegatingBackend() {

          @Override
          public List<org.fahras.api.EntityRecognizer.EntitySpan> entities(String text, String language) {
            int korea = text.indexOf("كوريا الشمالية");
            int russia = text.indexOf("روسيا");
            return List.of(
                new org.fahras.api.EntityRecognizer.EntitySpan(korea, korea + 14, "LOCATION", "كوريا الشمالية", "كوريا الشمالية"),
                new org.fahras.api.EntityRecognizer.EntitySpan(russia, russia + 5, "LOCATION", "روسيا", "روسيا"),
                new org.fahras.api.EntityRecognizer.EntitySpan(0, 5, "EVENT", "أعلنت", "أعلنت"),
                new org.fahras.api.EntityRecognizer.EntitySpan(text.length() - 1, text.length() + 3, "DATE", "x", "x"));
          }
        };
    PreviewViewModel m = new PreviewViewModel(withEntities, DIRECT, DIRECT);
    m.show(hit(GuiTestIndex.KOREA), SearchRequest.of("كوريا"));

    assertThat(m.entities()).extracting(e -> m.text().substring(e.start(), e.end()))
        .containsExactly("كوريا الشمالية", "روسيا", "أعلنت");
    assertThat(m.entityTypes()).containsExactly("LOCATION", "EVENT");
    m.show(null, null);
    assertThat(m.entities()).isEmpty();
  }

  @Test
  void addingAnEntityRecordsItAndShowsTheDocumentAgainWithItMarked() {
    List<String> added = new java.util.ArrayList<>();
    org.fahras.app.gui.SearchBackend recognising =
        new DelegatingBackend() {

          @Override
          public boolean recognisesEntities() {
            return true;
          }

          @Override
          public void addUserEntity(String name, String type) {
            added.add(name + "=" + type);
          }

          @Override
          public List<org.fahras.api.EntityRecognizer.EntitySpan> entities(String text, String language) {
            List<org.fahras.api.EntityRecognizer.EntitySpan> out = new java.util.ArrayList<>();
            for (String a : added) {
              String name = a.substring(0, a.indexOf('='));
              int at = text.indexOf(name);
              if (at >= 0) {
                out.add(new org.fahras.api.EntityRecognizer.EntitySpan(
                    at, at + name.length(), a.substring(a.indexOf('=') + 1), name, name));
              }
            }
            return out;
          }
        };
    PreviewViewModel m = new PreviewViewModel(recognising, DIRECT, DIRECT);
    m.show(hit(GuiTestIndex.KOREA), SearchRequest.of("كوريا"));
    assertThat(m.canAddEntities()).isTrue();
    assertThat(m.entities()).isEmpty();
    List<String> done = new java.util.ArrayList<>();
    m.addEntity("روسيا", "LOCATION", msg -> done.add(String.valueOf(msg)));
    assertThat(added).containsExactly("روسيا=LOCATION");
    assertThat(done).containsExactly("null");
    assertThat(m.entities()).extracting(e -> e.text() + "/" + e.type()).containsExactly("روسيا/LOCATION");
    assertThat(m.hits()).isNotEmpty();
  }

  /** The real index's text and matches; subclasses add entities. */
  abstract static class DelegatingBackend implements org.fahras.app.gui.SearchBackend {
    @Override
    public org.fahras.app.search.SearchResult search(SearchRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String storedText(String path) throws java.io.IOException {
      return backend.storedText(path);
    }

    @Override
    public List<TextRange> matchOffsets(SearchRequest request, String path)
        throws java.io.IOException, org.fahras.app.search.InvalidQueryException {
      return backend.matchOffsets(request, path);
    }

    @Override
    public List<String> termsStartingWith(String prefix, int max) {
      return List.of();
    }
  }
}
