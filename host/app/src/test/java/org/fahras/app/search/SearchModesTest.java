package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.TestIndex.Doc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search modes and name variants: which fields each mode searches, the provider's own term
 * queries (in words and in phrases), highlighting of the mode's field, and the message when the
 * index lacks a mode's field. The provider here is a small stand-in with all four fields (the
 * Arabic plugin is not on this module's class path; host/it runs the same modes with it).
 */
class SearchModesTest {

  @TempDir static Path tmp;
  static IndexAnalysis analysis;
  static SearchService search;

  static final List<Doc> DOCS =
      List.of(
          Doc.of("/d/active.txt", "أ", "عَلِمَ الطالبُ بالخبر صباحا"),
          Doc.of("/d/passive.txt", "ب", "عُلِمَ الخبرُ في المدينة"),
          Doc.of("/d/plain.txt", "ج", "علم الطالب بالخبر مساء"),
          Doc.of("/d/library.txt", "د", "زرنا المكتبة العامة في الصباح"),
          Doc.of("/d/book.txt", "ه", "قرأت كِتَابٌ جديدا عن البحر"),
          Doc.of("/d/thebook.txt", "و", "الكتاب على الطاولة منذ أمس"),
          Doc.of("/d/google.txt", "ز", "أعلنت شركة غوغل نتائجها"));

