package org.fahras.plugins.entities;

import org.fahras.api.EntityType;

/**
 * Proposes persons' names: after a title or role (الرئيس، وزيرة الخارجية الأردنية، المتحدث باسم
 * …), and wherever a known first name opens a name.
 *
 * <p>After a title the rule skips what qualifies it (the article-words of its complement, role
 * words, organisation heads, known places and nationalities: «وكيلة وزارة الخارجية الأمريكية
 * لشؤون الحد من الأسلحة») and reads the name that follows. A name is a chain of words: first
 * names, connectors (بن، بنت، أبو، أم، عبد، آل) with the word they bind, unknown words (foreign
 * names), and family names with the article when they are known or nisbas (السوداني). It stops
 * at a boundary, a word with a conjunction, a stop word, a verb, a common word, another title
 * or any word the lexicon files under another class. A first name that is also a common word
 * (أمل، نور، سعيد) opens a name only after a title or when another name part follows.
 */
final class PersonRule {

  /** Words a name never contains. */
  private static final int NOT_NAME =
      Lexicon.STOP
          | Lexicon.COMMON
          | Lexicon.VERB
          | Lexicon.TITLE
          | Lexicon.ROLE
          | Lexicon.ORG_HEAD
          | Lexicon.LOC_HEAD
          | Lexicon.NATIONALITY;

  /** The classes of the words where {@link #find} may start a name (besides ولي). */
  private static final int OPENS =
      Lexicon.TITLE | Lexicon.FIRST_NAME | Lexicon.CONNECTOR | Lexicon.SPEECH;

  /** The most words of a speaker's name after a verb of saying ({@link #speaker}). */
  private static final int MAX_SPEAKER = 3;

  /**
   * What follows a speaker's name after a verb of saying, folded: the complement (إن، أن، بأن
   * and their pronoun forms) or a preposition or time word opening an adverbial (في، خلال، أمام،
   * عن، من، إلى، على، لدى، يوم، أمس …). A word with ل (لصحيفة، للصحفيين) counts too.
   */
  private static final java.util.Set<String> AFTER_SPEAKER =
      java.util.Set.of(
          "\u0627\u0646", // إن، أن
          "\u0627\u0646\u0647", // إنه، أنه
          "\u0627\u0646\u0647\u0627", // إنها، أنها
          "\u0627\u0646\u0647\u0645", // إنهم، أنهم
          "\u0627\u0646\u0646\u0627", // إننا
          "\u0628\u0627\u0646", // بأن
          "\u0628\u0627\u0646\u0647", // بأنه
          "\u0628\u0627\u0646\u0647\u0627", // بأنها
          "\u0641\u064A", // في
          "\u062E\u0644\u0627\u0644", // خلال
          "\u0627\u0645\u0627\u0645", // أمام
          "\u0639\u0646", // عن
          "\u0645\u0646", // من
          "\u0627\u0644\u064A", // إلى
          "\u0639\u0644\u064A", // على
          "\u0644\u062F\u064A", // لدى
          "\u064A\u0648\u0645", // يوم
          "\u0627\u0645\u0633", // أمس
          "\u0627\u0644\u064A\u0648\u0645", // اليوم
          "\u0645\u0633\u0627\u0621", // مساء
          "\u0635\u0628\u0627\u062D", // صباح
          "\u0639\u0642\u0628", // عقب
          "\u0628\u0639\u062F", // بعد
          "\u0627\u062B\u0646\u0627\u0621", // أثناء
          "\u0639\u0628\u0631"); // عبر

  /** Punctuation that may follow a speaker's name: comma, colon, full stop, quotes. */
  private static final String PUNCT_AFTER_SPEAKER = "\u060C,:.\u00AB\"";

  /** How far after a title its name may start. */
  private static final int MAX_SKIP = 10;

  /** The most words in a name (connectors included). */
  private static final int MAX_NAME = 6;

  // Letters and words, folded.
  private static final char YEH = FoldedText.YEH;
  private static final char NOON = '\u0646';
  private static final char SEEN = '\u0633';
  private static final char TEH = '\u062A';
  private static final String WALAD = "\u0648\u0644\u062F"; // ولد
  /** In the lexicon's words ({@link Lexicon#words}): a stem is ولي when its id is. */
  static final String WALI = "\u0648\u0644\u064A"; // ولي
  private static final String AHD = "\u0627\u0644\u0639\u0647\u062F"; // العهد

