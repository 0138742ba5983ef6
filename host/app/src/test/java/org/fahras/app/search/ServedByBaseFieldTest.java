package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.TestIndex.Doc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider whose EXACT kind is served by the base field ({@link AnalyzerProvider#indexedFields()}):
 * its index terms are {@code lower␟Original}, normal search is every term under {@code lower␟},
 * exact search the term itself. The host writes one analysed field, routes exact queries, patterns
 * and "did you mean" through the provider, and highlights on the base field in both modes.
 */
class ServedByBaseFieldTest {

  static final char SEP = '\u001F';

  @TempDir static Path tmp;
  static IndexAnalysis analysis;
  static SearchService search;

  static final List<Doc> DOCS =
      List.of(
          Doc.of("/d/upper.txt", "one", "Apple pie for everyone"),
          Doc.of("/d/lower.txt", "two", "an apple a day"),
          Doc.of("/d/shout.txt", "three", "APPLE harvest season"),
          Doc.of("/d/other.txt", "four", "Orange juice and Application forms"));

  @BeforeAll
  static void index() throws Exception {
    analysis = IndexAnalysis.from(List.of(new CaseLayout()));
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
    return run(query, mode).hits().stream().map(TestIndex::name).sorted().toList();
  }

  @Test
  void onlyTheIndexedKindsAreWritten() throws IOException {
    assertThat(analysis.fields()).containsExactlyInAnyOrder(AnalysisField.STEMMED, AnalysisField.EXACT);
    assertThat(analysis.indexedFields()).containsExactly(AnalysisField.STEMMED);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")))) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(r);
      assertThat(infos.fieldInfo("body")).isNotNull();
      assertThat(infos.fieldInfo("body_exact")).isNull();
      assertThat(infos.fieldInfo("title_exact")).isNull();
    }
  }

  @Test
  void normalModeFindsEveryFormAndExactModeOnlyTheWrittenOne() throws Exception {
    assertThat(found("apple", SearchMode.NORMAL)).containsExactly("lower.txt", "shout.txt", "upper.txt");
    assertThat(found("Apple", SearchMode.EXACT)).containsExactly("upper.txt");
    assertThat(found("APPLE", SearchMode.EXACT)).containsExactly("shout.txt");
    assertThat(found("body_exact:apple", SearchMode.NORMAL)).containsExactly("lower.txt");
  }

  @Test
  void theMarksFollowTheMode() throws Exception {
    SearchHit normal = run("apple", SearchMode.NORMAL).hits().stream()
        .filter(h -> TestIndex.name(h).equals("upper.txt")).findFirst().orElseThrow();
    assertThat(normal.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>Apple</mark>"));
    SearchRequest exact = SearchRequest.of("apple").withMode(SearchMode.EXACT);
    assertThat(search.matchOffsets(exact, "/d/lower.txt")).containsExactly(new TextRange(3, 8));
    assertThat(search.matchOffsets(exact, "/d/upper.txt")).isEmpty();
  }

  @Test
  void patternsGoThroughTheProvider() throws Exception {
    // Normal mode: the pattern on the lower-case key; exact mode: on the written form.
    assertThat(found("app*", SearchMode.NORMAL)).containsExactly("lower.txt", "other.txt", "shout.txt", "upper.txt");
    assertThat(found("App*", SearchMode.EXACT)).containsExactly("other.txt", "upper.txt");
    assertThat(found("appel~1", SearchMode.NORMAL)).containsExactly("lower.txt", "shout.txt", "upper.txt");
  }

  @Test
  void didYouMeanReadsTheProvidersWords() throws Exception {
    SearchResult r = run("Appel", SearchMode.NORMAL);
    assertThat(r.total()).isZero();
    assertThat(r.didYouMean()).isIn("Apple", "apple");
  }

  /** Index terms {@code lower␟Original}; EXACT served by the base field. */
  static final class CaseLayout implements AnalyzerProvider {
    private final Analyzer index = chain(true);
    private final Analyzer lower = chain(false);

    @Override
    public String id() {
      return "case-layout";
    }

    @Override
    public Set<AnalysisField> fields() {
      return Set.of(AnalysisField.STEMMED, AnalysisField.EXACT);
    }

    @Override
    public Set<AnalysisField> indexedFields() {
      return Set.of(AnalysisField.STEMMED);
    }

    /** The composite chain; the host asks for the indexed kind only. */
    @Override
    public Analyzer indexAnalyzer(AnalysisField field) {
      return index;
    }

    @Override
    public Analyzer queryAnalyzer(AnalysisField field) {
      return field == AnalysisField.STEMMED ? lower : index;
    }

    @Override
    public Query termQuery(AnalysisField field, String baseField, String token) {
      return field == AnalysisField.STEMMED
          ? new PrefixQuery(new Term(baseField, token + SEP), MultiTermQuery.SCORING_BOOLEAN_REWRITE)
          : new TermQuery(new Term(baseField, token));
    }

    @Override
    public Query patternQuery(AnalysisField field, String baseField, Automaton pattern) {
      Automaton any = Automata.makeAnyString();
      Automaton sep = Automata.makeChar(SEP);
      Automaton a =
          field == AnalysisField.STEMMED
              ? Operations.concatenate(List.of(pattern, sep, any))
              : Operations.concatenate(List.of(noSep(), sep, pattern));
      return new AutomatonQuery(new Term(baseField, "pattern"), Operations.determinize(a, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    @Override
    public String displayTerm(AnalysisField field, String indexTerm) {
      return indexTerm.substring(indexTerm.indexOf(SEP) + 1);
    }

    private static Automaton noSep() {
      return Operations.repeat(
          Operations.union(
              Automata.makeCharRange(0, SEP - 1), Automata.makeCharRange(SEP + 1, Character.MAX_CODE_POINT)));
    }

    private static Analyzer chain(boolean composite) {
      return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer t = new WhitespaceTokenizer();
          return new TokenStreamComponents(t, new CaseFilter(t, composite));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
          return composite ? in : new CaseFilter(in, false);
        }
      };
    }
  }

  /** {@code lower␟Original} when composite, else {@code lower}. */
  static final class CaseFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean composite;

    CaseFilter(TokenStream in, boolean composite) {
      super(in);
      this.composite = composite;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String original = term.toString();
      String lower = original.toLowerCase(Locale.ROOT);
      term.setEmpty().append(composite ? lower + SEP + original : lower);
      return true;
    }
  }
}
