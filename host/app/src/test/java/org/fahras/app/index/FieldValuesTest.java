package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldValuesTest {

  @ParameterizedTest
  @CsvSource({"مِلَفّات, ملفات", "Reports, reports", "إيجار, ايجار", "مكتبة, مكتبه", "٢٠٢٣, 2023"})
  void keywordsAreLowerCaseWithArabicLettersNormalised(String value, String term) {
    assertThat(FieldValues.keyword(value)).isEqualTo(term);
  }

  @Test
  void pathTermsAreComponentsAndTheirWords() {
    assertThat(FieldValues.pathTerms("/home/x/sample-corpus/عقود/عقد-إيجار.docx!/word/doc.xml"))
        .contains("home", "sample-corpus", "sample", "corpus", "عقود", "عقد-ايجار.docx", "عقد", "ايجار", "docx", "word", "xml");
  }

  @Test
  void typeKeysAreTheMediaTypeAndItsParts() {
    assertThat(FieldValues.typeKeys("Text/HTML; charset=UTF-8")).containsExactly("text/html", "text", "html");
  }

  @Test
  void languageKeysAreTheTagAndItsLanguage() {
    assertThat(FieldValues.languageKeys("en_US")).containsExactly("en-us", "en");
    assertThat(FieldValues.languageKeys("ar")).containsExactly("ar");
  }

  @Test
  void theDocumentDateFallsBackFromModifiedToCreatedToTheFile() {
    Instant m = Instant.parse("2020-01-01T00:00:00Z");
    Instant c = Instant.parse("2019-01-01T00:00:00Z");
    assertThat(FieldValues.documentDate(m, c, 5)).isEqualTo(m.toEpochMilli());
    assertThat(FieldValues.documentDate(null, c, 5)).isEqualTo(c.toEpochMilli());
    assertThat(FieldValues.documentDate(null, null, 5)).isEqualTo(5);
  }

  @Test
  void theFolderPathStartsAtTheRootAndNamesItBack() {
    String[] path = FieldValues.folderPath("/home/x/عقود/a.docx");

    assertThat(path).containsExactly("/", "home", "x", "عقود");
    assertThat(FieldValues.folderName(List.of(path))).isEqualTo("/home/x/عقود");
    assertThat(FieldValues.folderPath("a.txt")).isEmpty();
  }

  @Test
  void nameSortKeysFollowArabicAlphabeticalOrder() {
    List<String> names = new java.util.ArrayList<>(List.of("Zebra", "مدينة", "مَدرسة", "أحمد", "ابراهيم", "باب"));
    names.sort((a, b) -> FieldValues.nameSortKey(a).compareTo(FieldValues.nameSortKey(b)));

    assertThat(names).containsExactly("ابراهيم", "أحمد", "باب", "مَدرسة", "مدينة", "Zebra");
  }

  @Test
  void pathTermsAndFolderPathsMadeOncePerFolderAreWhatEachPathGives() {
    // One thread, files of a folder in a row, then others: the remembered folder never leaks.
    List<String> paths = List.of(
        "/home/x/عقود/عقد-إيجار.docx", "/home/x/عقود/b.txt", "/home/x/عقود/a.zip!/in/c.txt",
        "/home/x/عقود/a.zip!/in/d.txt", "/home/y/عقود/b.txt", "/b.txt", "b.txt", "/home/x/عقود/b.txt",
        "C:\\Users\\x\\ملفات\\a.txt", "C:\\Users\\x\\ملفات\\b.txt", "/home/x/1/", "/home/x/1/b");
    for (int round = 0; round < 2; round++) {
      for (String p : paths) {
        assertThat(FieldValues.pathTerms(p)).as(p).isEqualTo(FieldValues.componentTerms(p));
        assertThat(FieldValues.folderPath(p)).as(p).isEqualTo(FieldValues.parentComponents(p));
      }
    }
    String[] first = FieldValues.folderPath("/home/x/a.txt");
    first[0] = "changed";
    assertThat(FieldValues.folderPath("/home/x/b.txt")).containsExactly("/", "home", "x");
  }
}
