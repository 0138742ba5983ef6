package org.fahras.app.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/** Decides, from what the index knows, whether a file has to be read again. */
final class ChangeDetector {

  /** The outcome for one file. */
  enum Change {
    /** Not in the index. */
    NEW,
    /** Its content changed (or the analysis did): parse it again. */
    CHANGED,
    /** Only its modification time changed; the content is the same. */
    TOUCHED,
    /** Unchanged, but its time was too close to indexing to trust: confirmed by content. */
    CONFIRMED,
    /** Nothing to do. */
    UNCHANGED
  }

  private final Map<String, FingerprintFields.Known> known;
  private final boolean reanalyse;
  private final java.util.Set<String> forced;

  ChangeDetector(Map<String, FingerprintFields.Known> known, boolean reanalyse) {
    this(known, reanalyse, java.util.Set.of());
  }

  /**
   * @param forced files to read again whatever their fingerprint says (failures the user asked
   *     to retry)
   */
  ChangeDetector(Map<String, FingerprintFields.Known> known, boolean reanalyse, java.util.Set<String> forced) {
    this.known = known;
    this.reanalyse = reanalyse;
    this.forced = forced;
  }

  Change classify(FileFingerprint fp) {
    FingerprintFields.Known k = known.get(fp.path().toString());
    if (k == null) {
      return Change.NEW;
    }
    if (reanalyse || k.size() != fp.size() || forced.contains(fp.path().toString())) {
      return Change.CHANGED;
    }
    boolean sameTime = k.mtime() == fp.modifiedMillis();
    boolean racy = fp.modifiedMillis() + FingerprintFields.RACY_WINDOW_MILLIS >= k.indexedAt();
    if (sameTime && !racy) {
      return Change.UNCHANGED;
    }
    // Ambiguous: same size, but a new time or a time too close to indexing to trust.
    if (k.hash() == null || k.hash().length == 0) {
      return sameTime ? Change.UNCHANGED : Change.CHANGED;
    }
    byte[] now;
    try {
      now = FingerprintFields.sha256(fp.path());
    } catch (IOException e) {
      return Change.CHANGED; // let the parse report the read error
    }
    if (!Arrays.equals(now, k.hash())) {
      return Change.CHANGED;
    }
    return sameTime ? Change.CONFIRMED : Change.TOUCHED;
  }

  /** Paths the index knows. */
  Iterable<String> knownFiles() {
    return known.keySet();
  }

  boolean isKnown(String path) {
    return known.containsKey(path);
  }
}
