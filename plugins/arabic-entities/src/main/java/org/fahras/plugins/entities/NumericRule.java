package org.fahras.plugins.entities;

import static org.fahras.plugins.entities.CalendarWords.CENTURY;
import static org.fahras.plugins.entities.CalendarWords.DAYPART;
import static org.fahras.plugins.entities.CalendarWords.ERA;
import static org.fahras.plugins.entities.CalendarWords.FRACTION;
import static org.fahras.plugins.entities.CalendarWords.GREGORIAN_MONTH;
import static org.fahras.plugins.entities.CalendarWords.HIJRI_MONTH;
import static org.fahras.plugins.entities.CalendarWords.HOUR_WORD;
import static org.fahras.plugins.entities.CalendarWords.MONTH_WORD;
import static org.fahras.plugins.entities.CalendarWords.NUMBER;
import static org.fahras.plugins.entities.CalendarWords.OF;
import static org.fahras.plugins.entities.CalendarWords.ORDINAL;
import static org.fahras.plugins.entities.CalendarWords.RELATIVE;
import static org.fahras.plugins.entities.CalendarWords.WEEKDAY;
import static org.fahras.plugins.entities.CalendarWords.YEAR_WORD;

import org.fahras.api.EntityType;

/**
 * Proposes dates and times, read token by token with no backtracking over the text.
 *
 * <p>Dates: a day (digits or an ordinal: التاسع من) with a month of any series (يناير، كانون
 * الثاني، ذو الحجة …) and a year; a month with a year; a month alone when its name is no common
 * word (مارس، رمضان، صفر need a number or «شهر» before them); a weekday, with the date that
 * follows it; a year after «عام/سنة» or with an era marker (هـ، م); numeric dates (12/05/2024,
 * 2024-05-12); a century (القرن العشرين). «الماضي/المقبل» after a month or weekday belong to the
 * date. Digits of every script were folded to ASCII before.
 *
 * <p>Times: «الساعة» with digits or an hour word (الثالثة، الحادية عشرة), an optional fraction
 * (والنصف) and part of day (صباحا، عصرا); or hh:mm with a part of day. Money and percentages are
 * {@link AmountRule}'s.
 */
final class NumericRule {

  /** Marks a Hijri date's canonical form: 1445-12-15 هـ. */
  private static final String HIJRI_SUFFIX = " \u0647\u0640";

  private Analysis a;
  private Tokens t;

