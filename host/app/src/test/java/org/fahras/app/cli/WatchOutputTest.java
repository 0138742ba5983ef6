package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.fahras.app.index.IndexRunResult;
import org.junit.jupiter.api.Test;

/** What {@code fahras watch} prints per applied batch. */
class WatchOutputTest {

  static final LocalDateTime AT = LocalDateTime.parse("2026-11-26T10:00:01.734");

  @Test
  void batchLineGivesTimeAndCounts() {
    IndexRunResult r = new IndexRunResult(2, 1, 0, 0, 1, 3, Duration.ofMillis(20));

    assertThat(WatchCommand.batchLine(AT, r)).isEqualTo("2026-11-26T10:00:01 +2 new, 1 updated, 1 removed");
  }

  @Test
  void batchLineNamesFailuresOnlyWhenThereAreSome() {
    IndexRunResult r = new IndexRunResult(0, 0, 0, 1, 0, 1, Duration.ofMillis(20));

    assertThat(WatchCommand.batchLine(AT, r)).isEqualTo("2026-11-26T10:00:01 +0 new, 0 updated, 0 removed, 1 failed");
  }
}
