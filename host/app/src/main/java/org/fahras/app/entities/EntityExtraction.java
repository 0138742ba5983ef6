package org.fahras.app.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.EntityRecognizer.UserEntity;
import org.fahras.api.EntityType;

/**
 * Runs the installed {@link EntityRecognizer}s over a text and returns one clean list of spans:
 * inside the text, {@code text} equal to the text's characters, no overlaps (the longer span
 * wins, then the recogniser listed first), in text order.
 *
 * <p>A recogniser that throws on a text is skipped for that text (the others still count) and
 * its failures are counted; one that keeps throwing is left out from then on, by the {@link
 * FailureRule} ({@value FailureRule#MAX_CONSECUTIVE} texts in a row, or at least half of them once
 * it has failed on {@value FailureRule#RATIO_MIN_FAILURES}), and {@link #takeDisabled} hands it
 * once to whoever tells the user. {@link #signature()} names the recognisers and their versions
 * so an index built with others can be detected. Safe for concurrent use.
 */
public final class EntityExtraction {

  private static final Logger LOG = Logger.getLogger(EntityExtraction.class.getName());

  /** No recogniser: finds nothing. */
  public static final EntityExtraction NONE = new EntityExtraction(List.of());

  /** Entity types the host knows, in the order they are shown. */
  public static final List<String> KNOWN_TYPES =
      List.of(
          EntityType.PERSON,
          EntityType.LOCATION,
          EntityType.ORGANIZATION,
          EntityType.DATE,
          EntityType.TIME,
          EntityType.MONEY,
          EntityType.PERCENT);

  private final List<EntityRecognizer> recognizers;
  private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
  private final Map<Thread, String> running = new ConcurrentHashMap<>();
  private final java.util.Set<String> disabled = ConcurrentHashMap.newKeySet();
  private final FailureRule rule = new FailureRule();
  private final java.util.Queue<Disabled> newlyDisabled = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /**
   * A recogniser left out because it kept failing.
   *
   * @param recognizer the extension (its plugin can be looked up from it)
   * @param reason why, e.g. {@code failed on 10 texts in a row (last: IllegalStateException: …)}
   */
  public record Disabled(EntityRecognizer recognizer, String reason) {}

  private EntityExtraction(List<EntityRecognizer> recognizers) {
    this.recognizers = List.copyOf(recognizers);
  }

  /** Extraction with these recognisers, the first preferred on equal overlapping spans. */
  public static EntityExtraction of(List<EntityRecognizer> recognizers) {
    return recognizers.isEmpty() ? NONE : new EntityExtraction(recognizers);
  }

  /** Whether no recogniser is installed. */
  public boolean isEmpty() {
    return recognizers.isEmpty();
  }

  /** The recognisers and their versions, e.g. {@code arabic-entities:2}; empty when none. */
  public String signature() {
    return recognizers.stream()
        .map(r -> r.id() + ":" + r.recognitionVersion())
        .collect(Collectors.joining(","));
  }

  /** The recognisers' ids. */
  public List<String> ids() {
    return recognizers.stream().map(EntityRecognizer::id).toList();
  }

  /** Hands the user's names to every recogniser; one that throws is reported and skipped. */
  public void userEntities(List<UserEntity> entries) {
    for (EntityRecognizer r : recognizers) {
      try {
        r.userEntities(entries);
      } catch (RuntimeException | LinkageError e) {
        fail(r, e);
      }
    }
  }

  /**
   * The entities in {@code text}, in text order, without overlaps; never throws for a
   * recogniser's fault.
   *
   * @param language the text's language, or null
   */
  public List<EntitySpan> find(String text, String language) {
    return find(text, language, false);
  }

  /**
   * The entities of {@code text} for the index ({@link EntityRecognizer#recognizeForIndex}): the
   * same distinct pairs of type and normalised form as {@link #find}, possibly fewer mentions of
   * each, and a span's {@linkplain EntitySpan#text() surface form} may be empty (the index keeps
   * types and normalised forms only); never throws for a recogniser's fault.
   *
   * @param language the text's language, or null
   */
  public List<EntitySpan> findForIndex(String text, String language) {
    return find(text, language, true);
  }

