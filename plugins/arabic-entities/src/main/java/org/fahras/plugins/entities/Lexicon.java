package org.fahras.plugins.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fahras.api.EntityRecognizer.UserEntity;
import org.fahras.api.EntityType;

/**
 * The word lists the rules read: classes of single words (stop words, titles, heads of
 * organisation and place names, first names, calendar and number words …) and the gazetteer of
 * known names, all folded as the text is.
 *
 * <p>The lists are resource files in this package, written for Fahras (CC0-1.0); {@link
 * IcuNames} adds ICU's Arabic names of countries, regions and cities. A lexicon is immutable once
 * built and shared by every thread.
 */
final class Lexicon {

  // Word classes, as bits of one int per word.
  static final int STOP = 1;
  static final int COMMON = 1 << 1;
  static final int VERB = 1 << 2;
  static final int TITLE = 1 << 3;
  static final int REGNAL = 1 << 4;
  static final int ROLE = 1 << 5;
  static final int CONNECTOR = 1 << 6;
  static final int ORG_HEAD = 1 << 7;
  /** A head that may carry the article (الجيش السوداني); used for place heads too (البحر الأحمر). */
  static final int ORG_HEAD_DEFINITE = 1 << 8;
  static final int ORG_HEAD_FOREIGN = 1 << 9;
  static final int LOC_HEAD = 1 << 10;
  static final int LOC_HEAD_INSIDE = 1 << 11;
  static final int FIRST_NAME = 1 << 12;
  static final int AMBIGUOUS_NAME = 1 << 13;
  static final int FAMILY_NAME = 1 << 14;
  static final int NATIONALITY = 1 << 15;
  static final int TRAILING = 1 << 16;
  static final int ADJECTIVE = 1 << 17;
  static final int PORTFOLIO = 1 << 18;
  /** A verb of saying in the past whose subject follows it (قال، أكدت): {@link PersonRule}. */
  static final int SPEECH = 1 << 19;
  /**
   * A head that is a common noun too (حركة، مجموعة، غرفة، مركز): it names an organisation only
   * with an adjective, a known name or a longer phrase after it (not «حركة الترجمة»).
   */
  static final int ORG_HEAD_WEAK = 1 << 20;

  /**
   * Flags of what the lexicon knows of a word ({@link WordTable#info}): a gazetteer (built-in or
   * the user's) or a calendar phrase starts with it.
   */
  static final int GAZETTEER_START = 1 << 29;

  static final int CALENDAR_START = 1 << 30;
  private static final int CLASS_BITS = (1 << 21) - 1;

  /** Priorities of gazetteer entries: the user's names win over built-in ones. */
  static final int BUILT_IN = 1;

  static final int ICU = 0;

  private static final int MIN_ICU_WORD = 3;
  static final int USER = 3;

  /** Endings of a nationality adjective, folded: none, feminine ة, plurals ون ين. */
  private static final String[] NATIONALITY_ENDINGS = {
    "", String.valueOf(FoldedText.HEH), "\u0648\u0646", "\u064A\u0646"
  };

  private final Map<String, Integer> classes;
  private final PhraseTrie gazetteer;
  /** The user's names, looked up before the built-in ones. */
  private final PhraseTrie user;
  final CalendarWords calendar;
  /**
   * Every word above, ال + each of them that has classes or flags, and ولي (which {@link
   * PersonRule} looks for); looked up by char range (no substring for a known word).
   */
  final WordTable words;
  /** The gazetteers and the calendar phrases keyed by the ids of {@link #words}. */
  private final PhraseTrie.Compiled gazetteerIds;
  private final PhraseTrie.Compiled userIds;
  final PhraseTrie.Compiled calendarIds;

