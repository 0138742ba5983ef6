package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.List;
import org.fahras.api.EntityRecognizer.EntitySpan;

/**
 * One text being recognised: its tokens with their readings (stem without clitics, word classes),
 * the candidate spans the rules propose, and the choice among them.
 *
 * <p>Each word token gets one reading: the first of its {@linkplain Clitics#strip clitic
 * readings} that the lexicon knows (a word class, the start of a gazetteer or calendar phrase);
 * failing that, the first reading with the article (والمجلس → المجلس); failing that, the word
 * itself. Not thread-safe: one per call.
 */
final class Analysis {

  /** Candidate priorities: the higher wins among spans of the same length. */
  static final int USER = 100;

  static final int NUMERIC = 50;
  static final int GAZETTEER = 20;
  static final int RULE = 10;
  static final int ECHO = 1;

  private static final char FATHATAN = '\u064B';
  private static final char KASRATAN = '\u064D';

  /** Tiers of candidates, chosen in this order: the user's names, all others, repetitions. */
  static final int USER_TIER = 0;

  static final int RULE_TIER = 1;
  static final int ECHO_TIER = 2;

  /** A proposed entity: tokens {@code [first, last]}, starting {@code skip} chars into first. */
  record Candidate(
      int first, int last, int skip, String type, int priority, String normalized, int tier) {}

  final Tokens tokens;
  final Lexicon lexicon;
  private final String[] stem;
  private final int[] prefix;
  private final int[] classes;
  private final boolean[] definite;
  /** The classes of a definite stem without its article (الحكومة → حكومة), else 0. */
  private final int[] bareClasses;
  /** The reading that starts a gazetteer name, when there is one (often the stem). */
  private final String[] gazetteerStem;
  private final int[] gazetteerPrefix;
  /** Whether the stem or the word itself starts a calendar phrase. */
  private final boolean[] calendarStart;
  private final PhraseTrie.Match[] calendar;
  private final List<Candidate> candidates = new ArrayList<>();
  /** The number of tokens (the arrays above may be longer: the thread's {@link Scratch}). */
  private final int size;
  /** The thread's arrays in use, or null. */
  private final Scratch scratch;

  Analysis(FoldedText text, Lexicon lexicon) {
    this(text, lexicon, null);
  }

  /** With the thread's {@link Scratch} arrays ({@link #release} after). */
  Analysis(FoldedText text, Lexicon lexicon, Scratch scratch) {
    this.tokens = Tokens.of(text, lexicon.words, scratch);
    this.lexicon = lexicon;
    int n = tokens.size();
    this.size = n;
    if (scratch != null && scratch.readings(n)) {
      // The thread's arrays, their first n entries cleared (longer than n: bounds use size).
      this.scratch = scratch;
      stem = scratch.stem;
      prefix = scratch.prefix;
      classes = scratch.classes;
      definite = scratch.definite;
      bareClasses = scratch.bareClasses;
      gazetteerStem = scratch.gazetteerStem;
      gazetteerPrefix = scratch.gazetteerPrefix;
      calendarStart = scratch.calendarStart;
      calendar = scratch.calendar;
    } else {
      this.scratch = null;
      stem = new String[n];
      prefix = new int[n];
      classes = new int[n];
      definite = new boolean[n];
      bareClasses = new int[n];
      gazetteerStem = new String[n];
      gazetteerPrefix = new int[n];
      calendarStart = new boolean[n];
      calendar = new PhraseTrie.Match[n];
    }
    String[] stems = new String[8];
    int[] prefixes = new int[8];
    int[] froms = new int[8];
    for (int i = 0; i < n; i++) {
      if (tokens.isWord(i)) {
        read(i, stems, prefixes, froms);
      }
    }
  }

