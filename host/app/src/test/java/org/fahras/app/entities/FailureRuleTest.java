package org.fahras.app.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule that decides when a plugin extension that keeps failing is left out. */
class FailureRuleTest {

  final FailureRule rule = new FailureRule();
  final Object plugin = new Object();

  @Test
  void givesUpAfterTheConsecutiveLimitAndSaysSoOnce() {
    for (int i = 1; i < FailureRule.MAX_CONSECUTIVE; i++) {
      assertThat(rule.failed(plugin, "files", "IllegalStateException: boom")).isNull();
    }
    assertThat(rule.gaveUp(plugin)).isFalse();
    assertThat(rule.failed(plugin, "files", "IllegalStateException: boom"))
        .isEqualTo("failed on " + FailureRule.MAX_CONSECUTIVE + " files in a row (last: IllegalStateException: boom)");
    assertThat(rule.gaveUp(plugin)).isTrue();
    assertThat(rule.failed(plugin, "files", "again")).isNull();
  }

  @Test
  void aSuccessEndsTheStreak() {
    for (int round = 0; round < 3; round++) {
      for (int i = 1; i < FailureRule.MAX_CONSECUTIVE; i++) {
        assertThat(rule.failed(plugin, "files", "x")).isNull();
      }
      rule.succeeded(plugin);
    }
    assertThat(rule.gaveUp(plugin)).isFalse();
  }

  @Test
  void failingOnHalfOfTheInputsGivesUpOnceEnoughFailed() {
    String why = null;
    int failures = 0;
    while (why == null && failures < 1000) {
      rule.succeeded(plugin);
      why = rule.failed(plugin, "texts", null);
      failures++;
    }
    assertThat(failures).isEqualTo(FailureRule.RATIO_MIN_FAILURES);
    assertThat(why).isEqualTo("failed on " + FailureRule.RATIO_MIN_FAILURES + " of " + 2 * FailureRule.RATIO_MIN_FAILURES + " texts");
  }

  @Test
  void rareFailuresNeverGiveUp() {
    for (int i = 0; i < 1000; i++) {
      rule.succeeded(plugin);
      rule.succeeded(plugin);
      assertThat(rule.failed(plugin, "files", "x")).isNull();
    }
    assertThat(rule.gaveUp(plugin)).isFalse();
  }

  @Test
  void eachExtensionIsCountedOnItsOwn() {
    Object other = new Object();
    for (int i = 1; i < FailureRule.MAX_CONSECUTIVE; i++) {
      rule.failed(plugin, "files", "x");
      rule.failed(other, "files", "x");
    }
    rule.succeeded(other);
    assertThat(rule.failed(plugin, "files", "x")).isNotNull();
    assertThat(rule.failed(other, "files", "x")).isNull();
  }

  @Test
  void describesThrowablesOnOneLine() {
    assertThat(FailureRule.describe(new IllegalStateException("two\n  lines"))).isEqualTo("IllegalStateException: two lines");
    assertThat(FailureRule.describe(new StackOverflowError())).isEqualTo("StackOverflowError");
  }
}