  // Endings, folded.
  private static final String PLURAL_MASCULINE = "\u064A\u0646"; // ـين
  private static final String PLURAL_NOMINATIVE = "\u0648\u0646"; // ـون
  private static final String PLURAL_FEMININE = "\u0627\u062A"; // ـات
  /** ـية (أهمية، حرية): an abstract noun, not a name opening after a title. */
  private static final String ABSTRACT_ENDING = "\u064A\u0647";
  /** Accusative ـا, duals ـين ـان, plurals ـات ـون. */
  private static final String[] INFLECTIONS = {
    "\u0627", PLURAL_MASCULINE, "\u0627\u0646", PLURAL_FEMININE, PLURAL_NOMINATIVE
  };
  /** Possessive suffixes ـته ـها ـهم ـهما ـكم. */
  private static final String[] PRONOUN_SUFFIXES = {
    "\u062A\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0643\u0645"
  };

  /** The id of ولي in the lexicon's words ({@link #find}). */
  private int wali = -1;

  void find(Analysis a) {
    // A stem's id is that of its chars in the lexicon, which knows ولي: ids are compared.
    wali = a.lexicon.words.id(WALI);
    for (int i = 0; i < a.size(); i++) {
      // Only a title (or ولي), a first name or a connector opens a name: the rest at once.
      if ((a.classes(i) & OPENS) == 0 && !isWali(a, i)) {
        continue;
      }
      if (a.is(i, Lexicon.SPEECH)) {
        speaker(a, i);
        continue;
      }
      if (isTitle(a, i) && !a.is(i - 1, Lexicon.CONNECTOR)) {
        int j = skipQualifiers(a, i + 1);
        // A family name with the article (الأسد) right after the title or a nationality only:
        // elsewhere it is an adjective of the qualifier (للمجهود الحربي).
        if (j >= 0 && a.isDefinite(j) && !a.is(j - 1, Lexicon.TITLE | Lexicon.NATIONALITY)) {
          j = -1;
        }
        if (j >= 0) {
          int end = knownEnd(a, j, nameRun(a, j, true, a.is(i, Lexicon.REGNAL)));
          if (end >= j) {
            a.propose(j, end, a.prefix(j), EntityType.PERSON, Analysis.RULE + 1, null);
          }
        }
      } else if (opensName(a, i)) {
        int end = knownEnd(a, i, nameRun(a, i, false, false));
        if (end >= i && (end > i || !a.is(i, Lexicon.AMBIGUOUS_NAME | Lexicon.CONNECTOR))) {
          if (!a.is(i, Lexicon.AMBIGUOUS_NAME) || isStrongSecond(a, i, end)) {
            a.propose(i, end, a.prefix(i), EntityType.PERSON, Analysis.RULE, null);
          }
        }
      }
    }
  }