  /** Chooses the reading of word token {@code i} (see the class comment). */
  private void read(int i, String[] stems, int[] prefixes, int[] froms) {
    String word = tokens.form(i);
    int info = lexicon.info(word);
    int cls = Lexicon.classesOf(info);
    boolean gazetteer = (info & Lexicon.GAZETTEER_START) != 0;
    boolean calendar = (info & Lexicon.CALENDAR_START) != 0;
    int k = 1;
    int chosen = -1;
    if (cls != 0 || gazetteer || calendar) {
      stems[0] = word;
      prefixes[0] = 0;
      chosen = 0;
    } else {
      // Only a word the lexicon does not know is read without its clitics.
      // Readings the lexicon does not know stay null until chosen (no string per reading).
      k = Clitics.readings(word, stems, prefixes, froms, lexicon.words);
      for (int r = 1; r < k && chosen < 0; r++) {
        info = stems[r] == null ? 0 : lexicon.info(stems[r]);
        cls = Lexicon.classesOf(info);
        gazetteer = (info & Lexicon.GAZETTEER_START) != 0;
        calendar = (info & Lexicon.CALENDAR_START) != 0;
        if (cls != 0 || gazetteer || calendar) {
          chosen = r;
        }
      }
      for (int r = 1; r < k && chosen < 0; r++) {
        if (Clitics.isDefinite(word, stems, froms, r)) {
          chosen = r;
          cls = stems[r] == null ? 0 : lexicon.classes(stems[r]);
          Clitics.reading(word, stems, froms, r);
        }
      }
      if (chosen < 0) {
        chosen = 0;
        cls = 0;
      }
    }
    stem[i] = stems[chosen];
    prefix[i] = prefixes[chosen];
    classes[i] = cls;
    definite[i] = Clitics.isDefinite(stem[i]);
    if (definite[i]) {
      // The stem without its article (Clitics.withoutArticle), looked up without a substring.
      bareClasses[i] = lexicon.classes(stem[i], 2, stem[i].length());
    }
    calendarStart[i] = calendar || (prefix[i] > 0 && lexicon.isCalendarStart(word));
    if (gazetteer && chosen >= 0) {
      gazetteerStem[i] = stem[i];
      gazetteerPrefix[i] = prefix[i];
    } else {
      // A later reading may start a gazetteer name though an earlier one is a known word.
      for (int r = chosen + 1; r < k; r++) {
        if (stems[r] != null && lexicon.isGazetteerStart(stems[r])) {
          gazetteerStem[i] = stems[r];
          gazetteerPrefix[i] = prefixes[r];
          break;
        }
      }
    }
  }

  int size() {
    return tokens.size();
  }

  /** Ends the use of the thread's arrays (this analysis is then void). */
  void release() {
    if (scratch != null) {
      scratch.releaseReadings(size);
    }
    tokens.release();
  }

  /** The reading of word token {@code i} (without clitics), {@code null} for other tokens. */
  String stem(int i) {
    return i >= 0 && i < size ? stem[i] : null;
  }

  /** The length in folded chars of the clitics in front of token {@code i}'s stem. */
  int prefix(int i) {
    return prefix[i];
  }

  /** Whether word token {@code i}'s reading has one of the {@code bits}. */
  boolean is(int i, int bits) {
    return i >= 0 && i < size && (classes[i] & bits) != 0;
  }

  int classes(int i) {
    return classes[i];
  }

  boolean isDefinite(int i) {
    return i >= 0 && i < size && definite[i];
  }

  /** The classes of word token {@code i}'s stem without its article, 0 if it has none. */
  int bareClasses(int i) {
    return i >= 0 && i < size ? bareClasses[i] : 0;
  }

  /** Whether word token {@code i} is definite and its bare stem has one of the {@code bits}. */
  boolean bareIs(int i, int bits) {
    return (bareClasses(i) & bits) != 0;
  }

  /** The reading of word token {@code i} that starts a gazetteer name, or {@code null}. */
  String gazetteerStem(int i) {
    return gazetteerStem[i];
  }

  int gazetteerPrefix(int i) {
    return gazetteerPrefix[i];
  }

  /** Whether token {@code i} carries a conjunction و or ف. */
  boolean hasConjunction(int i) {
    if (prefix[i] == 0) {
      return false;
    }
    char c = tokens.form(i).charAt(0);
    return c == Clitics.WAW || c == Clitics.FEH;
  }

