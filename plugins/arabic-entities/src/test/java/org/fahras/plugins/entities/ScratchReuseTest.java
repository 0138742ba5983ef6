package org.fahras.plugins.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.junit.jupiter.api.Test;

/** Arrays reused from call to call ({@link Scratch}) leave no trace of one text in the next. */
class ScratchReuseTest {

  private static final String SHORT = "\u0648\u0635\u0644 \u0627\u0644\u0631\u0626\u064A\u0633"
      + " \u0625\u0644\u0649 \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u064A\u0648\u0645 15"
      + " \u0645\u0627\u064A\u0648 2024.";

  @Test
  void aShortTextAfterALongOneGivesWhatAFreshThreadGives() throws Exception {
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      longText.append("\u0648\u0642\u0627\u0644 \u0645\u062D\u0645\u062F \u0628\u0646 "
          + "\u0633\u0644\u0645\u0627\u0646 \u0641\u064A \u0627\u0644\u0631\u064A\u0627\u0636 ")
          .append(i).append(".\n");
    }
    AtomicReference<List<EntitySpan>> fresh = new AtomicReference<>();
    Thread t = new Thread(() -> fresh.set(r.recognize(SHORT, "ar")));
    t.start();
    t.join();
    List<EntitySpan> first = r.recognize(longText.toString(), "ar");
    assertThat(first).isNotEmpty();
    List<List<EntitySpan>> again = new ArrayList<>();
    again.add(r.recognize(SHORT, "ar"));
    r.recognize(longText.toString(), "ar");
    again.add(r.recognize(SHORT, "ar"));
    assertThat(fresh.get()).isNotEmpty();
    assertThat(again).allSatisfy(spans -> assertThat(spans).isEqualTo(fresh.get()));
    assertThat(r.recognize(longText.toString(), "ar")).isEqualTo(first);
  }

  @Test
  void whatACallThatFailedMidwayLeftIsClearedForTheNext() {
    Scratch s = Scratch.get();
    // A choice among candidates that failed before clearing its flags and candidates.
    boolean[] taken = s.taken(100);
    taken[3] = true;
    taken[99] = true;
    s.candidates().add(new Analysis.Candidate(0, 0, 0, "PERSON", Analysis.RULE, null, Analysis.RULE_TIER));
    boolean[] again = s.taken(50);
    for (boolean flag : again) {
      assertThat(flag).isFalse();
    }
    s.untaken();
    assertThat(s.candidates()).isEmpty();
    // And the recogniser still finds what a fresh thread finds.
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    AtomicReference<List<EntitySpan>> fresh = new AtomicReference<>();
    Thread t = new Thread(() -> fresh.set(r.recognize(SHORT, "ar")));
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    s.taken(10)[3] = true; // the token of القاهرة, a place
    assertThat(r.recognize(SHORT, "ar")).isNotEmpty().isEqualTo(fresh.get());
  }
}
