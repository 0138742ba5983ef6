package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operator, field and range of the query language over {@link Corpus}: the query on the
 * left must find exactly the documents on the right (file names, any order; {@code -} for none).
 */
class QueryLanguageTest {

  @TempDir static Path tmp;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    Path dir = tmp.resolve("index");
    TestIndex.write(dir, TestIndex.arabic(), Corpus.DOCS);
    search = new SearchService(dir, TestIndex.arabic());
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static List<String> found(String query) throws Exception {
    SearchResult r = search.search(query, 0, 100);
    assertThat(r.total()).as("total of " + query).isEqualTo(r.hits().size());
    return r.hits().stream().map(TestIndex::name).toList();
  }

  static void check(String query, String expected) throws Exception {
    List<String> want = expected.equals("-") ? List.of() : Arrays.asList(expected.split(" "));
    assertThat(found(query)).as(query).containsExactlyInAnyOrderElementsOf(want);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "كوريا; korea.txt",
        "كُورِيَا; korea.txt", // tashkeel in the query
        "الاقليمي; korea.txt", // text has الإقليمي
        "المياه AND الخليج; gulf-water.txt",
        "المياه && الخليج; gulf-water.txt",
        "بغداد OR الشميساني; بيت-الحكمة.md عقد-إيجار.docx",
        "بغداد || الشميساني; بيت-الحكمة.md عقد-إيجار.docx",
        "الخليج NOT المستأجر; gulf-water.txt old-report.html",
        "الخليج AND NOT تقرير; gulf-water.txt عقد-إيجار.docx",
        "+الخليج -المستأجر; gulf-water.txt old-report.html",
        "+الخليج +المياه; gulf-water.txt",
        "(بغداد OR الشميساني) AND الخليج; عقد-إيجار.docx",
        "-الخليج; korea.txt note.pdf بيت-الحكمة.md", // exclusions alone: from every document
        "*; korea.txt gulf-water.txt note.pdf عقد-إيجار.docx old-report.html بيت-الحكمة.md",
        "*:*; korea.txt gulf-water.txt note.pdf عقد-إيجار.docx old-report.html بيت-الحكمة.md",
      })
  void booleanOperators(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "\"الصواريخ الباليستية\"; korea.txt",
        "\"الصَّوَارِيخ الباليستيه\"; korea.txt", // tashkeel and ة/ه inside a phrase
        "\"كوريا الباليستية\"; -",
        "\"كوريا الباليستية\"~3; korea.txt", // proximity: four words apart
        "\"كوريا الباليستية\"~1; -",
      })
  void phrasesAndProximity(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "كوري*; korea.txt",
        "كُوري*; korea.txt", // tashkeel removed from the pattern
        "أوكراني*; korea.txt", // hamza folded in the pattern: text has وأوكرانيا
        "كوري?; korea.txt",
        "الصوار*; korea.txt",
        "*ستمطار; gulf-water.txt", // leading wildcard
        "أوكرانيه~1; korea.txt", // fuzzy, normalised: ة→ه and أ→ا, one edit from اوكرانيا
        "اوكرانيه~1; korea.txt",
        "اوكرابيه~1; -", // two edits away
        "اوكرابيه~2; korea.txt",
      })
  void wildcardsAndFuzzyTermsAreNormalisedLikeIndexedText(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "title:الخليج; gulf-water.txt",
        "title:الحكمة; بيت-الحكمة.md", // title written with tashkeel
        "title:zebra; old-report.html",
        "Title:ZEBRA; old-report.html", // field names and Latin words are case-insensitive
        "title:\"بيان كوريا\"; korea.txt",
        "title:كوري*; korea.txt",
        "author:سلمى; note.pdf",
        "author:احمد; بيت-الحكمة.md", // text has أحمد
        "author:\"سلمى الحسيني\"; note.pdf",
        "body:الشميساني; عقد-إيجار.docx",
        "ملاحظة:كوريا; korea.txt", // an unknown field: both sides are searched as words
      })
  void textFields(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "path:legal; عقد-إيجار.docx old-report.html",
        "path:LEGAL; عقد-إيجار.docx old-report.html",
        "path:عقود; عقد-إيجار.docx", // an Arabic folder name
        "path:ايجار; عقد-إيجار.docx", // a word of a file name, hamza folded
        "path:old*; old-report.html",
        "path:/corpus/legal; عقد-إيجار.docx old-report.html", // everything below a folder
        "path:/corpus/legal/; عقد-إيجار.docx old-report.html",
        "path:/corpus/legal/archive/*; old-report.html",
        "path:\"/corpus/economy\"; note.pdf",
        "path:legal/archive; old-report.html", // a relative path: any folder of that name
        "folder:/corpus/history; بيت-الحكمة.md",
        "path:/corpus/leg; -", // a path is matched by whole components
        "type:pdf; note.pdf",
        "type:PDF; note.pdf",
        "type:application/pdf; note.pdf",
        "type:\"application/pdf\"; note.pdf",
        "type:html; old-report.html", // the charset parameter is ignored
        "type:text; korea.txt gulf-water.txt old-report.html بيت-الحكمة.md",
        "type:application/vnd.openxml*; عقد-إيجار.docx",
        "ext:pdf; note.pdf",
        "ext:.DOCX; عقد-إيجار.docx",
        "ext:m*; بيت-الحكمة.md",
        "lang:en; old-report.html", // the language of en-US
        "lang:en-us; old-report.html",
        "lang:EN_US; old-report.html",
        "lang:ar; korea.txt gulf-water.txt note.pdf عقد-إيجار.docx بيت-الحكمة.md",
      })
  void keywordFields(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "date:2023; korea.txt بيت-الحكمة.md",
        "date:٢٠٢٣; korea.txt بيت-الحكمة.md", // Arabic-Indic digits
        "date:2023-03; korea.txt",
        "date:2023-03-10; korea.txt",
        "date:[2020 TO 2022]; gulf-water.txt عقد-إيجار.docx", // the whole of 2022 included
        "date:[2020-01-01 TO 2022-05-04]; gulf-water.txt",
        "date:{2021 TO 2023]; عقد-إيجار.docx korea.txt بيت-الحكمة.md", // after 2021
        "date:[2021 TO 2023}; gulf-water.txt عقد-إيجار.docx", // before 2023
        "date:[* TO 2010]; old-report.html",
        "date:[2023-06 TO *]; بيت-الحكمة.md",
        "date:>=2023; korea.txt بيت-الحكمة.md",
        "date:>2022; korea.txt بيت-الحكمة.md",
        "date:<2020; note.pdf old-report.html",
        "date:<=2019-12-31; note.pdf old-report.html",
        "modified:2019; note.pdf", // the document's own modification date wins over the file's
        "created:2022; عقد-إيجار.docx",
        "mtime:2024; note.pdf", // the file's modification time
        "mtime:2019; -",
        "year:2021; gulf-water.txt",
        "date:\"2023-03-10T08:00:00Z\"; korea.txt", // an instant, quoted for its colons
        "date:[\"2023-03-10T07:00:00\" TO \"2023-03-10T09:00:00\"]; korea.txt",
      })
  void dateRanges(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "size:>1MB; note.pdf",
        "size:>=15000; gulf-water.txt note.pdf عقد-إيجار.docx",
        "size:<1KB; old-report.html",
        "size:<=3000; old-report.html korea.txt",
        "size:500; old-report.html",
        "size:[1000 TO 5000]; korea.txt بيت-الحكمة.md",
        "size:{3000 TO 20000}; بيت-الحكمة.md عقد-إيجار.docx",
        "size:[2MB TO *]; note.pdf",
        "size:[0.4kb TO 1k]; old-report.html", // 410 to 1024 bytes
      })
  void sizeRanges(String query, String expected) throws Exception {
    check(query, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "الخليج ext:docx; عقد-إيجار.docx", // a field beside words restricts them
        "كوريا ext:pdf; -",
        "المياه type:pdf; note.pdf",
        "الخليج date:<2015; old-report.html",
        "الخليج path:legal -ext:html; عقد-إيجار.docx",
        "ext:pdf OR ext:md; note.pdf بيت-الحكمة.md", // explicit OR between fields is kept
        "(ext:pdf OR ext:md) المياه; note.pdf",
        "-ext:txt -ext:pdf; عقد-إيجار.docx old-report.html بيت-الحكمة.md",
        "lang:ar size:<5000; korea.txt بيت-الحكمة.md",
      })
  void fieldsCombineWithWords(String query, String expected) throws Exception {
    check(query, expected);
  }
}
