package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fahras.api.EntityType;

/**
 * Consistency within a document: a name the rules found once (after a title, with a head word) is
 * found again wherever it recurs in the same text, with or without clitics, and a person's family
 * name alone (السيسي after عبد الفتاح السيسي) when it is no common word, first name or known place.
 * A repeated mention gets the canonical form of the full name, so facets group them.
 *
 * <p>Repeated mentions only fill gaps: they never replace a span found otherwise.
 */
final class DocumentNames {

  /** Word classes a family name alone must not have. */
  private static final int UNSAFE_ALONE =
      Lexicon.STOP
          | Lexicon.COMMON
          | Lexicon.VERB
          | Lexicon.TITLE
          | Lexicon.ROLE
          | Lexicon.CONNECTOR
          | Lexicon.FIRST_NAME
          | Lexicon.NATIONALITY
          | Lexicon.ORG_HEAD
          | Lexicon.LOC_HEAD;

  private static final int MIN_FAMILY_NAME = 3;

  /** The chosen candidates with the repeated mentions of their names added. */
  static List<Analysis.Candidate> echo(Analysis a, List<Analysis.Candidate> chosen) {
    chosen = withNormalizedForms(a, chosen);
    Names names = namesOf(a, chosen);
    if (names.count == 0) {
      return chosen;
    }
    names.index();
    boolean[] taken = new boolean[a.size()];
    for (Analysis.Candidate c : chosen) {
      for (int t = c.first(); t <= c.last(); t++) {
        taken[t] = true;
      }
    }
    List<Analysis.Candidate> all = new ArrayList<>(chosen);
    Clitics.Readings readings = new Clitics.Readings();
    Tokens t = a.tokens;
    for (int i = 0; i < t.size(); i++) {
      if (!t.isWord(i) || taken[i] || !mayStartAt(a, names, i)) {
        continue;
      }
      Analysis.Candidate found = find(a, names, i, readings, taken);
      if (found != null) {
        for (int j = found.first(); j <= found.last(); j++) {
          taken[j] = true;
        }
        all.add(found);
        i = found.last();
      }
    }
    return Analysis.byStart(all);
  }

  /**
   * Whether a name may start at word token {@code i} ({@link #find} is null when not): the
   * filters of {@link #find} alone, so that most words cost a few loads.
   */
  private static boolean mayStartAt(Analysis a, Names names, int i) {
    if (names.mayStart(a.stemHash(i))) {
      return true;
    }
    Tokens t = a.tokens;
    return a.prefix(i) == 0 && Clitics.isClitic(t.charAt(i, 0)) && names.mayEndLike(t, i);
  }

  /**
   * The longest remembered name at word token {@code i} over free tokens only, or {@code null}:
   * read as its stem; when no name starts with the stem, and the word has no clitics, read
   * without them ({@link Clitics.Readings}: وعون، لعون).
   */
  private static Analysis.Candidate find(
      Analysis a, Names names, int i, Clitics.Readings readings, boolean[] taken) {
    // The filter first: most words are no name's first word.
    if (names.mayStart(a.stemHash(i))) {
      int n = names.longest(a, i, null, 0, a.stemHash(i));
      if (names.started) {
        return n < 0 ? null : candidate(names, n, i, a.prefix(i), taken);
      }
    }
    Tokens t = a.tokens;
    // Every reading ends where the word ends: some first word must end with its last chars.
    if (a.prefix(i) != 0 || !Clitics.isClitic(t.charAt(i, 0)) || !names.mayEndLike(t, i)) {
      return null;
    }
    Clitics.Readings r = readings;
    r.read(t.text.chars, t.start(i), t.end(i), t.hash(i), -1, 0, null, null);
    for (int k = 0; k < r.count; k++) {
      if (!names.mayStart(r.hash[k])) {
        continue;
      }
      int n = names.longest(a, i, r, k, r.hash[k]);
      if (n >= 0) {
        return candidate(names, n, i, r.prefix[k], taken);
      }
    }
    return null;
  }

  /** Name {@code n} at token {@code i}, or {@code null} when one of its tokens is taken. */
  private static Analysis.Candidate candidate(
      Names names, int n, int i, int prefix, boolean[] taken) {
    int last = i + names.words[n].length - 1;
    for (int j = i; j <= last; j++) {
      if (taken[j]) {
        return null;
      }
    }
    return new Analysis.Candidate(i, last, prefix, names.types[n], Analysis.ECHO,
        names.canonicals[n], Analysis.ECHO_TIER);
  }

  /** The candidates with their canonical forms computed once (they are read twice). */
  private static List<Analysis.Candidate> withNormalizedForms(
      Analysis a, List<Analysis.Candidate> chosen) {
    List<Analysis.Candidate> out = new ArrayList<>(chosen.size());
    for (Analysis.Candidate c : chosen) {
      out.add(
          c.normalized() != null
              ? c
              : new Analysis.Candidate(
                  c.first(), c.last(), c.skip(), c.type(), c.priority(), a.clean(c), c.tier()));
    }
    return out;
  }

