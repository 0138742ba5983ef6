package org.fahras.app.index;

import java.time.Duration;

/**
 * The counts of one indexing run.
 *
 * @param added files indexed for the first time
 * @param updated files indexed again because they changed
 * @param unchanged files skipped because their fingerprint was unchanged
 * @param failed files that could not be read this run
 * @param deleted files removed from the index because they are gone
 * @param records Lucene records written (files plus embedded documents)
 * @param took wall-clock time of the run
 */
public record IndexRunResult(
    int added, int updated, int unchanged, int failed, int deleted, long records, Duration took) {

  /** Files looked at in this run. */
  public int scanned() {
    return added + updated + unchanged + failed;
  }
}
