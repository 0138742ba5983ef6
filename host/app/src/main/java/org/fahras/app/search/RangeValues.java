package org.fahras.app.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.app.index.FieldValues;

/**
 * Reads the values of the numeric fields: dates ({@code 2023}, {@code 2023-05}, {@code
 * 2023-05-17}, {@code 2023-05-17T10:00:00Z}) and sizes ({@code 50000}, {@code 1.5MB}, {@code
 * 10k}), each as the inclusive span of epoch milliseconds or bytes it names, and turns
 * comparisons ({@code >=2023}, {@code <1MB}) and ranges into inclusive bounds.
 *
 * <p>A date names a period: {@code 2023} is the whole year, so {@code >2023} starts in 2024 and
 * {@code [2020 TO 2023]} ends on the last day of 2023. Dates are UTC. Sizes use binary units (1
 * KB = 1024 bytes).
 */
final class RangeValues {

  /** The kind of value a numeric field takes. */
  enum Kind {
    DATE,
    SIZE
  }

  private static final Pattern COMPARISON = Pattern.compile("^(>=|<=|>|<|=)?\\s*(.+)$");
  private static final Pattern SIZE =
      Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?$", Pattern.CASE_INSENSITIVE);

  private RangeValues() {}

  /** The inclusive bounds {@code [min, max]} of a value with an optional comparison operator. */
  static long[] comparison(Kind kind, String field, String text) throws QueryValueException {
    Matcher m = COMPARISON.matcher(text.strip());
    if (!m.matches()) {
      throw invalid(kind, field, text);
    }
    String op = m.group(1) == null ? "=" : m.group(1);
    long[] span = span(kind, field, m.group(2));
    return switch (op) {
      case ">=" -> new long[] {span[0], Long.MAX_VALUE};
      case ">" -> new long[] {span[1] + 1, Long.MAX_VALUE};
      case "<=" -> new long[] {Long.MIN_VALUE, span[1]};
      case "<" -> new long[] {Long.MIN_VALUE, span[0] - 1};
      default -> span;
    };
  }

  /**
   * The inclusive bounds of a range {@code [from TO to]}; a null end is open.
   *
   * @param fromInclusive false for <code>{from</code>: the range starts after the whole period
   */
  static long[] range(
      Kind kind, String field, String from, String to, boolean fromInclusive, boolean toInclusive)
      throws QueryValueException {
    long min = Long.MIN_VALUE;
    long max = Long.MAX_VALUE;
    if (from != null && !from.equals("*")) {
      long[] span = span(kind, field, from);
      min = fromInclusive ? span[0] : span[1] + 1;
    }
    if (to != null && !to.equals("*")) {
      long[] span = span(kind, field, to);
      max = toInclusive ? span[1] : span[0] - 1;
    }
    return new long[] {min, max};
  }

  /** The span a single value names. */
  static long[] span(Kind kind, String field, String value) throws QueryValueException {
    String v = FieldValues.keyword(value); // folds Arabic-Indic digits
    return kind == Kind.DATE ? dateSpan(field, v) : sizeSpan(field, v);
  }

  private static long[] dateSpan(String field, String v) throws QueryValueException {
    try {
      if (v.matches("\\d{4}")) {
        LocalDate start = LocalDate.of(Integer.parseInt(v), 1, 1);
        return between(start, start.plusYears(1));
      }
      if (v.matches("\\d{4}-\\d{1,2}")) {
        String[] p = v.split("-");
        LocalDate start = YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])).atDay(1);
        return between(start, start.plusMonths(1));
      }
      if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] p = v.split("-");
        LocalDate start = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        return between(start, start.plusDays(1));
      }
      String upper = v.toUpperCase(Locale.ROOT);
      long t;
      try {
        t = OffsetDateTime.parse(upper).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        t = LocalDateTime.parse(upper).toInstant(FieldValues.ZONE).toEpochMilli();
      }
      return new long[] {t, t};
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw invalid(Kind.DATE, field, v);
    }
  }

  private static long[] between(LocalDate start, LocalDate end) {
    long from = start.atStartOfDay(FieldValues.ZONE).toInstant().toEpochMilli();
    long to = end.atStartOfDay(FieldValues.ZONE).toInstant().toEpochMilli() - 1;
    return new long[] {from, to};
  }

  private static long[] sizeSpan(String field, String v) throws QueryValueException {
    Matcher m = SIZE.matcher(v.strip());
    if (!m.matches()) {
      throw invalid(Kind.SIZE, field, v);
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit) + 1;
    double bytes = Double.parseDouble(m.group(1)) * Math.pow(1024, power);
    if (bytes > Long.MAX_VALUE / 2) {
      throw invalid(Kind.SIZE, field, v);
    }
    long n = (long) Math.ceil(bytes);
    return new long[] {n, n};
  }

  private static QueryValueException invalid(Kind kind, String field, String value) {
    String expected =
        kind == Kind.DATE
            ? "a date like 2023, 2023-05 or 2023-05-17, e.g. " + field + ":>=2023 or " + field
                + ":[2020 TO 2023-06]"
            : "a size in bytes or with KB, MB or GB, e.g. " + field + ":>1MB or " + field
                + ":[1000 TO 50000]";
    return new QueryValueException("cannot read '" + value + "' in " + field + ": it takes " + expected);
  }
}
