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

  static final String GREGORIAN_MONTH = "GMONTH";
  static final String HIJRI_MONTH = "HMONTH";
  static final String WEEKDAY = "WEEKDAY";
  static final String ERA = "ERA";
  static final String YEAR_WORD = "YEAR";
  static final String CENTURY = "CENTURY";
  static final String MONTH_WORD = "MONTHWORD";
  static final String RELATIVE = "RELATIVE";
  static final String HOUR_WORD = "HOUR";
  static final String DAYPART = "DAYPART";
  static final String FRACTION = "FRACTION";
  static final String NUMBER = "NUMBER";
  static final String ORDINAL = "ORDINAL";
  static final String SCALE = "SCALE";
  static final String CURRENCY = "CURRENCY";
  static final String CURRENCY_SIGN = "CURRENCYSIGN";
  static final String PERCENT_WORD = "PERCENT";
  static final String PERCENT_JOINED = "PERCENTJOINED";
  static final String IN = "IN";
  static final String OF = "OF";
  static final String PRAYER = "PRAYER";

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

  /** The calendar phrase starting at token {@code i} (its first word being {@code first}). */
  PhraseTrie.Match at(String first, Tokens tokens, int i) {
    return phrases.longest(first, tokens, i + 1);
  }

  /** Whether {@code cls} is {@code base} or its ambiguous form {@code base?}. */
  static boolean is(String cls, String base) {
    return cls.startsWith(base)
        && (cls.length() == base.length()
            || (cls.length() == base.length() + 1 && cls.charAt(base.length()) == '?'));
  }

  static boolean isAmbiguous(String cls) {
    return cls.endsWith("?");
  }
}