  private List<EntitySpan> find(String text, String language, boolean forIndex) {
    if (text == null || text.isEmpty() || recognizers.isEmpty()) {
      return List.of();
    }
    // The spans of every recogniser, and each one's recogniser (its rank): no object per span.
    List<EntitySpan> all = new ArrayList<>();
    int[] ranks = new int[16];
    for (int rank = 0; rank < recognizers.size(); rank++) {
      EntityRecognizer r = recognizers.get(rank);
      if (disabled.contains(r.id())) {
        continue;
      }
      List<EntitySpan> found;
      Thread self = Thread.currentThread();
      running.put(self, r.id());
      try {
        found = forIndex ? r.recognizeForIndex(text, language) : r.recognize(text, language);
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        fail(r, e);
        String why = rule.failed(r, "texts", FailureRule.describe(e));
        if (why != null) {
          disabled.add(r.id());
          newlyDisabled.add(new Disabled(r, why));
          // The indexer tells the user (takeDisabled); the log only keeps a trace.
          LOG.log(Level.FINE, "entity recogniser '" + r.id() + "' " + why + ": it is left out from now on");
        }
        continue;
      } finally {
        running.remove(self);
      }
      rule.succeeded(r);
      if (found == null) {
        continue;
      }
      for (EntitySpan s : found) {
        EntitySpan clean = forIndex ? cleanForIndex(s, text) : clean(s, text);
        if (clean != null) {
          if (all.size() == ranks.length) {
            ranks = java.util.Arrays.copyOf(ranks, ranks.length * 2);
          }
          ranks[all.size()] = rank;
          all.add(clean);
        }
      }
    }
    return resolve(all, ranks);
  }

  /** The id of the recogniser working on a thread right now, or null. */
  public String runningOn(Thread thread) {
    return running.get(thread);
  }

  /** Leaves a recogniser out from now on (it hung); its id stays in the signature. */
  public void disable(String id) {
    disabled.add(id);
  }

  /** Whether a recogniser is left out (it hung or kept failing). */
  public boolean isDisabled(String id) {
    return disabled.contains(id);
  }

  /**
   * The recognisers left out because they kept failing since the last call, each handed out
   * once (the indexer tells the user and records it).
   */
  public List<Disabled> takeDisabled() {
    List<Disabled> out = new ArrayList<>();
    for (Disabled d = newlyDisabled.poll(); d != null; d = newlyDisabled.poll()) {
      out.add(d);
    }
    return out;
  }