  private Lexicon(
      Map<String, Integer> classes, PhraseTrie gazetteer, PhraseTrie user, CalendarWords calendar) {
    this.classes = classes;
    this.gazetteer = gazetteer;
    this.user = user;
    this.calendar = calendar;
    Map<String, Integer> known = new HashMap<>(classes);
    gazetteer.collectWords(known, GAZETTEER_START);
    user.collectWords(known, GAZETTEER_START);
    calendar.phrases.collectWords(known, CALENDAR_START);
    // A word a rule compares every stem with: known (with nothing known of it, 0), it is
    // compared by id.
    known.putIfAbsent(PersonRule.WALI, 0);
    // ال + each word the lexicon knows something of (with nothing known of it, 0): a definite
    // stem missing from the table then has nothing known without its article, and the reading
    // of a word needs no second look-up (WordTable#bareInfo).
    List<String> withInfo = new ArrayList<>();
    for (Map.Entry<String, Integer> e : known.entrySet()) {
      if (e.getValue() != 0 && e.getKey().length() >= 2) {
        withInfo.add(e.getKey());
      }
    }
    for (String w : withInfo) {
      known.putIfAbsent(Clitics.ARTICLE + w, 0);
    }
    this.words = new WordTable(known);
    this.gazetteerIds = gazetteer.compile(words);
    this.userIds = user.compile(words);
    this.calendarIds = calendar.phrases.compile(words);
  }

  /** The built-in lexicon, with ICU's names when {@code withIcu}. */
  static Lexicon load(boolean withIcu) {
    Map<String, Integer> classes = new HashMap<>(8192);
    addWords(classes, "stopwords.txt", STOP);
    addWords(classes, "common-words.txt", COMMON);
    addWords(classes, "verbs.txt", VERB);
    addWords(classes, "speech-verbs.txt", VERB | SPEECH);
    addWords(classes, "trailing-words.txt", TRAILING | COMMON);
    addWords(classes, "adjectives.txt", ADJECTIVE);
    addWords(classes, "person-titles.txt", TITLE);
    addWords(classes, "regnal-titles.txt", TITLE | REGNAL);
    addWords(classes, "role-words.txt", ROLE);
    addWords(classes, "portfolios.txt", ROLE | PORTFOLIO);
    addWords(classes, "name-connectors.txt", CONNECTOR);
    addWords(classes, "first-names-male.txt", FIRST_NAME);
    addWords(classes, "first-names-female.txt", FIRST_NAME);
    addWords(classes, "first-names-foreign.txt", FIRST_NAME);
    addWords(classes, "ambiguous-names.txt", FIRST_NAME | AMBIGUOUS_NAME);
    addWords(classes, "family-names.txt", FAMILY_NAME);
    addNationalities(classes);
    // A first name that is also a common word (الان: Alan and «now», folded alike) needs
    // context, as the names of ambiguous-names.txt do.
    classes.replaceAll((w, c) -> (c & FIRST_NAME) != 0 && (c & COMMON) != 0 ? c | AMBIGUOUS_NAME : c);
    addHeads(classes, "organization-heads.txt", ORG_HEAD);
    addHeads(classes, "location-heads.txt", LOC_HEAD);
    PhraseTrie gazetteer = new PhraseTrie();
    addPhrases(gazetteer, "locations.txt", EntityType.LOCATION);
    addPhrases(gazetteer, "organizations.txt", EntityType.ORGANIZATION);
    addPhrases(gazetteer, "persons.txt", EntityType.PERSON);
    if (withIcu) {
      for (String name : IcuNames.places()) {
        List<String> words = words(name);
        // A one-word name of three letters or fewer is too often a word (ترك، نوم).
        if (words.size() > 1 || words.get(0).length() > MIN_ICU_WORD) {
          gazetteer.add(words, new PhraseTrie.Entry(EntityType.LOCATION, name, ICU));
        }
      }
    }
    return new Lexicon(classes, gazetteer, new PhraseTrie(), CalendarWords.load());
  }

  /** This lexicon with the user's names added to the gazetteer (the built-in one unchanged). */
  Lexicon withUserEntities(List<UserEntity> entries) {
    PhraseTrie user = new PhraseTrie();
    for (UserEntity e : entries) {
      String type = e.type().strip().toUpperCase(java.util.Locale.ROOT);
      String text = e.text().strip();
      if (!text.isEmpty() && !type.isEmpty()) {
        add(user, text, new PhraseTrie.Entry(type, text, USER));
      }
    }
    return new Lexicon(classes, gazetteer, user, calendar);
  }

