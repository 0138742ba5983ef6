package org.fahras.plugins.entities;

/**
 * The words of dates, times, amounts and percentages (month and weekday names, era markers,
 * number words, currencies …), from {@code calendar-words.txt}, in one {@link PhraseTrie} whose
 * entries carry the word's class as type and its value as canonical form.
 *
 * <p>A class name ending in {@code ?} marks words that are also common words or names (مارس،
 * رمضان، صفر): they count as a date only next to a number or after «شهر».
 */
final class CalendarWords {

  // The classes of calendar-words.txt, as bits of an entry's kinds (PhraseTrie.Entry#kinds).
  static final int GREGORIAN_MONTH = 1 << 0;
  static final int HIJRI_MONTH = 1 << 1;
  static final int WEEKDAY = 1 << 2;
  static final int ERA = 1 << 3;
  static final int YEAR_WORD = 1 << 4;
  static final int CENTURY = 1 << 5;
  static final int MONTH_WORD = 1 << 6;
  static final int RELATIVE = 1 << 7;
  static final int HOUR_WORD = 1 << 8;
  static final int DAYPART = 1 << 9;
  static final int FRACTION = 1 << 10;
  static final int NUMBER = 1 << 11;
  static final int ORDINAL = 1 << 12;
  static final int SCALE = 1 << 13;
  static final int CURRENCY = 1 << 14;
  static final int CURRENCY_SIGN = 1 << 15;
  static final int PERCENT_WORD = 1 << 16;
  static final int PERCENT_JOINED = 1 << 17;
  static final int IN = 1 << 18;
  static final int OF = 1 << 19;
  static final int PRAYER = 1 << 20;

  /** The bit of a class name ending in {@code ?}: the words are also common words or names. */
  static final int AMBIGUOUS = 1 << 21;

  /** The class names of the file, in the order of their bits. */
  private static final String[] NAMES = {
    "GMONTH",
    "HMONTH",
    "WEEKDAY",
    "ERA",
    "YEAR",
    "CENTURY",
    "MONTHWORD",
    "RELATIVE",
    "HOUR",
    "DAYPART",
    "FRACTION",
    "NUMBER",
    "ORDINAL",
    "SCALE",
    "CURRENCY",
    "CURRENCYSIGN",
    "PERCENT",
    "PERCENTJOINED",
    "IN",
    "OF",
    "PRAYER"
  };

  final PhraseTrie phrases = new PhraseTrie();

  private CalendarWords() {}

  static CalendarWords load() {
    CalendarWords w = new CalendarWords();
    for (String line : Lexicon.lines("calendar-words.txt")) {
      // CLASS [VALUE] variants: the value, when present, is plain ASCII (a number, H or G).
      String[] parts = line.split("\\s+", 2);
      String cls = parts[0];
      String rest = parts[1];
      String value = "";
      int space = rest.indexOf(' ');
      if (space > 0 && rest.substring(0, space).chars().allMatch(c -> c < 0x80)) {
        value = rest.substring(0, space);
        rest = rest.substring(space + 1);
      }
      String variants = rest;
      for (String v : variants.split("\\|")) {
        if (!v.isBlank()) {
          w.phrases.add(Lexicon.words(v.strip()), new PhraseTrie.Entry(cls, value, 1));
        }
      }
    }
    return w;
  }

  /**
   * The kinds of an entry of type {@code type}: the bit of the class it names, whether as
   * {@code CLASS} or as {@code CLASS?} (then with {@link #AMBIGUOUS}); 0 for other types.
   */
  static int kinds(String type) {
    boolean ambiguous = type.endsWith("?");
    String base = ambiguous ? type.substring(0, type.length() - 1) : type;
    for (int k = 0; k < NAMES.length; k++) {
      if (NAMES[k].equals(base)) {
        return (1 << k) | (ambiguous ? AMBIGUOUS : 0);
      }
    }
    return 0;
  }

  /** Whether an entry of {@code kinds} ({@link #kinds}) is of the class {@code kind}. */
  static boolean is(int kinds, int kind) {
    return (kinds & kind) != 0;
  }

  static boolean isAmbiguous(int kinds) {
    return (kinds & AMBIGUOUS) != 0;
  }
}