  /** How many texts each recogniser failed on so far, by id. */
  public Map<String, Long> failures() {
    Map<String, Long> m = new java.util.TreeMap<>();
    failures.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  private void fail(EntityRecognizer r, Throwable e) {
    long n = failures.computeIfAbsent(r.id(), k -> new AtomicLong()).incrementAndGet();
    if (n == 1 || Long.bitCount(n) == 1) {
      LOG.log(Level.WARNING, "entity recogniser '" + r.id() + "' failed (" + n + " times so far): " + e, e);
    }
  }

  /** The span made consistent with the text, or null when it cannot be. */
  static EntitySpan clean(EntitySpan s, String text) {
    if (s == null || s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
      return null;
    }
    int length = s.end() - s.start();
    // A well-behaved recogniser's span is kept as it is, without copying its strings (this runs
    // on every entity of every indexed file).
    boolean sameText = s.text().length() == length && text.regionMatches(s.start(), s.text(), 0, length);
    String surface = sameText ? s.text() : text.substring(s.start(), s.end());
    if (surface.isBlank()) {
      return null;
    }
    String type = canonicalType(s.type());
    if (type.isEmpty()) {
      return null;
    }
    String normalized = normalizedForm(s, text);
    if (sameText && type.equals(s.type()) && normalized.equals(s.normalized())) {
      return s;
    }
    return new EntitySpan(s.start(), s.end(), type, surface, normalized);
  }

  /**
   * {@link #clean} for the index, which reads type and normalised form only: the surface form is
   * neither checked nor copied (a recogniser may leave it empty there, {@link
   * EntityRecognizer#recognizeForIndex}); the span is still dropped when its range of the text is
   * blank, and a blank normalised form is still made from that range.
   */
  static EntitySpan cleanForIndex(EntitySpan s, String text) {
    if (s == null || s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
      return null;
    }
    if (isBlank(text, s.start(), s.end())) {
      return null;
    }
    String type = canonicalType(s.type());
    if (type.isEmpty()) {
      return null;
    }
    String normalized = normalizedForm(s, text);
    if (type.equals(s.type()) && normalized.equals(s.normalized())) {
      return s;
    }
    return new EntitySpan(s.start(), s.end(), type, s.text(), normalized);
  }

  /** A span's type, upper case and stripped (empty when blank). */
  private static String canonicalType(String type) {
    return isCanonicalType(type) ? type : type.strip().toUpperCase(Locale.ROOT);
  }

  /** A span's normalised form stripped; when blank, its range of {@code text} stripped. */
  private static String normalizedForm(EntitySpan s, String text) {
    String n = s.normalized();
    if (n.isBlank()) {
      return text.substring(s.start(), s.end()).strip();
    }
    return isStripped(n) ? n : n.strip();
  }

  /** Whether {@code text[from, to)} is empty or white space only (as {@link String#isBlank}). */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      if (!Character.isWhitespace(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Whether a type name is already upper-case ASCII letters, digits and underscores. */
  private static boolean isCanonicalType(String type) {
    if (type.isEmpty()) {
      return false;
    }
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a non-blank string has no white space at either end (as {@link String#strip}). */
  private static boolean isStripped(String s) {
    return !Character.isWhitespace(s.codePointAt(0))
        && !Character.isWhitespace(s.codePointBefore(s.length()));
  }

  private record Candidate(EntitySpan span, int rank) {
    int length() {
      return span.end() - span.start();
    }
  }

  /**
   * Longest first, then the preferred recogniser ({@code ranks[i]} of {@code all.get(i)}), then
   * earliest; overlapping losers dropped.
   */
  private static List<EntitySpan> resolve(List<EntitySpan> all, int[] ranks) {
    if (all.isEmpty()) {
      return List.of();
    }
    if (inOrderAndDisjoint(all)) {
      // The usual case (one recogniser, whose spans are in text order without overlaps): what the
      // sort below would give, without sorting.
      return java.util.Collections.unmodifiableList(all);
    }
    List<Candidate> candidates = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      candidates.add(new Candidate(all.get(i), ranks[i]));
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::length)
            .reversed()
            .thenComparingInt(Candidate::rank)
            .thenComparingInt(c -> c.span().start()));
    java.util.TreeMap<Integer, EntitySpan> taken = new java.util.TreeMap<>();
    for (Candidate c : candidates) {
      EntitySpan s = c.span();
      Map.Entry<Integer, EntitySpan> before = taken.floorEntry(s.end() - 1);
      if (before != null && before.getValue().end() > s.start()) {
        continue; // overlaps a span already taken
      }
      taken.put(s.start(), s);
    }
    return List.copyOf(taken.values());
  }

  /** Whether every candidate starts at or after the end of the one before it. */
  private static boolean inOrderAndDisjoint(List<EntitySpan> all) {
    int end = 0;
    for (EntitySpan s : all) {
      if (s.start() < end) {
        return false;
      }
      end = s.end();
    }
    return true;
  }

  /** The facet dimension and filter field of an entity type: {@code person}, {@code location} … */
  public static String dimension(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    // "date" is the query field of the document's own date; mentioned dates get their own name.
    return t.equals("date") ? "date_mentioned" : t;
  }
}