  /**
   * The end of a name run from {@code j} to {@code end}, cut after a known person's name that
   * starts it when only unlisted words follow that name (هوغو تشافيز أمم → هوغو تشافيز): the
   * list knows where the name ends.
   */
  private static int knownEnd(Analysis a, int j, int end) {
    if (end <= j || !a.stemStartsGazetteer(j)) {
      return end;
    }
    PhraseTrie.Match m = a.lexicon.lookup(a.stemId(j), a.tokens, j + 1);
    if (m == null || !EntityType.PERSON.equals(m.entry().type())) {
      return end;
    }
    int known = j + m.length() - 1;
    if (known >= end) {
      return end;
    }
    for (int k = known + 1; k <= end; k++) {
      if (a.tokens.isWord(k) && !a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME | Lexicon.CONNECTOR)) {
        return known;
      }
    }
    return end;
  }

  /**
   * A speaker named after a verb of saying (وقال بلير إن، وقالت كوندوليزا رايس في): one to
   * {@value #MAX_SPEAKER} words right after the verb that the lexicon knows nothing of (or knows
   * as first and family names), shaped like a name ({@link #speakerWord}), followed at once by a
   * complement, a preposition or a comma ({@link #AFTER_SPEAKER}). The subject of such a verb is
   * otherwise a common noun (مصدر، شهود، مسؤولون، دراسة: common-words.txt), a title or a known
   * name, which other rules handle.
   */
  private static void speaker(Analysis a, int i) {
    int j = i + 1;
    if (j >= a.size() || !a.tokens.isWord(j) || a.boundaryBefore(j)) {
      return;
    }
    int end = -1;
    for (int k = j; k < a.size() && k < j + MAX_SPEAKER; k++) {
      if (!a.tokens.isWord(k) || (k > j && a.boundaryBefore(k))) {
        break;
      }
      // علي is also على (folded alike): it opens a speaker's name only before another part.
      boolean ali = k == j && a.is(k, Lexicon.FIRST_NAME) && a.is(k, Lexicon.STOP)
          && !a.is(k, Lexicon.VERB | Lexicon.TITLE | Lexicon.COMMON)
          && k + 1 < a.size() && a.tokens.isWord(k + 1) && !a.boundaryBefore(k + 1)
          && speakerWord(a, k + 1, false);
      if (!ali && !speakerWord(a, k, k == j)) {
        break;
      }
      end = k;
    }
    if (end == j && a.is(j, Lexicon.STOP)) {
      return;
    }
    if (end < 0 || !endsSpeakerName(a, end) || !afterSpeaker(a, end + 1)) {
      return;
    }
    // One word alone must not be a first name that is also a common word (قال سعيد إن).
    if (end == j && a.is(j, Lexicon.AMBIGUOUS_NAME)) {
      return;
    }
    a.propose(j, end, 0, EntityType.PERSON, Analysis.RULE, null);
  }

  /**
   * Whether word {@code k} may be part of a speaker's name (see {@link #speaker}); after its
   * {@code first} word a name part may look like a verb (نجاد، ستيغليتز): what follows the name
   * is checked anyway.
   */
  private static boolean speakerWord(Analysis a, int k, boolean first) {
    // What the look-ups told first (most words after قال are particles or known words), then
    // what reads the word's chars.
    if (a.prefix(k) > 0) {
      return false;
    }
    boolean listed = a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME);
    if (listed
        ? a.is(k, Lexicon.STOP | Lexicon.VERB | Lexicon.TITLE | Lexicon.COMMON)
        : a.classes(k) != 0 || a.isDefinite(k)) {
      return false;
    }
    if (!arabicOrListed(a, k) || a.hasTanween(k) || a.isVocalised(k)
        || (a.stemStartsGazetteer(k) && placeAt(a, k) != null)) {
      return false;
    }
    if (listed) {
      return true;
    }
    if (a.calendarAt(k) != null) {
      return false;
    }
    int length = a.stemLength(k);
    return length >= 3
        && !a.stemEndsWith(k, String.valueOf(FoldedText.HEH))
        && !a.stemEndsWith(k, PLURAL_MASCULINE)
        && !a.stemEndsWith(k, PLURAL_NOMINATIVE)
        && !a.stemEndsWith(k, PLURAL_FEMININE)
        && !(first && looksLikeVerb(a, k))
        && !hasPronounSuffix(a, k)
        && !isAccusativeOfKnownWord(a, k);
  }

  /**
   * Whether the speaker's name may end with word {@code k}: not with the accusative alef of an
   * adverb (قال سابقا، مؤخرا) unless it is a listed name.
   */
  private static boolean endsSpeakerName(Analysis a, int k) {
    if (a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME)) {
      return true;
    }
    return !a.stemEndsWith(k, "\u0627");
  }

  /** Whether token {@code k} may follow a speaker's name ({@link #AFTER_SPEAKER}). */
  private static boolean afterSpeaker(Analysis a, int k) {
    if (k >= a.size()) {
      return false;
    }
    if (a.tokens.isPunct(k)) {
      return PUNCT_AFTER_SPEAKER.indexOf(a.tokens.charAt(k, 0)) >= 0;
    }
    if (!a.tokens.isWord(k) || a.boundaryBefore(k)) {
      return false;
    }
    if (a.prefix(k) > 0 && a.tokens.charAt(k, 0) == Clitics.LAM) {
      return true;
    }
    return AFTER_SPEAKER.contains(a.stem(k)) || AFTER_SPEAKER.contains(a.tokens.form(k));
  }

  /**
   * A title: a word of the title lists, or «ولي» before «العهد» (alone, ولي is a guardian, and
   * «والله ولي التوفيق» names nobody).
   */
  private boolean isTitle(Analysis a, int i) {
    return a.is(i, Lexicon.TITLE) || (isWali(a, i) && a.stemEquals(i + 1, AHD));
  }

  /** Whether token {@code i} is a word whose reading is ولي. */
  private boolean isWali(Analysis a, int i) {
    // Every lexicon knows ولي; were it missing (-1), the chars would be compared.
    return wali >= 0 ? a.stemId(i) == wali : a.stemEquals(i, WALI);
  }

  /** Whether word {@code i} may open a name without a title before it. */
  private static boolean opensName(Analysis a, int i) {
    if (a.is(i, Lexicon.FIRST_NAME)) {
      // A first name that is also a known place (واشنطن) opens a name only before a name part.
      if (a.stemStartsGazetteer(i) && placeAt(a, i) != null
          && !(a.tokens.isWord(i + 1) && !a.boundaryBefore(i + 1) && isStrongSecond(a, i, i + 1))) {
        return false;
      }
      return !a.is(i, Lexicon.STOP | Lexicon.VERB);
    }
    // عبد + الله / الرحمن …, أبو + a first name (أبو القاسم).
    if (a.is(i, Lexicon.CONNECTOR) && a.tokens.isWord(i + 1) && !a.boundaryBefore(i + 1)) {
      return a.is(i + 1, Lexicon.FIRST_NAME) || a.bareIs(i + 1, Lexicon.FIRST_NAME);
    }
    return false;
  }

  /** After an ambiguous first name, the next part must itself look like a name. */
  private static boolean isStrongSecond(Analysis a, int i, int end) {
    int j = i + 1;
    if (j > end) {
      return false;
    }
    return a.is(j, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME | Lexicon.CONNECTOR)
        || isNisba(a, j)
        || a.bareIs(j, Lexicon.FIRST_NAME);
  }

  /**
   * The first token after a title's qualifiers, or -1 when what follows is no name (a verb, a
   * particle, the end of the sentence).
   */
  private static int skipQualifiers(Analysis a, int from) {
    int j = from;
    int limit = Math.min(a.size(), from + MAX_SKIP);
    while (j < limit) {
      if (a.boundaryBefore(j) || !a.tokens.isWord(j)) {
        return -1;
      }
      PhraseTrie.Match place = placeAt(a, j);
      if (place != null) {
        j += place.length();
      } else if (a.isDefinite(j) && !a.is(j, Lexicon.STOP | Lexicon.VERB)
          && !isNameWithArticle(a, j)) {
        j++;
      } else if (a.is(j, Lexicon.ROLE | Lexicon.TITLE | Lexicon.ORG_HEAD | Lexicon.NATIONALITY)
          && !a.is(j, Lexicon.FIRST_NAME)) {
        j++;
      } else if (a.is(j, Lexicon.STOP) && isLinkInQualifier(a, j)) {
        j++;
      } else {
        return j;
      }
    }
    return -1;
  }

  /** من، في، عن … inside a qualifier, when an article-word follows: «الحد من الأسلحة». */
  private static boolean isLinkInQualifier(Analysis a, int j) {
    return a.stemLength(j) <= 3 && j > 0 && a.isDefinite(j - 1) && a.isDefinite(j + 1)
        && !a.boundaryBefore(j + 1);
  }

  /** A known place or organisation name (not a person's) starting at token j. */
  private static PhraseTrie.Match placeAt(Analysis a, int j) {
    if (!a.stemStartsGazetteer(j)) {
      return null;
    }
    PhraseTrie.Match m = a.lexicon.lookup(a.stemId(j), a.tokens, j + 1);
    return m == null || EntityType.PERSON.equals(m.entry().type()) ? null : m;
  }

  /** A definite word that is a name: a family name or ال + first name (الحسن، الزهراء). */
  private static boolean isNameWithArticle(Analysis a, int j) {
    return a.is(j, Lexicon.FAMILY_NAME)
        || (a.isDefinite(j)
            && a.bareIs(j, Lexicon.FIRST_NAME)
            && !a.is(j, Lexicon.COMMON | Lexicon.NATIONALITY | Lexicon.ROLE));
  }

  /** A family name of the nisba pattern: the article, at least three letters, a final yeh. */
  private static boolean isNisba(Analysis a, int j) {
    return a.isDefinite(j)
        && a.stemLength(j) >= 6
        && a.stemCharAt(j, a.stemLength(j) - 1) == YEH
        && !a.is(j, Lexicon.STOP | Lexicon.COMMON | Lexicon.VERB | Lexicon.ROLE);
  }

  /**
   * The last token of the name starting at {@code j}, or -1 when no name starts there.
   *
   * @param afterTitle a title stands before: unknown words may open the name
   * @param regnal the title is a monarch's: a regnal number may close it (الثاني)
   */
  private static int nameRun(Analysis a, int j, boolean afterTitle, boolean regnal) {
    if (!canOpen(a, j, afterTitle)) {
      return -1;
    }
    int end = j;
    int k = j + 1;
    boolean pendingConnector = a.is(j, Lexicon.CONNECTOR);
    boolean afterArticleWord = false;
    int words = 1;
    while (k < a.size() && words < MAX_NAME) {
      if (a.isJoiningHyphen(k) && a.tokens.isWord(k + 1)) {
        end = k + 1;
        k += 2;
        continue;
      }
      if (!a.tokens.isWord(k) || a.boundaryBefore(k) || a.hasConjunction(k) || a.prefix(k) > 0
          || startsWithUnknownWaw(a, k)) {
        break;
      }
      if (pendingConnector) {
        // The word a connector binds: عبد الله، بن سلمان، آل مكتوم، أبو القاسم.
        if (a.is(k, Lexicon.STOP | Lexicon.VERB | Lexicon.TITLE) && !a.is(k, Lexicon.FIRST_NAME)) {
          break;
        }
        pendingConnector = a.is(k, Lexicon.CONNECTOR);
      } else if (a.is(k, Lexicon.CONNECTOR) || isWalad(a, k)) {
        pendingConnector = true;
      } else if (regnal && isRegnalNumber(a, k)) {
        end = k;
        break;
      } else if (!continuesName(a, k)
          && !(k == j + 1 && isUnknownFamilyName(a, j, k, afterTitle))) {
        break;
      } else if (afterArticleWord && !a.isDefinite(k)
          && !a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME)) {
        // A name ends with its family name: «الصباح مقاليد الحكم».
        break;
      }
      afterArticleWord |= a.isDefinite(k) && !pendingConnector;
      if (!pendingConnector) {
        end = k;
      }
      k++;
      words++;
    }
    return end;
  }

  private static boolean canOpen(Analysis a, int j, boolean afterTitle) {
    if (!a.tokens.isWord(j) || !arabicOrListed(a, j)) {
      return false;
    }
    if (a.is(j, Lexicon.FIRST_NAME)) {
      // علي is also على (folded alike): after a title, with a second name part only.
      return !a.is(j, Lexicon.STOP | Lexicon.VERB)
          || (afterTitle && !a.boundaryBefore(j + 1) && isStrongSecond(a, j, j + 1));
    }
    if (a.is(j, Lexicon.CONNECTOR)) {
      return a.tokens.isWord(j + 1) && !a.boundaryBefore(j + 1) && !a.is(j + 1, NOT_NAME);
    }
    if (!afterTitle || a.is(j, NOT_NAME) || a.calendarAt(j) != null) {
      return false;
    }
    if (a.isDefinite(j)) {
      return isNameWithArticle(a, j);
    }
    int length = a.stemLength(j);
    boolean abstractNoun = length >= 4 && a.stemEndsWith(j, ABSTRACT_ENDING);
    return length >= 2
        && !abstractNoun
        && !a.hasTanween(j)
        && !a.hasConjunction(j)
        && !looksLikeVerb(a, j)
        && !isAccusativeOfKnownWord(a, j);
  }

  /** «ولد» between two names (محمد ولد الغزواني): a Mauritanian «son of», elsewhere «was born». */
  private static boolean isWalad(Analysis a, int k) {
    return a.tokens.formEquals(k, WALAD)
        && a.tokens.isWord(k + 1)
        && !a.boundaryBefore(k + 1)
        && !a.is(k + 1, NOT_NAME)
        && a.calendarAt(k + 1) == null;
  }

  /** ونظيره: an unknown word after a name that starts with و is read as «and …». */
  private static boolean startsWithUnknownWaw(Analysis a, int k) {
    return a.tokens.length(k) >= 4
        && a.tokens.charAt(k, 0) == Clitics.WAW
        && !a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME);
  }

  /**
   * Whether a word is written in Arabic letters, or is a listed first or family name: Latin words
   * after an Arabic title (مسؤول in the lease) are English text, not a name.
   */
  private static boolean arabicOrListed(Analysis a, int k) {
    int length = a.tokens.length(k);
    for (int i = 0; i < length; i++) {
      char c = a.tokens.charAt(k, i);
      if (c >= '\u0620' && c <= '\u06FF') {
        return true;
      }
    }
    return a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME);
  }

  /** Whether word {@code k} may continue a name. */
  private static boolean continuesName(Analysis a, int k) {
    if (!arabicOrListed(a, k)) {
      return false;
    }
    if (a.stemStartsGazetteer(k) && placeAt(a, k) != null) {
      return false;
    }
    if (a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME)) {
      return !a.is(k, Lexicon.STOP | Lexicon.VERB | Lexicon.TITLE);
    }
    if (a.is(k, NOT_NAME) || a.calendarAt(k) != null) {
      return false;
    }
    if (a.isDefinite(k)) {
      return isNameWithArticle(a, k) || isNisba(a, k);
    }
    return !looksLikeVerb(a, k) && !hasPronounSuffix(a, k) && !isAccusativeOfKnownWord(a, k);
  }

  /**
   * مؤتمرا، هدفين، قرارات: a known common word or verb with the accusative alef, a dual or a
   * plural ending is no name part.
   */
  private static boolean isAccusativeOfKnownWord(Analysis a, int k) {
    int length = a.stemLength(k);
    if (length < 4 || a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME)) {
      return false;
    }
    for (String ending : INFLECTIONS) {
      if (a.stemEndsWith(k, ending)
          && length - ending.length() >= 2
          && (a.lexicon.classes(a.stem(k), 0, length - ending.length()) & NOT_NAME) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * An unknown family name with the article right after a first name or a name after a title
   * (نيفين القباج، بشر الخصاونة): not a plural
   * (ـين، ـون، ـات), not an adjective, not a known word of another class.
   */
  private static boolean isUnknownFamilyName(Analysis a, int first, int k, boolean afterTitle) {
    if (!a.isDefinite(k) || a.classes(k) != 0 || a.calendarAt(k) != null
        || !(afterTitle || a.is(first, Lexicon.FIRST_NAME))
        || a.stemStartsGazetteer(k)) {
      return false;
    }
    return !(a.stemEndsWith(k, PLURAL_MASCULINE) || a.stemEndsWith(k, PLURAL_NOMINATIVE)
        || a.stemEndsWith(k, PLURAL_FEMININE) || OrganizationRule.isAdjective(a, k));
  }

  /** روايته، حكومتها، زيارتهم: a noun with a possessive suffix is no name. */
  private static boolean hasPronounSuffix(Analysis a, int k) {
    if (a.stemLength(k) < 5 || a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME)) {
      return false;
    }
    for (String suffix : PRONOUN_SUFFIXES) {
      if (a.stemEndsWith(k, suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An unknown word in the shape of an imperfect verb (يقول، نعمل، سيعقد): a yeh or noon prefix,
   * or the future سـ before one, on a word of four letters or more. Names that start so are in
   * the first-name lists.
   */
  private static boolean looksLikeVerb(Analysis a, int k) {
    int length = a.stemLength(k);
    if (a.is(k, Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME) || length < 4) {
      return false;
    }
    char c = a.stemCharAt(k, 0);
    if (c == YEH || c == NOON) {
      return true;
    }
    // The future prefix: سيعقد، ستبدأ، سنعمل.
    char d = a.stemCharAt(k, 1);
    return c == SEEN && length >= 5 && (d == YEH || d == TEH || d == NOON);
  }

  private static boolean isRegnalNumber(Analysis a, int k) {
    PhraseTrie.Match m = a.calendarAt(k);
    return m != null && m.length() == 1 && CalendarWords.is(m.entry().kinds(), CalendarWords.ORDINAL);
  }
}