  /** The classes in what the lexicon knows of a word (its {@link WordTable#info}). */
  static int classesOf(int info) {
    return info & CLASS_BITS;
  }

  /**
   * The classes of {@code s.substring(from, to)} (a stem without an ending), 0 when it has
   * none; no substring is made.
   */
  int classes(String s, int from, int to) {
    int id = words.id(s, from, to);
    return id < 0 ? 0 : words.info(id) & CLASS_BITS;
  }

  /**
   * The longest gazetteer name (the user's or built-in) whose first word has id {@code first}
   * in {@link #words} (-1: an unknown word, no name) followed by tokens from {@code next}.
   */
  PhraseTrie.Match lookup(int first, Tokens tokens, int next) {
    PhraseTrie.Match g = gazetteerIds.longest(first, tokens, next);
    if (user.isEmpty()) {
      return g;
    }
    PhraseTrie.Match u = userIds.longest(first, tokens, next);
    if (u == null) {
      return g;
    }
    return g == null || u.length() >= g.length() ? u : g;
  }

  /** The folded words of a phrase, split as a text is. */
  static List<String> words(String phrase) {
    Tokens t = Tokens.of(FoldedText.of(phrase));
    List<String> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      out.add(t.form(i));
    }
    return out;
  }

  private static void add(PhraseTrie trie, String phrase, PhraseTrie.Entry entry) {
    trie.add(words(phrase), entry);
  }

  private static void addWords(Map<String, Integer> classes, String resource, int bits) {
    for (String line : lines(resource)) {
      for (String variant : line.split("\\|")) {
        String w = FoldedText.fold(variant.strip());
        if (!w.isEmpty()) {
          classes.merge(w, bits, (a, b) -> a | b);
        }
      }
    }
  }

  /** Nationality adjectives with their feminine, plural and definite forms. */
  private static void addNationalities(Map<String, Integer> classes) {
    for (String line : lines("nationalities.txt")) {
      for (String variant : line.split("\\|")) {
        String w = FoldedText.fold(variant.strip());
        if (w.isEmpty() || w.indexOf(' ') >= 0) {
          continue;
        }
        for (String ending : NATIONALITY_ENDINGS) {
          classes.merge(w + ending, NATIONALITY, (a, b) -> a | b);
          classes.merge(Clitics.ARTICLE + w + ending, NATIONALITY, (a, b) -> a | b);
        }
      }
    }
  }

  /**
   * Heads: a leading {@code =} puts the head inside the entity's span (نهر النيل), {@code *} lets
   * it open a name with the article too (الجيش السوداني), {@code +} lets foreign names follow it
   * (شركة أرامكو).
   */
  private static void addHeads(Map<String, Integer> classes, String resource, int bits) {
    for (String line : lines(resource)) {
      int b = bits;
      String w = line;
      while (!w.isEmpty() && "=*+~".indexOf(w.charAt(0)) >= 0) {
        char m = w.charAt(0);
        b |= m == '=' ? LOC_HEAD_INSIDE
            : m == '*' ? ORG_HEAD_DEFINITE
            : m == '+' ? ORG_HEAD_FOREIGN
            : ORG_HEAD_WEAK;
        w = w.substring(1);
      }
      for (String variant : w.split("\\|")) {
        String f = FoldedText.fold(variant.strip());
        if (!f.isEmpty()) {
          classes.merge(f, b, (x, y) -> x | y);
        }
      }
    }
  }

  /**
   * Gazetteer lines: names separated by {@code |}; the spelling variants of one name joined by
   * {@code =}, its canonical form first.
   */
  private static void addPhrases(PhraseTrie trie, String resource, String type) {
    for (String line : lines(resource)) {
      for (String name : line.split("\\|")) {
        String[] variants = name.split("=");
        String canonical = variants[0].strip();
        for (String v : variants) {
          if (!v.isBlank()) {
            add(trie, v.strip(), new PhraseTrie.Entry(type, canonical, BUILT_IN));
          }
        }
      }
    }
  }

  /** The non-empty, non-comment lines of a resource in this package. */
  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the plugin: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return out;
  }
}
