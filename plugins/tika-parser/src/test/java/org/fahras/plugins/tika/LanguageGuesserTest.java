package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.junit.jupiter.api.Test;

/** Arabic is recognised by its letters; other languages are left to the detector. */
class LanguageGuesserTest {

  private static final String ARABIC =
      "تحتوي المكتبة على مخطوطات نادرة في الفلسفة والطب والفلك، "
          + "وقد جمعها العلماء عبر القرون في مدن كثيرة مثل بغداد والقاهرة ودمشق.";

  private static final String QURAN =
      "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢ "
          + "ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝٣ مَٰلِكِ يَوْمِ ٱلدِّينِ ۝٤";

  private static final String PERSIAN =
      "کتابخانه ملی ایران درهای خود را به روی پژوهشگران گشوده است و دانشجویان می‌توانند "
          + "نسخه‌های خطی کهن را در تالار بزرگ ببینند.";

  private static final String URDU =
      "قومی کتب خانہ نے محققین کے لیے اپنے دروازے کھول دیے ہیں اور طلبہ پرانے مخطوطات "
          + "بڑے ہال میں دیکھ سکتے ہیں۔";

  private static final String ENGLISH =
      "The national library has opened its doors to researchers, and students can now read"
          + " the old manuscripts in the great hall.";

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void arabicIsRecognisedByItsLetters() {
    assertThat(LanguageGuesser.LetterCounts.of(ARABIC).isArabic()).isTrue();
    assertThat(LanguageGuesser.LetterCounts.of(QURAN).isArabic()).isTrue();
    assertThat(guesser.guess(ARABIC)).isEqualTo("ar");
    assertThat(guesser.guess(QURAN)).isEqualTo("ar");
  }

  @Test
  void quranicSmallLettersDoNotCountAgainstArabic() {
    String text = "وَرَسُولِهِۦ وَكِتَٰبِهِۦ وَلَهُۥ مَا فِى ٱلسَّمَٰوَٰتِ وَمَا فِى ٱلْأَرْضِ ".repeat(3);
    assertThat(LanguageGuesser.LetterCounts.of(text).isArabic()).isTrue();
  }

  @Test
  void letterCheckAgreesWithTheDetectorOnArabic() {
    for (String text : new String[] {ARABIC, QURAN, ARABIC + " " + QURAN}) {
      assertThat(new OptimaizeLangDetector().loadModels().detect(text).getLanguage())
          .as(text)
          .isEqualTo("ar");
    }
  }

  @Test
  void arabicWithAForeignNameIsStillArabic() {
    String text = ARABIC.repeat(3) + " زار الوفد مدينة گرگان.";
    assertThat(guesser.guess(text)).isEqualTo("ar");
  }

  @Test
  void persianAndUrduAreLeftToTheDetector() {
    assertThat(LanguageGuesser.LetterCounts.of(PERSIAN).isArabic()).isFalse();
    assertThat(LanguageGuesser.LetterCounts.of(URDU).isArabic()).isFalse();
    assertThat(guesser.guess(PERSIAN)).isEqualTo("fa");
    assertThat(guesser.guess(URDU)).isEqualTo("ur");
  }

  @Test
  void latinTextIsLeftToTheDetector() {
    assertThat(LanguageGuesser.LetterCounts.of(ENGLISH).isArabic()).isFalse();
    assertThat(guesser.guess(ENGLISH)).isEqualTo("en");
  }

  @Test
  void mostlyEnglishTextWithSomeArabicIsNotCalledArabicByItsLetters() {
    assertThat(LanguageGuesser.LetterCounts.of(ENGLISH + " مكتبة").isArabic()).isFalse();
  }

  @Test
  void tooFewLettersGiveNoGuess() {
    assertThat(guesser.guess("مكتبة ١٢٣")).isNull();
    assertThat(guesser.guess("")).isNull();
  }

  @Test
  void onlyTheStartOfTheTextIsRead() {
    String text = ARABIC.repeat(40) + ENGLISH.repeat(200);
    assertThat(guesser.guess(text)).isEqualTo("ar");
  }
}
