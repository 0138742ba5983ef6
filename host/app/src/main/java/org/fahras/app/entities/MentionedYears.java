package org.fahras.app.entities;

/**
 * The Gregorian year a mentioned date falls in, read from a recogniser's normalised form of a
 * date: the first run of four digits (any script) between 500 and 2300, taken as a Hijri year
 * when the text marks it so (هـ، ه، هجري، AH) and converted to the Gregorian year it mostly
 * overlaps. Used for the "year mentioned" facet and the GUI's timeline.
 */
public final class MentionedYears {

  private MentionedYears() {}

  /** The Gregorian year, or null when the text names none. */
  public static Integer year(String normalizedDate) {
    if (normalizedDate == null) {
      return null;
    }
    String s = normalizedDate;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (digit(s.charAt(i)) < 0 || (i > 0 && digit(s.charAt(i - 1)) >= 0)) {
        continue;
      }
      int j = i;
      int value = 0;
      while (j < n && digit(s.charAt(j)) >= 0) {
        value = value * 10 + digit(s.charAt(j));
        j++;
        if (j - i > 4) {
          break;
        }
      }
      if (j - i != 4 || (j < n && digit(s.charAt(j)) >= 0)) {
        continue;
      }
      if (hijri(s)) {
        // A Hijri year is 354-355 days: year H begins in Gregorian year ≈ 622 + 0.970229 (H − 1).
        return value >= 1 && value <= 1600 ? (int) Math.round(621.5643 + 0.970229 * value) : null;
      }
      return value >= 500 && value <= 2300 ? value : null;
    }
    return null;
  }

  /** The value of a decimal digit in ASCII, Arabic-Indic or Eastern Arabic-Indic, else -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return c - '\u0660';
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return c - '\u06F0';
    }
    return -1;
  }

  /** A digit, then ه alone (an abbreviation of هجري): {@code 1445 ه}. */
  private static final java.util.regex.Pattern HEH_AFTER_DIGIT =
      java.util.regex.Pattern.compile("(?s).*[0-9\u0660-\u0669\u06F0-\u06F9]\\s*ه(\\s.*|$)");

  private static final java.util.regex.Pattern AH = java.util.regex.Pattern.compile("(?s).*\\bAH\\b.*");

  private static boolean hijri(String s) {
    // Patterns compiled once: this runs for every date of every indexed file.
    return s.contains("هـ")
        || s.contains("هجري")
        || s.contains("هجرية")
        || HEH_AFTER_DIGIT.matcher(s).matches()
        || AH.matcher(s).matches();
  }
}