  @BeforeAll
  static void index() throws Exception {
    analysis = IndexAnalysis.from(List.of(new FourFields()));
    TestIndex.write(tmp.resolve("index"), analysis, DOCS);
    search = new SearchService(tmp.resolve("index"), analysis);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static SearchResult run(String query, SearchMode mode) throws Exception {
    return search.search(SearchRequest.of(query).page(0, 50).withMode(mode));
  }

  static List<String> found(String query, SearchMode mode) throws Exception {
    return run(query, mode).hits().stream().map(TestIndex::name).toList();
  }

  @Test
  void normalModeFindsEveryFormAndRanksTheExactFormFirst() throws Exception {
    assertThat(found("الكتاب", SearchMode.NORMAL)).containsExactly("thebook.txt", "book.txt");
  }

  @Test
  void exactModeDoesNotRemovePrefixes() throws Exception {
    assertThat(found("الكتاب", SearchMode.EXACT)).containsExactly("thebook.txt");
    assertThat(found("كتاب", SearchMode.EXACT)).containsExactly("book.txt");
  }

  @Test
  void exactModeHighlightsTheSurfaceWordWithItsTashkeel() throws Exception {
    SearchResult r = run("كتاب", SearchMode.EXACT);
    assertThat(r.hits().get(0).snippets()).anySatisfy(s -> assertThat(s).contains("<mark>كِتَابٌ</mark>"));
    assertThat(search.matchOffsets(SearchRequest.of("كتاب").withMode(SearchMode.EXACT), "/d/book.txt"))
        .containsExactly(new TextRange(5, 12));
  }

  @Test
  void vocalisedModeMatchesOnlyCompatibleVocalisations() throws Exception {
    assertThat(found("عَلِمَ", SearchMode.VOCALISED)).containsExactlyInAnyOrder("active.txt", "plain.txt");
    assertThat(found("عُلِمَ", SearchMode.VOCALISED)).containsExactlyInAnyOrder("passive.txt", "plain.txt");
    assertThat(found("علم", SearchMode.VOCALISED)).containsExactlyInAnyOrder("active.txt", "passive.txt", "plain.txt");
    // Normal mode ignores tashkeel altogether.
    assertThat(found("عَلِمَ", SearchMode.NORMAL)).containsExactlyInAnyOrder("active.txt", "passive.txt", "plain.txt");
  }

  @Test
  void vocalisedPhrasesUseTheProviderQueryAtEachPosition() throws Exception {
    assertThat(found("\"عَلِمَ الطالب\"", SearchMode.VOCALISED)).containsExactlyInAnyOrder("active.txt", "plain.txt");
    assertThat(found("\"عُلِمَ الطالب\"", SearchMode.VOCALISED)).containsExactly("plain.txt");
    assertThat(found("\"عَلِمَ بالخبر\"~1", SearchMode.VOCALISED)).containsExactlyInAnyOrder("active.txt", "plain.txt");
  }

  @Test
  void vocalisedModeHighlightsTheVocalisedWord() throws Exception {
    SearchResult r = run("عَلِمَ", SearchMode.VOCALISED);
    SearchHit active = r.hits().stream().filter(h -> TestIndex.name(h).equals("active.txt")).findFirst().orElseThrow();
    assertThat(active.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>عَلِمَ</mark>"));
  }

  @Test
  void rootModeReachesOtherWordsOfTheRootAfterExactAndStemmedMatches() throws Exception {
    assertThat(found("كتاب", SearchMode.ROOT)).containsExactly("book.txt", "thebook.txt", "library.txt");
    assertThat(found("كتاب", SearchMode.NORMAL)).doesNotContain("library.txt");
    SearchResult r = run("كتاب", SearchMode.ROOT);
    SearchHit library = r.hits().get(2);
    assertThat(library.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>المكتبة</mark>"));
  }

  @Test
  void nameVariantsApplyOnlyWhenAsked() throws Exception {
    assertThat(found("جوجل", SearchMode.NORMAL)).isEmpty();
    SearchResult r = search.search(SearchRequest.of("جوجل").withNameVariants(true));
    assertThat(r.hits()).extracting(TestIndex::name).containsExactly("google.txt");
    assertThat(r.hits().get(0).snippets()).anySatisfy(s -> assertThat(s).contains("<mark>غوغل</mark>"));
  }

  @Test
  void aModeWhoseFieldTheIndexLacksSaysHowToGetIt(@TempDir Path dir) throws Exception {
    IndexAnalysis twoFields = TestIndex.arabic();
    TestIndex.write(dir, twoFields, DOCS);
    try (SearchService s = new SearchService(dir, twoFields)) {
      assertThat(s.supports(SearchMode.NORMAL)).isTrue();
      assertThat(s.supports(SearchMode.EXACT)).isTrue();
      assertThat(s.supports(SearchMode.ROOT)).isFalse();
      assertThatThrownBy(() -> s.search(SearchRequest.of("كتاب").withMode(SearchMode.ROOT)))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("root field")
          .hasMessageContaining("re-index");
      assertThatThrownBy(() -> s.search(SearchRequest.of("كتاب").withMode(SearchMode.VOCALISED)))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("vocalised field");
    }
  }

  @Test
  void modeNamesParseFromTheCommandLine() {
    assertThat(SearchMode.parse("Vocalized")).isEqualTo(SearchMode.VOCALISED);
    assertThat(SearchMode.parse(" root ")).isEqualTo(SearchMode.ROOT);
    assertThatThrownBy(() -> SearchMode.parse("fuzzy")).hasMessageContaining("normal, exact, vocalised or root");
  }

  // --- a stand-in provider with all four fields ---------------------------------------------

  /** Arabic harakat, tanween, shadda and sukun. */
  static final String MARKS = "\u064B-\u0652";

  static final class FourFields implements AnalyzerProvider {
    private final Analyzer stemmed = new ArabicAnalyzer();
    private final Analyzer exact = analyzer(false, false, null);
    private final Analyzer vocalised = analyzer(true, false, null);
    private final Analyzer root = analyzer(false, true, null);
    private final Analyzer stemmedVariants = new VariantsAnalyzer(stemmed);

    @Override
    public String id() {
      return "four-fields";
    }

    @Override
    public Set<AnalysisField> fields() {
      return Set.of(AnalysisField.values());
    }

    @Override
    public Analyzer indexAnalyzer(AnalysisField field) {
      return switch (field) {
        case STEMMED -> stemmed;
        case EXACT -> exact;
        case VOCALISED -> vocalised;
        case ROOT -> root;
      };
    }

    @Override
    public Analyzer nameVariantQueryAnalyzer(AnalysisField field) {
      return field == AnalysisField.STEMMED ? stemmedVariants : null;
    }

    /** A vocalised token with marks matches the same letters with compatible marks (or none). */
    @Override
    public Query termQuery(AnalysisField field, String baseField, String token) {
      if (field != AnalysisField.VOCALISED) {
        return null;
      }
      StringBuilder re = new StringBuilder();
      int i = 0;
      while (i < token.length()) {
        char letter = token.charAt(i++);
        StringBuilder marks = new StringBuilder();
        while (i < token.length() && isMark(token.charAt(i))) {
          marks.append(token.charAt(i++));
        }
        re.append(letter);
        re.append(marks.isEmpty() ? "[" + MARKS + "]*" : "(" + marks + ")?");
      }
      return new RegexpQuery(new Term(baseField + field.suffix(), re.toString()));
    }

    static boolean isMark(char c) {
      return c >= '\u064B' && c <= '\u0652';
    }
  }

  /** StandardTokenizer, lower case; marks stripped unless kept; a tiny root table for ROOT. */
  static Analyzer analyzer(boolean keepMarks, boolean roots, Map<String, String> unused) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream t = new LowerCaseFilter(source);
        if (!keepMarks) {
          t = new ArabicNormalizationFilter(t);
        }
        if (roots) {
          t = new RootTable(t);
        }
        return new TokenStreamComponents(source, t);
      }
    };
  }

  /** Maps a few words to their root; other words are left alone. */
  static final class RootTable extends TokenFilter {
    static final Map<String, String> ROOTS =
        Map.of("كتاب", "كتب", "الكتاب", "كتب", "المكتبه", "كتب", "كاتب", "كتب");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RootTable(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String root = ROOTS.get(term.toString());
      if (root != null) {
        term.setEmpty().append(root);
      }
      return true;
    }
  }

  /** The wrapped analyzer, plus غوغل and قوقل at the position of جوجل. */
  static final class VariantsAnalyzer extends Analyzer {
    private final Analyzer inner;

    VariantsAnalyzer(Analyzer inner) {
      super(Analyzer.PER_FIELD_REUSE_STRATEGY);
      this.inner = inner;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream t = new ArabicNormalizationFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, new Variants(t));
    }
  }

  static final class Variants extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
    private State saved;

    Variants(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!pending.isEmpty()) {
        restoreState(saved);
        term.setEmpty().append(pending.poll());
        inc.setPositionIncrement(0);
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      if (term.toString().equals("جوجل")) {
        pending.add("غوغل");
        pending.add("قوقل");
        saved = captureState();
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
    }
  }
}
