package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.fahras.app.search.RangeValues.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeValuesTest {

  static long t(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @ParameterizedTest(name = "{0} spans {1} … {2}")
  @CsvSource({
    "2023, 2023-01-01T00:00:00Z, 2023-12-31T23:59:59.999Z",
    "2024-02, 2024-02-01T00:00:00Z, 2024-02-29T23:59:59.999Z",
    "2023-5-7, 2023-05-07T00:00:00Z, 2023-05-07T23:59:59.999Z",
    "٢٠٢٣-٠٥-٠٧, 2023-05-07T00:00:00Z, 2023-05-07T23:59:59.999Z",
    "2023-05-07T10:15:00Z, 2023-05-07T10:15:00Z, 2023-05-07T10:15:00Z",
  })
  void aDateNamesAPeriod(String value, String from, String to) throws Exception {
    assertThat(RangeValues.span(Kind.DATE, "date", value)).containsExactly(t(from), t(to));
  }

  @ParameterizedTest(name = "{0} = {1} bytes")
  @CsvSource({"500, 500", "10k, 10240", "1KB, 1024", "1.5MB, 1572864", "2 GB, 2147483648", "3KiB, 3072"})
  void sizesUseBinaryUnits(String value, long bytes) throws Exception {
    assertThat(RangeValues.span(Kind.SIZE, "size", value)).containsExactly(bytes, bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    ">=2023, 2023-01-01T00:00:00Z, ",
    ">2023, 2024-01-01T00:00:00Z, ",
    "<2023, , 2022-12-31T23:59:59.999Z",
    "<=2023, , 2023-12-31T23:59:59.999Z",
  })
  void comparisonsTakeTheWholePeriodIntoAccount(String value, String min, String max) throws Exception {
    long[] b = RangeValues.comparison(Kind.DATE, "date", value);
    assertThat(b[0]).isEqualTo(min == null ? Long.MIN_VALUE : t(min));
    assertThat(b[1]).isEqualTo(max == null ? Long.MAX_VALUE : t(max));
  }

  @ParameterizedTest
  @CsvSource({"DATE, 2023-13", "DATE, yesterday", "SIZE, big", "SIZE, -5", "SIZE, 99999999999TB"})
  void unreadableValuesAreRejected(Kind kind, String value) {
    assertThatThrownBy(() -> RangeValues.span(kind, "f", value))
        .isInstanceOf(QueryValueException.class)
        .hasMessageContaining("cannot read");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "path:/a/b/*; path:\\/a\\/b\\/*",
        "كوريا folder:/a/b; كوريا folder:\\/a\\/b",
        "(type:application/pdf OR x); (type:application\\/pdf OR x)",
        "path:\\/already; path:\\/already",
        "path:\"/quoted\"; path:\"/quoted\"",
        "a/b title:x/y; a/b title:x/y",
      })
  void slashesInPathAndTypeValuesAreEscapedBeforeParsing(String query, String escaped) {
    assertThat(QueryBuilder.escapeSlashes(query)).isEqualTo(escaped);
  }
}
