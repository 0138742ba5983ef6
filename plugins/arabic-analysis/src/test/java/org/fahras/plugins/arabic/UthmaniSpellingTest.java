package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words of the Qur'an in its Uthmani orthography are found by today's spelling, and the words both
 * orthographies write alike get no variant.
 */
class UthmaniSpellingTest {

  private static final ArabicAnalyzerProvider PROVIDER = new ArabicAnalyzerProvider();
  private static final Analyzer QUERY = PROVIDER.queryAnalyzer(AnalysisField.STEMMED);
  private static final Analyzer INDEX = PROVIDER.indexAnalyzer(AnalysisField.STEMMED);

  @ParameterizedTest
  @CsvSource({
    "ٱلْعَٰلَمِينَ, العالمين",
    "ٱلْكِتَٰبُ, الكتاب",
    "ٱلسَّمَٰوَٰتِ, السماوات",
    "ٱلصَّلَوٰةَ, الصلاة",
    "ٱلزَّكَوٰةَ, الزكاة",
    "ٱلْحَيَوٰةِ, الحياة",
    "إِبْرَٰهِـۧمَ, إبراهيم",
    "ٱلنَّبِيِّـۧنَ, النبيين",
    "لِإِيلَٰفِ, لإيلاف",
    "سُلَيْمَٰنَ, سليمان",
    "ءَامَنُوا۟, آمنوا",
    "ٱلْقُرْءَانُ, القرآن"
  })
  void todaysSpellingOfAnUthmaniWord(String uthmani, String today) {
    StringBuilder out = new StringBuilder();
    assertThat(UthmaniSpellingFilter.todaysSpelling(uthmani.toCharArray(), uthmani.length(), out)).isTrue();
    assertThat(letters(out)).isEqualTo(today);
    // A search in today's spelling finds the word, and the verse pasted into the box finds today's.
    assertThat(AnalyzedTerms.meet(QUERY, today, uthmani)).as("%s meets %s", today, uthmani).isTrue();
    assertThat(AnalyzedTerms.meet(QUERY, uthmani, today)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"عَلَىٰ", "مُوسَىٰ", "فِيهِۦ", "لَهُۥ", "هَٰذَا", "ذَٰلِكَ", "كَذَٰلِكَ", "وَلَٰكِنَّ", "أُو۟لَٰٓئِكَ", "بِسْمِ", "جُزْءًا"})
  void wordsWrittenAlikeTodayGetNoVariant(String word) {
    assertThat(UthmaniSpellingFilter.todaysSpelling(word.toCharArray(), word.length(), new StringBuilder())).isFalse();
  }

  @Test
  void aQuotedVerseIsFoundByAPhraseInTodaysSpelling() {
    assertThat(AnalyzedTerms.meet(QUERY, "الحمد لله رب العالمين", "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ")).isTrue();
    assertThat(AnalyzedTerms.meet(QUERY, "وأقيموا الصلاة وآتوا الزكاة", "وَأَقِيمُوا۟ ٱلصَّلَوٰةَ وَءَاتُوا۟ ٱلزَّكَوٰةَ")).isTrue();
  }

  @Test
  void theIndexHoldsTodaysStemAtTheWordsPositionWithItsOffsets() {
    String verse = "رَبِّ ٱلْعَٰلَمِينَ";
    List<Set<String>> positions = AnalyzedTerms.positions(INDEX, verse, true);
    assertThat(positions).hasSize(2);
    String todaysStem = AnalyzedTerms.of(QUERY, "العالمين").get(0);
    assertThat(positions.get(1)).anyMatch(t -> t.startsWith(todaysStem + ArabicCompositeAnalyzer.SEPARATOR));
    // The Uthmani word itself is still there, as folding reads it.
    String foldedStem = AnalyzedTerms.of(QUERY, "العلمين").get(0);
    assertThat(positions.get(1)).anyMatch(t -> t.startsWith(foldedStem + ArabicCompositeAnalyzer.SEPARATOR));
  }

  @Test
  void aDemonstrativeWithTheDaggerAlefStaysAStopWord() {
    assertThat(AnalyzedTerms.positions(INDEX, "هَٰذَا ٱلْكِتَٰبُ", false)).hasSize(1);
    assertThat(AnalyzedTerms.positions(INDEX, "هذا الكتاب", false)).hasSize(1);
  }

  @Test
  void wordsWrittenAlikeInBothOrthographiesGetNoVariantWithOrWithoutClitics() {
    // The demonstratives and لكن, alone, after one or two one-letter clitics: no variant.
    for (String w : List.of("هَٰذَا", "ذَٰلِكَ", "وَلَٰكِنَّ", "فَذَٰلِكُمْ", "وَلِذَٰلِكَ", "أُو۟لَٰٓئِكَ", "وَهَٰٓؤُلَاءِ")) {
      assertThat(UthmaniSpellingFilter.todaysSpelling(w.toCharArray(), w.length(), new StringBuilder()))
          .as(w).isFalse();
    }
    // The same letters inside a longer word, three clitics, or another word: a variant.
    for (String w : List.of("ٱلْكِتَٰبُ", "ٱلسَّمَٰوَٰتِ", "إِبْرَٰهِـۧمَ", "ٱلْعَٰلَمِينَ", "فَبِلِذَٰلِكَ", "وَلِلْمُسْتَضْعَفَٰتِ")) {
      assertThat(UthmaniSpellingFilter.todaysSpelling(w.toCharArray(), w.length(), new StringBuilder()))
          .as(w).isTrue();
    }
  }

  private static String letters(CharSequence s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u0621' && c <= '\u064A' && c != '\u0640') || c == '\u0671') {
        b.append(c == '\u0671' ? 'ا' : c);
      }
    }
    return b.toString();
  }
}
