package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's stored text, the query's match offsets in it, and index words for completion. */
class DocumentTextTest {

  static final String KOREA_PATH = "/corpus/news/" + Corpus.KOREA;

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

  static List<String> surface(String text, List<TextRange> ranges) {
    return ranges.stream().map(r -> text.substring(r.start(), r.end())).toList();
  }

  @Test
  void storedTextIsTheWholeBodyAsParsed() throws Exception {
    assertThat(search.storedText(KOREA_PATH)).startsWith("أعلنت كوريا الشمالية").endsWith("الإقليمي.");
  }

  @Test
  void storedTextOfAnUnknownPathIsNull() throws Exception {
    assertThat(search.storedText("/nowhere.txt")).isNull();
  }

  @Test
  void matchOffsetsLandOnTheSurfaceWordsWithPrefixesAndHamza() throws Exception {
    String text = search.storedText(KOREA_PATH);

    List<TextRange> hits = search.matchOffsets(SearchRequest.of("كوريا روسيا الاقليمي"), KOREA_PATH);

    assertThat(surface(text, hits)).containsExactly("كوريا", "وروسيا", "الإقليمي");
  }

  @Test
  void matchOffsetsIgnoreTashkeelInTheQuery() throws Exception {
    String text = search.storedText(KOREA_PATH);

    List<TextRange> hits = search.matchOffsets(SearchRequest.of("الصَّوَارِيخ"), KOREA_PATH);

    assertThat(surface(text, hits)).containsExactly("الصواريخ");
  }

  @Test
  void matchOffsetsOfADocumentTheQueryDoesNotMatchAreEmpty() throws Exception {
    assertThat(search.matchOffsets(SearchRequest.of("بغداد"), KOREA_PATH)).isEmpty();
    assertThat(search.matchOffsets(SearchRequest.of("كوريا"), "/nowhere.txt")).isEmpty();
  }

  @Test
  void termsStartingWithAPrefixAreNormalisedIndexWords() throws Exception {
    // الخليج is in three documents, الخ… nowhere else; the prefix is typed with a hamza-less alef
    assertThat(search.termsStartingWith("الخل", 5)).first().isEqualTo("الخليج");
    assertThat(search.termsStartingWith("أعل", 5)).contains("اعلنت");
    assertThat(search.termsStartingWith("zzzz", 5)).isEmpty();
    assertThat(search.termsStartingWith(" ", 5)).isEmpty();
  }

  @Test
  void overlappingMatchesAreMerged() {
    assertThat(MatchOffsets.merge(List.of(new TextRange(5, 9), new TextRange(0, 3), new TextRange(5, 7), new TextRange(8, 12))))
        .containsExactly(new TextRange(0, 3), new TextRange(5, 12));
  }
}