  /**
   * The chosen candidates with each one-word person a rule found (وأضاف بيليني أن) given the
   * canonical form of a longer person's name in the same document that ends with that word
   * (ماركو بيليني), so that facets count one person; the first such name wins. Runs with and
   * without {@link #echo}: the index keeps canonical forms too.
   */
  static List<Analysis.Candidate> joinFamilyNames(Analysis a, List<Analysis.Candidate> chosen) {
    // The longer persons' last words, by hash code: most documents have none, or few.
    int n = chosen.size();
    int[] longer = null;
    int count = 0;
    for (int k = 0; k < n; k++) {
      Analysis.Candidate d = chosen.get(k);
      if (d.last() > d.first() && EntityType.PERSON.equals(d.type()) && a.tokens.isWord(d.last())) {
        if (longer == null) {
          longer = new int[Math.min(n, 16)];
        } else if (count == longer.length) {
          longer = Arrays.copyOf(longer, Math.min(n, count * 2));
        }
        longer[count++] = k;
      }
    }
    if (count == 0) {
      return chosen;
    }
    List<Analysis.Candidate> out = null;
    for (int k = 0; k < n; k++) {
      Analysis.Candidate c = chosen.get(k);
      if (c.first() != c.last() || c.normalized() != null || c.tier() != Analysis.RULE_TIER
          || !EntityType.PERSON.equals(c.type())) {
        continue;
      }
      int hash = a.stemHash(c.first());
      for (int m = 0; m < count; m++) {
        Analysis.Candidate d = chosen.get(longer[m]);
        if (a.tokens.hash(d.last()) != hash || !a.stem(c.first()).equals(a.tokens.form(d.last()))) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(chosen);
        }
        String full = d.normalized() != null ? d.normalized() : a.clean(d);
        out.set(k, new Analysis.Candidate(
            c.first(), c.last(), c.skip(), c.type(), c.priority(), full, c.tier()));
        break;
      }
    }
    return out == null ? chosen : out;
  }

  /**
   * The names of one document to look for again, each a list of folded words (the first a stem,
   * the others token forms) with its type and canonical form; looked up by comparing chars, with
   * a filter on the first words' hash codes that rules most words out at once. The same words
   * added twice keep the first entry unless the second has a higher priority.
   */
  static final class Names {

    /** Bits of the filter of first words ({@link #mayStart}). */
    private static final int FILTER_BITS = 4096;

    private final long[] filter = new long[FILTER_BITS / 64];
    /** The last chars of the first words, one bit per char's low six bits. */
    private long lastChars;
    /**
     * The last two chars of the first words of two chars or more, one bit per pair of their low
     * six bits.
     */
    private final long[] lastPairs = new long[64];
    /** Whether some first word has fewer than two chars ({@link #lastPairs} does not tell). */
    private boolean shortFirst;
    int count;
    String[][] words = new String[8][];
    private int[] firstHash = new int[8];
    String[] types = new String[8];
    String[] canonicals = new String[8];
    private int[] priorities = new int[8];

    /** Set by {@link #longest}: whether some name starts with the word. */
    boolean started;

    /**
     * The names by the hash code of their first word ({@link #index}): per bucket the first
     * name + 1, then each name's next in its bucket + 1 (0 ends).
     */
    private int[] buckets;

    private int[] nextInBucket;

    void add(String[] w, String type, String canonical, int priority) {
      for (int k = 0; k < count; k++) {
        if (Arrays.equals(words[k], w)) {
          if (priority > priorities[k]) {
            types[k] = type;
            canonicals[k] = canonical;
            priorities[k] = priority;
          }
          return;
        }
      }
      if (count == words.length) {
        int m = count * 2;
        words = Arrays.copyOf(words, m);
        firstHash = Arrays.copyOf(firstHash, m);
        types = Arrays.copyOf(types, m);
        canonicals = Arrays.copyOf(canonicals, m);
        priorities = Arrays.copyOf(priorities, m);
      }
      words[count] = w;
      firstHash[count] = w[0].hashCode();
      types[count] = type;
      canonicals[count] = canonical;
      priorities[count] = priority;
      count++;
      int b = bit(w[0].hashCode());
      filter[b >>> 6] |= 1L << b;
      int len = w[0].length();
      if (len > 0) {
        lastChars |= 1L << w[0].charAt(len - 1);
      }
      if (len >= 2) {
        int p = pair(w[0].charAt(len - 2), w[0].charAt(len - 1));
        lastPairs[p >>> 6] |= 1L << p;
      } else {
        shortFirst = true;
      }
    }

    private static int pair(char a, char b) {
      return ((a & 63) << 6) | (b & 63);
    }

    /**
     * Whether a name's first word may end as word token {@code i} ends (false: none does, so no
     * clitic reading of the token is a first word: each ends where the token ends, and one of
     * two chars or more ends with the token's last two).
     */
    boolean mayEndLike(Tokens t, int i) {
      int len = t.length(i);
      char last = t.charAt(i, len - 1);
      if ((lastChars & (1L << last)) == 0) {
        return false;
      }
      if (shortFirst || len < 2) {
        return true;
      }
      int p = pair(t.charAt(i, len - 2), last);
      return (lastPairs[p >>> 6] & (1L << p)) != 0;
    }

    private static int bit(int hash) {
      return (hash ^ (hash >>> 12) ^ (hash >>> 24)) & (FILTER_BITS - 1);
    }

    /** Whether a name may start with a word of hash code {@code hash} (false: none does). */
    boolean mayStart(int hash) {
      int b = bit(hash);
      return (filter[b >>> 6] & (1L << b)) != 0;
    }

    /** Indexes the names by their first word's hash code; called once all are added. */
    void index() {
      int size = Integer.highestOneBit(Math.max(1, count)) * 2;
      buckets = new int[size];
      nextInBucket = new int[count];
      // Backwards, so that each bucket lists its names in the order they were added.
      for (int k = count - 1; k >= 0; k--) {
        int b = firstHash[k] & (size - 1);
        nextInBucket[k] = buckets[b];
        buckets[b] = k + 1;
      }
    }

    /**
     * The longest name at word token {@code i} whose first word is the token's stem ({@code r}
     * null) or its clitic reading {@code reading} of {@code r}, of hash code {@code hash}, and
     * whose other words are the tokens that follow (no boundary between them; a hyphen is a
     * word); -1 when none. Sets {@link #started}.
     */
    int longest(Analysis a, int i, Clitics.Readings r, int reading, int hash) {
      started = false;
      int best = -1;
      int bestLength = 0;
      for (int k = buckets[hash & (buckets.length - 1)] - 1; k >= 0; k = nextInBucket[k] - 1) {
        String[] w = words[k];
        if (firstHash[k] != hash || !firstWordMatches(a, i, r, reading, w[0])) {
          continue;
        }
        started = true;
        if (w.length > bestLength && follows(a.tokens, i + 1, w)) {
          best = k;
          bestLength = w.length;
        }
      }
      return best;
    }

    private static boolean firstWordMatches(
        Analysis a, int i, Clitics.Readings r, int reading, String w) {
      if (r == null) {
        return a.stemEquals(i, w);
      }
      char[] c = a.tokens.text.chars;
      int from = r.from[reading];
      int end = a.tokens.end(i);
      int offset = 0;
      if (r.article[reading]) {
        if (!w.startsWith(Clitics.ARTICLE)) {
          return false;
        }
        offset = 2;
      }
      if (w.length() - offset != end - from) {
        return false;
      }
      for (int k = 0; k < end - from; k++) {
        if (c[from + k] != w.charAt(offset + k)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the tokens from {@code next} on are {@code w[1], w[2] …}, as in a phrase. */
    private static boolean follows(Tokens t, int next, String[] w) {
      for (int j = 1; j < w.length; j++) {
        int k = next + j - 1;
        if (k >= t.size()) {
          return false;
        }
        if ((t.lineBefore(k) || t.isPunct(k)) && !t.is(k, '-')) {
          return false;
        }
        if (!t.formEquals(k, w[j])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The names to look for again: each name a rule found (gazetteer names are found everywhere
   * anyway) and each person's family name alone.
   */
  private static Names namesOf(Analysis a, List<Analysis.Candidate> chosen) {
    Names names = new Names();
    for (Analysis.Candidate c : chosen) {
      String type = c.type();
      boolean person = EntityType.PERSON.equals(type);
      if (!(person
              || EntityType.LOCATION.equals(type)
              || EntityType.ORGANIZATION.equals(type))
          || c.priority() == Analysis.USER) {
        continue;
      }
      // A one-word place or organisation is looked for again only when it is an unknown word
      // without the article: «منطقة الصراع» must not make every «الصراع» a place.
      boolean oneCommonWord =
          !person && c.first() == c.last()
              && (a.isDefinite(c.first()) || a.classes(c.first()) != 0);
      boolean byRule = c.priority() < Analysis.GAZETTEER && !oneCommonWord;
      int last = c.last();
      boolean familyName = person && last > c.first() && isSafeAlone(a, last);
      if (!byRule && !familyName) {
        continue;
      }
      String normalized = c.normalized();
      if (byRule) {
        String[] words = new String[c.last() - c.first() + 1];
        for (int k = c.first(); k <= last; k++) {
          words[k - c.first()] =
              k == c.first() && a.tokens.isWord(k) ? a.stem(k) : a.tokens.form(k);
        }
        names.add(words, type, normalized, 1);
      }
      if (familyName) {
        names.add(new String[] {a.stem(last)}, type, normalized, 0);
      }
    }
    return names;
  }

  private static boolean isSafeAlone(Analysis a, int last) {
    if (!a.tokens.isWord(last) || a.tokens.is(last - 1, '-')
        || a.stemLength(last) < MIN_FAMILY_NAME) {
      return false;
    }
    if (a.is(last, UNSAFE_ALONE) || a.stemStartsGazetteer(last)) {
      return false;
    }
    return !a.bareIs(last, Lexicon.FIRST_NAME | Lexicon.COMMON);
  }
}
