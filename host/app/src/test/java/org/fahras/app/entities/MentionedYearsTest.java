package org.fahras.app.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionedYearsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2024-03-05, 2024",
    "5 آذار 2024, 2024",
    "مارس ٢٠٢٣, 2023",
    "۱۹۹۰, 1990",
    "12/05/2024, 2024",
    "1445-09 هـ, 2024", // 1445 AH: July 2023 to July 2024, Ramadan (9) in March 2024
    "رمضان 1445 ه, 2024",
    "عام 1403 هجرية, 1983",
  })
  void readsTheGregorianYear(String date, int year) {
    assertThat(MentionedYears.year(date)).isEqualTo(year);
  }

  @Test
  void noYearWhenThereIsNoFourDigitNumberInRange() {
    assertThat(MentionedYears.year("5 آذار")).isNull();
    assertThat(MentionedYears.year("12345")).isNull();
    assertThat(MentionedYears.year("0099")).isNull();
    assertThat(MentionedYears.year(null)).isNull();
  }
}
