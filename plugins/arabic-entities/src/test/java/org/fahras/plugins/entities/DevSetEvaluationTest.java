package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the recogniser on the annotated development set ({@code dev-set.txt}, one document per
 * paragraph) beside a gazetteer-only baseline, prints both tables (the figures in
 * docs/entities.md) and holds the recogniser to quality floors.
 *
 * <p>Run alone: {@code mvn -o -q test -pl plugins/arabic-entities -Dtest=DevSetEvaluationTest};
 * {@code -Dentities.eval.errors=true} also lists every miss and false alarm.
 */
class DevSetEvaluationTest {

  private static final List<String> TYPES =
      List.of(
          EntityType.PERSON,
          EntityType.LOCATION,
          EntityType.ORGANIZATION,
          EntityType.DATE,
          EntityType.TIME,
          EntityType.MONEY,
          EntityType.PERCENT);

  private static final Set<String> NAMES =
      Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

  private static ArabicEntityRecognizer recognizer;
  private static Scores full;
  private static Scores baseline;
  private static Scores heldOut;
  private static Scores heldOutBaseline;
  private static Scores wire;
  private static Scores wireBaseline;
  private static Scores blind;

  @BeforeAll
  static void score() {
    recognizer = new ArabicEntityRecognizer();
    Scores[] dev = scoreSet("Development set", "dev-set.txt", "entities.eval.errors");
    full = dev[0];
    baseline = dev[1];
    // The held-out set's errors are never printed: it is only ever looked at in total.
    Scores[] held = scoreSet("Held-out set", "held-out-set.txt", null);
    heldOut = held[0];
    heldOutBaseline = held[1];
    // Written in session 14 to develop the rules for persons named after verbs of saying: its
    // errors may be printed (-Dentities.eval.wireErrors=true).
    Scores[] w = scoreSet("Wire set", "wire-set.txt", "entities.eval.wireErrors");
    wire = w[0];
    wireBaseline = w[1];
    // Written after the session-14 recogniser and scored once: totals only, as the held-out set.
    blind = scoreSet("Blind set", "blind-set.txt", null)[0];
  }

  /**
   * The recogniser's and the baseline's scores on one set, both tables printed; its errors too
   * when the system property {@code errorsProperty} (null: never) is true.
   */
  private static Scores[] scoreSet(String title, String resource, String errorsProperty) {
    List<AnnotatedText> set = AnnotatedText.load(resource);
    boolean errors = errorsProperty != null && Boolean.getBoolean(errorsProperty);
    Scores rules = evaluate(set, text -> recognizer.recognize(text, "ar"), errors);
    Scores gazetteer = evaluate(set, recognizer::recognizeWithGazetteerOnly, false);
    print(title + ": Fahras arabic-entities", set.size(), rules);
    print(title + ": baseline, gazetteer look-up only", set.size(), gazetteer);
    return new Scores[] {rules, gazetteer};
  }

  private static Scores evaluate(
      List<AnnotatedText> docs, Function<String, List<EntitySpan>> run, boolean errors) {
    Scores s = new Scores(TYPES);
    for (AnnotatedText doc : docs) {
      List<EntitySpan> predicted = run.apply(doc.text());
      s.add(doc.gold(), predicted);
      if (errors) {
        printErrors(doc, predicted);
      }
    }
    return s;
  }

  private static void printErrors(AnnotatedText doc, List<EntitySpan> predicted) {
    for (AnnotatedText.Gold g : doc.gold()) {
      boolean found =
          predicted.stream()
              .anyMatch(p -> p.start() == g.start() && p.end() == g.end() && p.type().equals(g.type()));
      if (!found) {
        System.out.println("MISS " + g.type() + " «" + doc.text().substring(g.start(), g.end()) + "»");
      }
    }
    for (EntitySpan p : predicted) {
      boolean ok =
          doc.gold().stream()
              .anyMatch(g -> p.start() == g.start() && p.end() == g.end() && p.type().equals(g.type()));
      if (!ok) {
        System.out.println("FALSE " + p.type() + " «" + p.text() + "»");
      }
    }
  }

  private static void print(String title, int documents, Scores s) {
    StringBuilder b = new StringBuilder();
    b.append("\n").append(title).append(" (").append(documents).append(" documents)\n");
    b.append("| type | gold | found | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    s.byType.forEach((t, c) -> b.append(Scores.row(t, c)).append('\n'));
    b.append(Scores.row("PER+LOC+ORG", s.total(NAMES))).append('\n');
    b.append(Scores.row("all", s.total(Set.copyOf(TYPES)))).append('\n');
    System.out.print(b);
  }

  @Test
  void namesReachTheIssueFloorOnExactSpans() {
    assertThat(full.total(NAMES).f1(false)).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void datesReachTheIssueFloorOnExactSpans() {
    assertThat(full.byType.get(EntityType.DATE).f1(false)).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void everythingTogetherReachesPointEightWithOverlap() {
    assertThat(full.total(Set.copyOf(TYPES)).f1(true)).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void heldOutNamesStayAboveTheirFirstMeasurement() {
    // First measured at exact F1 0.81, overlap F1 0.93 (docs/entities.md); a regression guard.
    assertThat(heldOut.total(NAMES).f1(false)).isGreaterThanOrEqualTo(0.75);
    assertThat(heldOut.total(NAMES).f1(true)).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void wireSetNamesStayAboveTheRulesFirstMeasurement() {
    // Rules alone, before the session-14 list of public figures: persons 0.84, PER+LOC+ORG 0.82
    // exact (docs/entities.md); a regression guard.
    assertThat(wire.byType.get(EntityType.PERSON).f1(false)).isGreaterThanOrEqualTo(0.8);
    assertThat(wire.total(NAMES).f1(false)).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void blindSetNamesStayNearTheirFirstMeasurement() {
    // First (and only looked-at) measurement: exact F1 0.80, overlap F1 0.93 (docs/entities.md).
    assertThat(blind.total(NAMES).f1(false)).isGreaterThanOrEqualTo(0.75);
    assertThat(blind.total(NAMES).f1(true)).isGreaterThanOrEqualTo(0.88);
  }

  @Test
  void rulesBeatTheGazetteerBaseline() {
    assertThat(full.total(NAMES).f1(false))
        .isGreaterThan(baseline.total(NAMES).f1(false) + 0.1);
  }
}
