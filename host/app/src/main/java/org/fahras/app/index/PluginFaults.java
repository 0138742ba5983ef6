package org.fahras.app.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fahras.api.DocumentParser;
import org.fahras.app.entities.FailureRule;

/**
 * The plugin faults of one {@link Indexer}, kept across its runs and batches (a watched index's
 * batches are one run for the user): which parsers hang or keep failing, which plugins are left
 * out, and why. The messages of the plugins left out are written into the commit data ({@value
 * #COMMIT_KEY}, one per line), where {@link IndexStatus} reads them for {@code fahras status} and
 * the window.
 */
final class PluginFaults {

  /** Commit data: the plugins left out by the run that made the commit, one message per line. */
  static final String COMMIT_KEY = "fahras.disabledPlugins";

  /** Unexpected parser failures (exceptions, errors, nothing returned). */
  final FailureRule parserFailures = new FailureRule();

  private final Map<String, AtomicInteger> hangs = new ConcurrentHashMap<>();
  private final Map<DocumentParser, String> leftOut = new ConcurrentHashMap<>();
  private final Map<String, String> messages = new LinkedHashMap<>();

  /** Counts one hang of a plugin; returns the count so far. */
  int hung(String plugin) {
    return hangs.computeIfAbsent(plugin, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Leaves a parser out from now on; {@code why} completes "it …" ({@code hung on 3 files}). */
  void leaveOut(DocumentParser parser, String why) {
    leftOut.putIfAbsent(parser, why);
  }

  /**
   * Why a parser is left out, or null when it is not: left out by {@link #leaveOut}, or given up
   * on by {@link #parserFailures} (from the moment it decides, so no other thread hands the
   * parser another file while the one whose failure crossed the limit is still reporting it).
   */
  String leftOut(DocumentParser parser) {
    String why = leftOut.get(parser);
    return why != null ? why : parserFailures.whyGivenUp(parser);
  }

  /**
   * Records what the user was told about a plugin (extension) left out: the first message per
   * key (a plugin and one of its extensions).
   */
  synchronized void record(String key, String message) {
    messages.putIfAbsent(key, message.replaceAll("\\s+", " ").strip());
  }

  /** The messages about plugins left out so far, in the order they happened. */
  synchronized List<String> messages() {
    return new ArrayList<>(messages.values());
  }

  /** The commit-data value: the messages, one per line; empty when no plugin was left out. */
  synchronized String commitValue() {
    return String.join("\n", messages.values());
  }
}