  /**
   * Whether word token {@code i} is written with tanween (شحًّا، كثيرٌ): an indefinite common
   * word, never a foreign name.
   */
  boolean hasTanween(int i) {
    FoldedText t = tokens.text;
    int end = t.originalEnd(tokens.end(i));
    for (int k = t.originalStart(tokens.start(i)); k < end; k++) {
      char c = t.original.charAt(k);
      if (c >= FATHATAN && c <= KASRATAN) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} starts a new stretch: a line break or punctuation lies before it. */
  boolean boundaryBefore(int i) {
    return tokens.lineBefore(i) || (i > 0 && tokens.isPunct(i - 1) && !isJoiningHyphen(i - 1));
  }

  /** A hyphen written straight between two words (بوم-تشيول). */
  boolean isJoiningHyphen(int i) {
    return tokens.is(i, '-')
        && !tokens.spaceBefore(i)
        && i + 1 < tokens.size()
        && !tokens.spaceBefore(i + 1)
        && tokens.isWord(i - 1)
        && tokens.isWord(i + 1);
  }

  /** The calendar phrase at word token {@code i} (read without clitics), or {@code null}. */
  PhraseTrie.Match calendarAt(int i) {
    if (!tokens.isWord(i) || !calendarStart[i]) {
      return null;
    }
    // Every rule asks; the answer is looked up once per token.
    PhraseTrie.Match m = calendar[i];
    if (m == null) {
      m = lexicon.calendar.at(stem[i], tokens, i);
      if (m == null && prefix[i] > 0) {
        m = lexicon.calendar.at(tokens.form(i), tokens, i);
      }
      if (m == null) {
        calendarStart[i] = false;
        return null;
      }
      calendar[i] = m;
    }
    return m;
  }

  /** Whether token {@code k} (a word, or a sign such as $) starts a calendar phrase of {@code cls}. */
  boolean isCalendar(int k, String cls) {
    if (k < 0 || k >= tokens.size()) {
      return false;
    }
    if (tokens.isPunct(k)) {
      PhraseTrie.Entry e = lexicon.calendar.phrases.get(tokens.form(k));
      return e != null && CalendarWords.is(e.type(), cls);
    }
    PhraseTrie.Match m = calendarAt(k);
    return m != null && CalendarWords.is(m.entry().type(), cls);
  }

  void propose(int first, int last, int skip, String type, int priority, String normalized) {
    candidates.add(new Candidate(first, last, skip, type, priority, normalized, RULE_TIER));
  }

  void proposeUser(int first, int last, int skip, String type, String normalized) {
    candidates.add(new Candidate(first, last, skip, type, USER, normalized, USER_TIER));
  }


  /**
   * The candidates that win: the user's names first, then the longest (in characters), then the
   * higher priority, then the earlier; a candidate overlapping one already chosen is dropped.
   */
  List<Candidate> choose() {
    // One primitive sort key per candidate: tier, then length (longest first), then priority
    // (highest first), then the order of proposal; the low bits hold the candidate's index.
    int n = candidates.size();
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      Candidate c = candidates.get(k);
      long length = Math.min(charLength(c), MAX_KEY_LENGTH);
      long priority = Math.min(Math.max(c.priority(), 0), MAX_KEY_PRIORITY);
      keys[k] =
          ((long) c.tier() << TIER_SHIFT)
              | ((MAX_KEY_LENGTH - length) << LENGTH_SHIFT)
              | ((MAX_KEY_PRIORITY - priority) << PRIORITY_SHIFT)
              | k;
    }
    java.util.Arrays.sort(keys);
    boolean[] taken = new boolean[tokens.size()];
    List<Candidate> chosen = new ArrayList<>();
    for (long key : keys) {
      Candidate c = candidates.get((int) (key & INDEX_MASK));
      boolean free = true;
      for (int t = c.first(); t <= c.last() && free; t++) {
        free = !taken[t];
      }
      if (free) {
        for (int t = c.first(); t <= c.last(); t++) {
          taken[t] = true;
        }
        chosen.add(c);
      }
    }
    candidates.clear();
    return byStart(chosen);
  }

  /** Disjoint candidates in text order (a primitive sort: this runs on every entity). */
  static List<Candidate> byStart(List<Candidate> disjoint) {
    long[] keys = new long[disjoint.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = ((long) disjoint.get(k).first() << 32) | k;
    }
    java.util.Arrays.sort(keys);
    List<Candidate> out = new ArrayList<>(keys.length);
    for (long key : keys) {
      out.add(disjoint.get((int) (key & INDEX_MASK)));
    }
    return out;
  }

  // Layout of the sort key of choose(): 2 bits tier, 20 bits length, 8 bits priority, 32 bits
  // index.
  private static final int TIER_SHIFT = 60;
  private static final int LENGTH_SHIFT = 40;
  private static final int PRIORITY_SHIFT = 32;
  private static final long MAX_KEY_LENGTH = (1L << 20) - 1;
  private static final long MAX_KEY_PRIORITY = (1L << 8) - 1;
  private static final long INDEX_MASK = (1L << 32) - 1;

  private int charLength(Candidate c) {
    return tokens.end(c.last()) - tokens.start(c.first()) - c.skip();
  }

  /** The span of a chosen candidate in the original text. */
  EntitySpan span(Candidate c) {
    FoldedText t = tokens.text;
    int start = t.originalStart(tokens.start(c.first()) + c.skip());
    int end = t.originalEnd(tokens.end(c.last()));
    String surface = t.original.substring(start, end);
    String normalized = c.normalized() != null ? c.normalized() : clean(c);
    return new EntitySpan(start, end, c.type(), surface, normalized);
  }

  /**
   * The default canonical form: the surface without marks, tatweel, invisible characters and
   * clitics, with single spaces, and the article put back after a preposition (للأمم → الأمم).
   */
  String clean(Candidate c) {
    FoldedText t = tokens.text;
    int start = t.originalStart(tokens.start(c.first()) + c.skip());
    int end = t.originalEnd(tokens.end(c.last()));
    StringBuilder b = new StringBuilder(end - start + 1);
    String first = tokens.form(c.first());
    if (tokens.isWord(c.first())
        && stem[c.first()].startsWith(Clitics.ARTICLE)
        && !first.startsWith(Clitics.ARTICLE, c.skip())) {
      b.append(FoldedText.ALEF);
    }
    boolean space = false;
    for (int i = start; i < end; i++) {
      char ch = t.original.charAt(i);
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        space = b.length() > 0;
      } else if (!FoldedText.isDeleted(ch)) {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(ch);
      }
    }
    return b.toString();
  }
}