  void find(Analysis analysis) {
    a = analysis;
    t = analysis.tokens;
    // Only numbers and words that may start a calendar phrase start anything here.
    int[] starts = analysis.numericStarts();
    int count = analysis.numericStartCount();
    for (int x = 0; x < count; x++) {
      int i = starts[x];
      if (t.isNumber(i)) {
        atNumber(i);
      } else if (a.mayBeCalendar(i)) {
        atWord(i);
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Starting at a number

  private void atNumber(int i) {
    if (numericDate(i)) {
      return;
    }
    if (time(i, i)) {
      return;
    }
    long v = t.value(i);
    int month = i + 1;
    if (t.isWord(month) && is(month, OF)) {
      month++;
    }
    if (v >= 1 && v <= 31 && t.digits(i) <= 2 && isMonth(month)) {
      int end = monthAndYear(month);
      a.propose(i, end, 0, EntityType.DATE, Analysis.NUMERIC, iso(i, month, end));
      return;
    }
    if (t.digits(i) >= 3 && t.digits(i) <= 4 && v > 0 && isEra(i + 1, t.digits(i) == 4)) {
      int end = eraEnd(i);
      a.propose(i, end, 0, EntityType.DATE, Analysis.NUMERIC, yearNormalized(i, end));
    }
  }

  /** 12/05/2024, 2024-05-12, 12.05.2024: three numbers with the same separator, no spaces. */
  private boolean numericDate(int i) {
    // Most numbers are neither: no string is made to tell.
    if (t.has(i, '.')) {
      String[] p = t.form(i).split("\\.");
      if (p.length == 3 && isDayMonthYear(p[0], p[1], p[2])) {
        a.propose(i, eraEnd(i), 0, EntityType.DATE, Analysis.NUMERIC, null);
        return true;
      }
      return false;
    }
    if (i + 4 >= t.size() || !t.isNumber(i + 2) || !t.isNumber(i + 4)) {
      return false;
    }
    char sep = t.isPunct(i + 1) ? t.charAt(i + 1, 0) : 0;
    if ((sep != '/' && sep != '-') || !t.is(i + 3, sep)) {
      return false;
    }
    for (int k = i + 1; k <= i + 4; k++) {
      if (t.spaceBefore(k)) {
        return false;
      }
    }
    String d = t.form(i);
    String m = t.form(i + 2);
    String y = t.form(i + 4);
    if (isDayMonthYear(d, m, y) || isDayMonthYear(y, m, d)) {
      int end = eraEnd(i + 4);
      String norm = isDayMonthYear(d, m, y) ? isoOf(y, m, d) : isoOf(d, m, y);
      a.propose(i, end, 0, EntityType.DATE, Analysis.NUMERIC, norm);
      return true;
    }
    return false;
  }

  private static boolean isDayMonthYear(String d, String m, String y) {
    if (d.length() > 2 || m.length() > 2 || y.length() != 4 || !digits(d + m + y)) {
      return false;
    }
    int day = Integer.parseInt(d);
    int month = Integer.parseInt(m);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  private static boolean digits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  // ---------------------------------------------------------------------------------------
  // Starting at a word

  private void atWord(int i) {
    PhraseTrie.Match m = a.calendarAt(i);
    if (m == null) {
      return;
    }
    int cls = m.entry().kinds();
    int after = i + m.length();
    if (CalendarWords.is(cls, WEEKDAY)) {
      // «صلاة الجمعة»، «خطبة الجمعة»: the prayer, not a date.
      if (!is(i - 1, CalendarWords.PRAYER)) {
        weekday(i, after);
      }
    } else if (isMonth(i)) {
      boolean ambiguous = CalendarWords.isAmbiguous(cls);
      boolean yearFollows = isYear(after);
      boolean afterMonthWord = i > 0 && is(i - 1, MONTH_WORD);
      if (!ambiguous || yearFollows || afterMonthWord) {
        int end = monthAndYear(i);
        a.propose(i, end, a.prefix(i), EntityType.DATE, Analysis.NUMERIC, iso(-1, i, end));
      }
    } else if (CalendarWords.is(cls, YEAR_WORD)) {
      if (isYear(after) && t.digits(after) >= 3) {
        int end = eraEnd(after);
        a.propose(after, end, 0, EntityType.DATE, Analysis.NUMERIC, yearNormalized(after, end));
      }
    } else if (CalendarWords.is(cls, CENTURY)) {
      century(i, after);
    } else if (CalendarWords.is(cls, HOUR_WORD)) {
      if (t.isNumber(after)) {
        time(i, after);
      } else if (is(after, ORDINAL)) {
        int end = after + a.calendarAt(after).length() - 1;
        a.propose(i, timeTail(end), a.prefix(i), EntityType.TIME, Analysis.NUMERIC, null);
      }
    } else if (CalendarWords.is(cls, ORDINAL)) {
      int of = after;
      if (is(of, OF) && isMonth(of + 1)) {
        int end = monthAndYear(of + 1);
        String day = a.calendarAt(i).entry().canonical();
        a.propose(i, end, a.prefix(i), EntityType.DATE, Analysis.NUMERIC, iso(day, of + 1, end));
      } else if (is(after, DAYPART) && !a.boundaryBefore(after)) {
        // «الرابعة عصرا»: an hour without «الساعة».
        a.propose(i, timeTail(after - 1), a.prefix(i), EntityType.TIME, Analysis.NUMERIC, null);
      }
    }
  }

  private void weekday(int i, int after) {
    int end = after - 1;
    String normalized = null;
    int k = after;
    if (t.is(k, '\u060C') || t.is(k, ',')) {
      k++;
    }
    if (t.isNumber(k) && t.value(k) >= 1 && t.value(k) <= 31) {
      int month = is(k + 1, OF) ? k + 2 : k + 1;
      if (isMonth(month)) {
        end = monthAndYear(month);
        normalized = iso(k, month, end);
      } else if (numericDateEnd(k) > 0) {
        end = numericDateEnd(k);
      }
    } else if (is(after, RELATIVE)) {
      end = after;
    }
    a.propose(i, end, a.prefix(i), EntityType.DATE, Analysis.NUMERIC, normalized);
  }

  private int numericDateEnd(int k) {
    if (k + 4 < t.size() && t.isNumber(k + 2) && t.isNumber(k + 4)
        && (t.is(k + 1, '/') || t.is(k + 1, '-')) && !t.spaceBefore(k + 1)) {
      return k + 4;
    }
    return -1;
  }

  private void century(int i, int after) {
    int end = -1;
    if (t.isNumber(after) && t.digits(after) <= 2) {
      end = after;
    } else if (is(after, ORDINAL) || is(after, NUMBER)) {
      end = after + a.calendarAt(after).length() - 1;
    }
    if (end < 0) {
      return;
    }
    if (is(end + 1, ERA)) {
      end += a.calendarAt(end + 1).length();
    }
    a.propose(i, end, a.prefix(i), EntityType.DATE, Analysis.NUMERIC, null);
  }

  // ---------------------------------------------------------------------------------------
  // Dates: month, year, era

  private boolean isMonth(int i) {
    if (!t.isWord(i)) {
      return false;
    }
    PhraseTrie.Match m = a.calendarAt(i);
    return m != null
        && (CalendarWords.is(m.entry().kinds(), GREGORIAN_MONTH)
            || CalendarWords.is(m.entry().kinds(), HIJRI_MONTH));
  }

  /** The last token of a month phrase at {@code i} and the year, era or relative word after. */
  private int monthAndYear(int i) {
    int end = i + a.calendarAt(i).length() - 1;
    int k = end + 1;
    if (t.is(k, '/') || t.is(k, '(')) {
      // «أيار/مايو» or «آذار (مارس)»: the second month name is part of the same date.
      if (isMonth(k + 1)) {
        end = k + a.calendarAt(k + 1).length();
        k = end + 1;
        if (t.is(k, ')')) {
          end = k;
          k++;
        }
      }
    }
    if (isYear(k)) {
      return eraEnd(k);
    }
    if (is(k, RELATIVE)) {
      return k;
    }
    return end;
  }

  /** A year: a number of one to four digits (a three- or four-digit one is the usual case). */
  private boolean isYear(int i) {
    return t.isNumber(i) && t.digits(i) <= 4 && t.value(i) > 0;
  }

  /** The year token {@code i} with the era marker after it, if any. */
  private int eraEnd(int i) {
    if (isEra(i + 1, true)) {
      return i + a.calendarAt(i + 1).length();
    }
    return i;
  }

  /** A year's canonical form: its digits, followed by « هـ» when a Hijri era marker ends it. */
  private String yearNormalized(int year, int end) {
    PhraseTrie.Match m = end > year ? a.calendarAt(year + 1) : null;
    boolean hijri = m != null && "H".equals(m.entry().canonical());
    return hijri ? t.form(year) + HIJRI_SUFFIX : t.form(year);
  }

  /** An era marker (هـ، هجري، م، ميلادي …); a bare «م» only with a four-digit year. */
  private boolean isEra(int i, boolean fourDigits) {
    if (!t.isWord(i) || t.lineBefore(i)) {
      return false;
    }
    PhraseTrie.Match m = a.calendarAt(i);
    if (m == null || !CalendarWords.is(m.entry().kinds(), ERA)) {
      return false;
    }
    return fourDigits || !CalendarWords.isAmbiguous(m.entry().kinds());
  }

  /**
   * yyyy-mm-dd or yyyy-mm for a date with a year (Hijri ones followed by « هـ»), else {@code
   * null} (the surface is the canonical form).
   */
  private String iso(int day, int month, int end) {
    return iso(day < 0 ? null : t.form(day), month, end);
  }

  /** As {@link #iso(int, int, int)}, with the day's number given (from digits or an ordinal). */
  private String iso(String day, int month, int end) {
    PhraseTrie.Match m = a.calendarAt(month);
    boolean hijri = CalendarWords.is(m.entry().kinds(), HIJRI_MONTH);
    int mm = Integer.parseInt(m.entry().canonical());
    String year = null;
    for (int k = month + m.length(); k <= end; k++) {
      if (t.isNumber(k) && t.digits(k) >= 3 && t.digits(k) <= 4) {
        year = t.form(k);
      }
    }
    if (year == null) {
      return null;
    }
    String mon = (mm < 10 ? "0" : "") + mm;
    String date = day == null ? year + "-" + mon : isoOf(year, mon, day);
    return hijri ? date + HIJRI_SUFFIX : date;
  }

  private static String isoOf(String y, String m, String d) {
    return y + "-" + (m.length() == 1 ? "0" + m : m) + "-" + (d.length() == 1 ? "0" + d : d);
  }

  // ---------------------------------------------------------------------------------------
  // Times

  /** hh:mm at {@code number}, the span starting at {@code from} (الساعة or the number). */
  private boolean time(int from, int number) {
    if (t.is(number + 1, ':') && t.isNumber(number + 2) && !t.spaceBefore(number + 1)
        && !t.spaceBefore(number + 2)) {
      long h = t.value(number);
      long m = t.value(number + 2);
      if (h >= 0 && h <= 24 && t.digits(number + 2) == 2 && m >= 0 && m < 60) {
        int end = timeTail(number + 2);
        if (end > number + 2 || from < number) {
          a.propose(from, end, from < number ? a.prefix(from) : 0, EntityType.TIME,
              Analysis.NUMERIC, null);
          return true;
        }
      }
      return false;
    }
    if (from < number && t.value(number) >= 0 && t.value(number) <= 24 && t.digits(number) <= 2) {
      a.propose(from, timeTail(number), a.prefix(from), EntityType.TIME, Analysis.NUMERIC, null);
      return true;
    }
    return false;
  }

  /** The last token of a time ending at {@code end}, with a fraction and part of day after it. */
  private int timeTail(int end) {
    int k = end + 1;
    if (is(k, FRACTION)) {
      end = k + a.calendarAt(k).length() - 1;
      k = end + 1;
    }
    if (is(k, DAYPART)) {
      end = k + a.calendarAt(k).length() - 1;
    }
    return end;
  }

  /** Whether token {@code k} starts a calendar phrase of class {@code cls}. */
  private boolean is(int k, int cls) {
    return a.isCalendar(k, cls);
  }
}
