package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.List;
import org.fahras.api.EntityRecognizer.EntitySpan;

/**
 * One text being recognised: its tokens with their readings (stem without clitics, word classes),
 * the candidate spans the rules propose, and the choice among them.
 *
 * <p>Each word token gets one reading: the first of its {@linkplain Clitics.Readings clitic
 * readings} that the lexicon knows (a word class, the start of a gazetteer or calendar phrase);
 * failing that, the first reading with the article (والمجلس → المجلس); failing that, the word
 * itself. A reading is kept as a range of the folded chars, its id in the lexicon's {@link
 * WordTable} and its hash code; its {@code String} is made only when a rule asks for it ({@link
 * #stem}): most rules ask by id, class bits or chars. Not thread-safe: one per call.
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
  private final WordTable words;
  /** The folded text's chars (the stems are ranges of it). */
  private final char[] chars;
  /** The reading of each word token, made from {@link #stemFrom} when first asked for. */
  private final String[] stem;
  /**
   * Where each word token's reading starts in {@link #chars} (it ends where the token ends), or
   * {@code ~start} for a reading that is {@link Clitics#ARTICLE} followed by those chars (للـ).
   */
  private final int[] stemFrom;
  /** The reading's id in the lexicon's {@link WordTable}, -1 when the lexicon lacks it. */
  private final int[] stemId;
  /** The reading's hash code ({@link String#hashCode}). */
  private final int[] stemHash;
  private final int[] prefix;
  private final int[] classes;
  private final boolean[] definite;
  /** The classes of a definite stem without its article (الحكومة → حكومة), else 0. */
  private final int[] bareClasses;
  /** The id of the reading that starts a gazetteer name, when there is one (often the stem). */
  private final int[] gazetteerId;
  private final int[] gazetteerPrefix;
  /** Whether the stem or the word itself starts a calendar phrase. */
  private final boolean[] calendarStart;
  private final PhraseTrie.Match[] calendar;
  /**
   * The tokens where a date, time or amount may start ({@link #numericStarts}), in text order:
   * numbers, words that may start a calendar phrase, punctuation before a number.
   */
  private final int[] numericStarts;
  private final int numericStartCount;
  /** The proposed candidates: the thread's list when it has its arrays (empty between calls). */
  private final List<Candidate> candidates;
  /** The number of tokens (the arrays above may be longer: the thread's {@link Scratch}). */
  private final int size;
  /** The thread's arrays in use, or null. */
  private final Scratch scratch;
  /** The clitic readings of the word being read (the thread's, when it has its arrays). */
  private final Clitics.Readings readings;

  /** The thread's cache of look-ups in {@link #words}, or null. */
  private final int[] wordCache;

  Analysis(FoldedText text, Lexicon lexicon) {
    this(text, lexicon, null);
  }

  /** With the thread's {@link Scratch} arrays ({@link #release} after). */
  Analysis(FoldedText text, Lexicon lexicon, Scratch scratch) {
    this.tokens = Tokens.of(text, lexicon.words, scratch);
    this.candidates = scratch != null ? scratch.candidates() : new ArrayList<>();
    this.readings = scratch != null ? scratch.cliticReadings() : new Clitics.Readings();
    this.wordCache = scratch != null ? scratch.wordCache(lexicon.words) : null;
    this.lexicon = lexicon;
    this.words = lexicon.words;
    this.chars = text.chars;
    int n = tokens.size();
    this.size = n;
    if (scratch != null && scratch.readings(n)) {
      // The thread's arrays (longer than n: bounds use size); every entry below n is written.
      this.scratch = scratch;
      stem = scratch.stem;
      stemFrom = scratch.stemFrom;
      stemId = scratch.stemId;
      stemHash = scratch.stemHash;
      prefix = scratch.prefix;
      classes = scratch.classes;
      definite = scratch.definite;
      bareClasses = scratch.bareClasses;
      gazetteerId = scratch.gazetteerId;
      gazetteerPrefix = scratch.gazetteerPrefix;
      calendarStart = scratch.calendarStart;
      calendar = scratch.calendar;
      numericStarts = scratch.numericStarts;
    } else {
      this.scratch = null;
      stem = new String[n];
      stemFrom = new int[n];
      stemId = new int[n];
      stemHash = new int[n];
      prefix = new int[n];
      classes = new int[n];
      definite = new boolean[n];
      bareClasses = new int[n];
      gazetteerId = new int[n];
      gazetteerPrefix = new int[n];
      calendarStart = new boolean[n];
      calendar = new PhraseTrie.Match[n];
      numericStarts = new int[n];
    }
    // stem and calendar are null here (new, or cleared by the thread's Scratch).
    int starts = 0;
    for (int i = 0; i < n; i++) {
      if (tokens.isWord(i)) {
        read(i);
        if (calendarStart[i]) {
          numericStarts[starts++] = i;
        }
      } else {
        none(i);
        if (tokens.isNumber(i) || tokens.isNumber(i + 1)) {
          numericStarts[starts++] = i;
        }
      }
    }
    numericStartCount = starts;
  }

  /**
   * The tokens where {@link NumericRule} and {@link AmountRule} may find something, in text
   * order: every number, every word that {@link #mayBeCalendar} when the analysis was made (it
   * only turns false later), and every other token before a number (%, currency signs). The
   * first {@link #numericStartCount} entries are valid.
   */
  int[] numericStarts() {
    return numericStarts;
  }

  /** The number of valid entries of {@link #numericStarts}. */
  int numericStartCount() {
    return numericStartCount;
  }

  /** The readings of a token that is no word: none. */
  private void none(int i) {
    stemFrom[i] = 0;
    stemId[i] = -1;
    stemHash[i] = 0;
    prefix[i] = 0;
    classes[i] = 0;
    definite[i] = false;
    bareClasses[i] = 0;
    gazetteerId[i] = -1;
    gazetteerPrefix[i] = 0;
    calendarStart[i] = false;
  }

  /** Chooses the reading of word token {@code i} (see the class comment). */
  private void read(int i) {
    int id = tokens.id(i);
    // From the token's look-up: the lexicon's ints per word are not read again.
    long lexicon = tokens.lexicon(i);
    int info = WordTable.info(lexicon);
    if (info != 0) {
      // A word the lexicon knows (a class, the start of a gazetteer or calendar phrase) is read
      // as it is.
      // What set would find from the chars, the table has for the word.
      stemFrom[i] = tokens.start(i);
      stemId[i] = id;
      stemHash[i] = tokens.hash(i);
      prefix[i] = 0;
      classes[i] = Lexicon.classesOf(info);
      definite[i] = WordTable.isDefinite(lexicon);
      bareClasses[i] = Lexicon.classesOf(WordTable.bareInfo(lexicon));
      gazetteerId[i] = (info & Lexicon.GAZETTEER_START) != 0 ? id : -1;
      gazetteerPrefix[i] = 0;
      calendarStart[i] = (info & Lexicon.CALENDAR_START) != 0;
    } else if (Clitics.mayStrip(tokens.length(i), tokens.charAt(i, 0))) {
      readClitics(i, id);
    } else {
      // No clitic can be taken from it: its only reading is the word itself.
      set(i, tokens.start(i), false, id, tokens.hash(i), 0, 0, lexicon);
      gazetteerId[i] = -1;
      gazetteerPrefix[i] = 0;
      calendarStart[i] = false;
    }
  }

  /** Reads a word token the lexicon does not know without its clitics. */
  private void readClitics(int i, int id) {
    Clitics.Readings r = readings;
    int end = tokens.end(i);
    r.read(chars, tokens.start(i), end, tokens.hash(i), id, tokens.lexicon(i), words, wordCache);
    int k = r.count;
    int chosen = -1;
    int info = 0;
    for (int j = 1; j < k && chosen < 0; j++) {
      info = WordTable.info(r.lexicon[j]);
      if (info != 0) {
        chosen = j;
      }
    }
    if (chosen < 0) {
      // No reading is known: the first with the article (والمجلس → المجلس), else the word.
      info = 0;
      for (int j = 1; j < k && chosen < 0; j++) {
        if (r.isDefinite(chars, j, end)) {
          chosen = j;
          info = Lexicon.classesOf(WordTable.info(r.lexicon[j]));
        }
      }
      if (chosen < 0) {
        chosen = 0;
      }
    }
    set(i, r.from[chosen], r.article[chosen], r.id[chosen], r.hash[chosen], r.prefix[chosen],
        info, r.lexicon[chosen]);
    calendarStart[i] = (info & Lexicon.CALENDAR_START) != 0;
    gazetteerId[i] = -1;
    gazetteerPrefix[i] = 0;
    if ((info & Lexicon.GAZETTEER_START) != 0) {
      gazetteerId[i] = r.id[chosen];
      gazetteerPrefix[i] = r.prefix[chosen];
    } else {
      // A later reading may start a gazetteer name though an earlier one is a known word.
      for (int j = chosen + 1; j < k; j++) {
        if (r.id[j] >= 0 && (WordTable.info(r.lexicon[j]) & Lexicon.GAZETTEER_START) != 0) {
          gazetteerId[i] = r.id[j];
          gazetteerPrefix[i] = r.prefix[j];
          break;
        }
      }
    }
  }

  /**
   * Records the reading of word token {@code i}: its chars from {@code from} to the token's end,
   * after the article when {@code article}; whether it is definite, and its bare classes (from
   * {@code lexicon}, the reading's lexicon long).
   */
  private void set(int i, int from, boolean article, int id, int hash, int clitics, int info, long lexicon) {
    int end = tokens.end(i);
    stemFrom[i] = article ? ~from : from;
    stemId[i] = id;
    stemHash[i] = hash;
    prefix[i] = clitics;
    classes[i] = Lexicon.classesOf(info);
    // The lexicon knows ال + every word it knows something of (Lexicon): a definite stem it does
    // not know has nothing known without its article either, and one it knows has it at hand.
    boolean def = article
        ? end - from + 2 >= 4
        : end - from >= 4 && chars[from] == FoldedText.ALEF && chars[from + 1] == Clitics.LAM;
    definite[i] = def;
    bareClasses[i] = def && id >= 0 ? Lexicon.classesOf(WordTable.bareInfo(lexicon)) : 0;
  }

  int size() {
    return tokens.size();
  }

  /** Ends the use of the thread's arrays (this analysis is then void). */
  void release() {
    candidates.clear();
    if (scratch != null) {
      scratch.releaseReadings(size);
    }
    tokens.release();
  }

  /** The reading of word token {@code i} (without clitics), {@code null} for other tokens. */
  String stem(int i) {
    if (i < 0 || i >= size) {
      return null;
    }
    String s = stem[i];
    if (s == null && tokens.isWord(i)) {
      s = makeStem(i);
      stem[i] = s;
    }
    return s;
  }

  private String makeStem(int i) {
    if (stemId[i] >= 0) {
      return words.word(stemId[i]);
    }
    int from = stemFrom[i];
    int end = tokens.end(i);
    if (from < 0) {
      return Clitics.ARTICLE.concat(new String(chars, ~from, end - ~from));
    }
    return from == tokens.start(i) ? tokens.form(i) : new String(chars, from, end - from);
  }

  /** The length of word token {@code i}'s reading (no string is made). */
  int stemLength(int i) {
    int from = stemFrom[i];
    return from < 0 ? tokens.end(i) - ~from + 2 : tokens.end(i) - from;
  }

  /** Char {@code k} of word token {@code i}'s reading (no string is made). */
  char stemCharAt(int i, int k) {
    int from = stemFrom[i];
    if (from >= 0) {
      return chars[from + k];
    }
    return k < 2 ? Clitics.ARTICLE.charAt(k) : chars[~from + k - 2];
  }

  /** Whether word token {@code i}'s reading starts with {@link Clitics#ARTICLE}. */
  private boolean stemStartsWithArticle(int i) {
    return stemLength(i) >= 2 && stemCharAt(i, 0) == FoldedText.ALEF
        && stemCharAt(i, 1) == Clitics.LAM;
  }

  /** Whether token {@code i}'s form has {@link Clitics#ARTICLE} at {@code k}. */
  private boolean formHasArticleAt(int i, int k) {
    return k >= 0 && tokens.length(i) >= k + 2 && tokens.charAt(i, k) == FoldedText.ALEF
        && tokens.charAt(i, k + 1) == Clitics.LAM;
  }

  /** Whether word token {@code i}'s reading ends with {@code suffix} (no string is made). */
  boolean stemEndsWith(int i, String suffix) {
    int n = stemLength(i);
    int m = suffix.length();
    if (m > n) {
      return false;
    }
    for (int k = 0; k < m; k++) {
      if (stemCharAt(i, n - m + k) != suffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is a word whose reading is {@code s} (no string is made). */
  boolean stemEquals(int i, String s) {
    return tokens.isWord(i) && stemLength(i) == s.length() && stemEndsWith(i, s);
  }

  /** The id of word token {@code i}'s reading in the lexicon's {@link WordTable}, or -1. */
  int stemId(int i) {
    return stemId[i];
  }

  /** The hash code of word token {@code i}'s reading ({@link String#hashCode}). */
  int stemHash(int i) {
    return stemHash[i];
  }

  /** Whether a gazetteer name (built-in or the user's) starts with word token {@code i}'s reading. */
  boolean stemStartsGazetteer(int i) {
    return stemId[i] >= 0 && (words.info(stemId[i]) & Lexicon.GAZETTEER_START) != 0;
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

  /** The id of the reading of word token {@code i} that starts a gazetteer name, or -1. */
  int gazetteerId(int i) {
    return gazetteerId[i];
  }

  int gazetteerPrefix(int i) {
    return gazetteerPrefix[i];
  }

  /** Whether token {@code i} carries a conjunction و or ف. */
  boolean hasConjunction(int i) {
    if (prefix[i] == 0) {
      return false;
    }
    char c = tokens.charAt(i, 0);
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

  /**
   * Whether word token {@code i} is written vocalised, as scripture and classical texts are (two
   * harakat or more, the alef wasla ٱ or a Quranic mark): news spells foreign names bare.
   */
  boolean isVocalised(int i) {
    FoldedText t = tokens.text;
    int end = t.originalEnd(tokens.end(i));
    int marks = 0;
    for (int k = t.originalStart(tokens.start(i)); k < end; k++) {
      char c = t.original.charAt(k);
      if (c == '\u0671' || (c >= '\u06D6' && c <= '\u06ED')) {
        return true;
      }
      if (c >= FATHATAN && c <= '\u0652' && ++marks >= 2) {
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

  /**
   * Whether word token {@code i} may start a calendar phrase ({@link #calendarAt} is null when
   * not); false for other tokens.
   */
  boolean mayBeCalendar(int i) {
    return calendarStart[i];
  }

  /** The calendar phrase at word token {@code i} (read without clitics), or {@code null}. */
  PhraseTrie.Match calendarAt(int i) {
    if (!tokens.isWord(i) || !calendarStart[i]) {
      return null;
    }
    // Every rule asks; the answer is looked up once per token.
    PhraseTrie.Match m = calendar[i];
    if (m == null) {
      m = lexicon.calendarIds.longest(stemId[i], tokens, i + 1);
      if (m == null && prefix[i] > 0) {
        m = lexicon.calendarIds.longest(tokens.id(i), tokens, i + 1);
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
  boolean isCalendar(int k, int cls) {
    if (k < 0 || k >= tokens.size()) {
      return false;
    }
    if (tokens.isPunct(k)) {
      PhraseTrie.Entry e = lexicon.calendarIds.get(tokens.id(k));
      return e != null && CalendarWords.is(e.kinds(), cls);
    }
    PhraseTrie.Match m = calendarAt(k);
    return m != null && CalendarWords.is(m.entry().kinds(), cls);
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
    long[] keys = scratch != null ? scratch.keys(n) : new long[n];
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
    java.util.Arrays.sort(keys, 0, n);
    // The tokens the chosen candidates take: all false on the way in, and again on the way out.
    boolean[] taken = scratch != null ? scratch.taken(tokens.size()) : new boolean[tokens.size()];
    List<Candidate> chosen = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Candidate c = candidates.get((int) (keys[k] & INDEX_MASK));
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
    for (Candidate c : chosen) {
      java.util.Arrays.fill(taken, c.first(), c.last() + 1, false);
    }
    if (scratch != null) {
      scratch.untaken();
    }
    candidates.clear();
    return byStart(chosen, keys);
  }

  /** Disjoint candidates in text order (a primitive sort: this runs on every entity). */
  static List<Candidate> byStart(List<Candidate> disjoint) {
    return byStart(disjoint, new long[disjoint.size()]);
  }

  /** {@link #byStart(List)} with {@code keys} (at least as long as the list) to sort in. */
  private static List<Candidate> byStart(List<Candidate> disjoint, long[] keys) {
    int n = disjoint.size();
    for (int k = 0; k < n; k++) {
      keys[k] = ((long) disjoint.get(k).first() << 32) | k;
    }
    java.util.Arrays.sort(keys, 0, n);
    List<Candidate> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(disjoint.get((int) (keys[k] & INDEX_MASK)));
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
    return span(c, true);
  }

  /**
   * The span of a chosen candidate in the original text; with an empty surface form when not
   * {@code withText} (what {@code recognizeForIndex} gives: the index keeps type and canonical
   * form only, and a substring per entity is a good part of what recognition allocates).
   */
  EntitySpan span(Candidate c, boolean withText) {
    FoldedText t = tokens.text;
    int start = t.originalStart(tokens.start(c.first()) + c.skip());
    int end = t.originalEnd(tokens.end(c.last()));
    String surface = withText ? t.original.substring(start, end) : "";
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
    // A char array, not a StringBuilder (less code to compile): each original char gives at most
    // one (a space stands for whitespace before a char), and the article's alef one more.
    char[] b = scratch != null ? scratch.cleanBuffer(end - start + 1) : new char[end - start + 1];
    int n = 0;
    int f = c.first();
    if (tokens.isWord(f) && stemStartsWithArticle(f) && !formHasArticleAt(f, c.skip())) {
      b[n++] = FoldedText.ALEF;
    }
    boolean space = false;
    String original = t.original;
    for (int i = start; i < end; i++) {
      char ch = original.charAt(i);
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        space = n > 0;
      } else if (!FoldedText.isDeleted(ch)) {
        if (space) {
          b[n++] = ' ';
          space = false;
        }
        b[n++] = ch;
      }
    }
    return new String(b, 0, n);
  }
}
