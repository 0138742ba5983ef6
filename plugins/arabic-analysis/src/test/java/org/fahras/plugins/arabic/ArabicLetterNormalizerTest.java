package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The letter rules on their own, without the rest of the chain. */
class ArabicLetterNormalizerTest {

  @ParameterizedTest(name = "{2}: {0} → {1}")
  @CsvSource({
    "ٱلرحمن, الرحمن, alef wasla",
    "ٲ, ا, alef with wavy hamza above",
    "ٳ, ا, alef with wavy hamza below",
    "مسؤول, مسءول, hamza on waw",
    "مسئول, مسءول, hamza on yeh",
    "ۓ, ء, hamza on yeh barree",
    "ی, ي, Farsi yeh",
    "ې, ي, e",
    "ۍ, ي, yeh with tail",
    "ے, ي, yeh barree",
    "ک, ك, keheh",
    "ە, ه, ae",
    "ۀ, ه, heh with yeh above",
    "ھ, ه, heh doachashmee",
    "ہ, ه, heh goal",
    "الرحمٰن, الرحمن, dagger alef",
    "لِّلْمُتَّقِينَۖ, لِّلْمُتَّقِينَ, Quranic small high ligature",
    "حَكِيمٌ۝, حَكِيمٌ, end of ayah",
    "ءامنوا۟, ءامنوا, small high rounded zero",
    "يٓ, ي, maddah above",
    "ٱٔ, ا, hamza above mark",
    "ٱٕ, ا, hamza below mark",
    "محمد\u0610, محمد, honorific sign",
    "كتاب\uFE70, كتاب, isolated fathatan form",
    "\u200Bكتاب\u200C\u200D, كتاب, zero-width characters",
    "\u200E\u200F\u202Aكتاب\u202E\u2066\u2069\u2060\uFEFF\u061C, كتاب, bidi controls",
  })
  void foldsOrRemoves(String input, String expected, String rule) {
    assertThat(normalize(input)).isEqualTo(expected);
  }

  @Test
  void leavesWhatArabicNormalizerHandles() {
    // أ إ آ ة ى, harakat and tatweel are Lucene's ArabicNormalizer's job, after this class.
    assertThat(normalize("أإآةىَـ")).isEqualTo("أإآةىَـ");
  }

  @Test
  void leavesLatinAndDigitsAlone() {
    assertThat(normalize("Fahras ٢٠٢٣")).isEqualTo("Fahras ٢٠٢٣");
  }

  private static String normalize(String input) {
    char[] buffer = input.toCharArray();
    return new String(buffer, 0, ArabicLetterNormalizer.normalize(buffer, buffer.length));
  }
}
