package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Operations;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact layout (one field of {@code stem␟surface} terms) against the layout of separate
 * fields, on the same documents: every word of the documents, searched as a query in each kind
 * (STEMMED, EXACT, VOCALISED), finds the same documents in both; and the terms, positions and
 * offsets of the compact field are those of the stemmed field.
 */
class ArabicCompactLayoutTest {

  /** Documents with vocalised and bare words, clitics, ات plurals, Latin words and digits. */
  private static final String[] DOCS = {
    "وَكَتَبَ الطَّالِبُ كِتَابًا عَنِ المَكْتَبَاتِ فِي بَغْدَادَ",
    "كتب الطالب كتابه في المكتبة الوطنية، والكتاب جديد",
    "الجامعات العربية تعقد مؤتمرا دوليا في القاهرة عام ٢٠٢٣",
    "تُعقد الجامعة اجتماعها السنوي، وتَعقد الوزارة مؤتمرها",
    "مدرّس الرياضيات مُدَرِّسٌ قديم في مَدْرَسَةٍ للبنات",
    "أعربت الولايات المتحدة وكوريا الجنوبية عن قلقهما من الصواريخ الكورية",
    "بيونغ يانغ وبيونج يانج: Google وجوجل يكتبان الأسماء بطرق مختلفة",
    "إلى المدارس والمدرسين والمدرسات؛ سيارتي ومدينتها ولغتهم",
    "الشَّمْسُ وَضُحَاهَا وَالْقَمَرِ إِذَا تَلَاهَا",
    "Running runners ran to the library's new books in 2024",
  };

  private static ByteBuffersDirectory separateDir;
  private static ByteBuffersDirectory compactDir;
  private static DirectoryReader separate;
  private static DirectoryReader compact;
  private static final ArabicAnalyzerProvider SEPARATE = new ArabicAnalyzerProvider();
  private static final ArabicAnalyzerProvider COMPACT = new ArabicAnalyzerProvider();

  @BeforeAll
  static void index() throws IOException {
    SEPARATE.configure(Map.of(ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION, "true"));
    separateDir = new ByteBuffersDirectory();
    compactDir = new ByteBuffersDirectory();
    Map<String, Analyzer> perField =
        Map.of(
            "body_exact", SEPARATE.indexAnalyzer(AnalysisField.EXACT),
            "body_vocalised", SEPARATE.indexAnalyzer(AnalysisField.VOCALISED));
    Analyzer separateAnalyzer =
        new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
            SEPARATE.indexAnalyzer(AnalysisField.STEMMED), perField);
    try (IndexWriter s = new IndexWriter(separateDir, new IndexWriterConfig(separateAnalyzer));
        IndexWriter c =
            new IndexWriter(compactDir, new IndexWriterConfig(COMPACT.indexAnalyzer(AnalysisField.STEMMED)))) {
      for (int i = 0; i < DOCS.length; i++) {
        Document sd = new Document();
        sd.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        sd.add(new TextField("body", DOCS[i], Field.Store.NO));
        sd.add(new TextField("body_exact", DOCS[i], Field.Store.NO));
        sd.add(new TextField("body_vocalised", DOCS[i], Field.Store.NO));
        s.addDocument(sd);
        Document cd = new Document();
        cd.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        cd.add(new TextField("body", DOCS[i], Field.Store.NO));
        c.addDocument(cd);
      }
    }
    separate = DirectoryReader.open(separateDir);
    compact = DirectoryReader.open(compactDir);
  }

  @AfterAll
  static void close() throws IOException {
    separate.close();
    compact.close();
    separateDir.close();
    compactDir.close();
  }

  @Test
  void theDefaultIsTheCompactLayoutWithOneIndexedField() {
    assertThat(COMPACT.indexedFields()).containsExactly(AnalysisField.STEMMED);
    assertThat(COMPACT.fields())
        .containsExactlyInAnyOrder(AnalysisField.STEMMED, AnalysisField.EXACT, AnalysisField.VOCALISED);
    assertThat(SEPARATE.indexedFields()).isEqualTo(SEPARATE.fields());
    assertThat(COMPACT.analysisVersion()).isNotEqualTo(SEPARATE.analysisVersion());
  }

  @Test
  void eachTermCarriesTheStemAndTheVocalisedSurface() throws IOException {
    List<String> terms = tokens(COMPACT.indexAnalyzer(AnalysisField.STEMMED), "وَالكِتَابُ الجامعات");
    // جامعات has two readings (جامعة or جامع): the second stem follows with no surface.
    assertThat(terms).containsExactly(c("كتاب␟وَالكِتَابُ"), c("جامعه␟الجامعات"), c("جامع␟"));
  }

  @Test
  void positionsAndOffsetsAreThoseOfTheStemmedField() throws IOException {
    for (String doc : DOCS) {
      List<String> stemmed = layout(SEPARATE.indexAnalyzer(AnalysisField.STEMMED), doc, false);
      List<String> joined = layout(COMPACT.indexAnalyzer(AnalysisField.STEMMED), doc, true);
      assertThat(joined).as(doc).isEqualTo(stemmed);
    }
  }

  @Test
  void everyWordFindsTheSameDocumentsInBothLayouts() throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (String doc : DOCS) {
      for (String w : doc.split("[\\s،؛:,.']+")) {
        if (!w.isBlank()) {
          words.add(w);
        }
      }
    }
    // Bare and differently vocalised spellings of some of those words, too.
    words.addAll(List.of("كتب", "كَتَبَ", "كُتُب", "كتاب", "مكتبات", "تعقد", "تَعقد", "مدرس", "مُدَرِّس", "القمر"));
    int compared = 0;
    for (String w : words) {
      for (AnalysisField kind : List.of(AnalysisField.STEMMED, AnalysisField.EXACT, AnalysisField.VOCALISED)) {
        Query before = separateQuery(kind, w);
        Query after = compactQuery(kind, w);
        if (before == null || after == null) {
          assertThat(after).as("%s in %s: stop word in one layout only", w, kind).isNull();
          continue;
        }
        Set<String> found = ids(compact, after);
        assertThat(found).as("%s in %s", w, kind).isEqualTo(ids(separate, before));
        if (!found.isEmpty()) {
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(150);
  }

  @Test
  void aStemQueryScoresAllFormsAsOneWord() throws IOException {
    Query q = compactQuery(AnalysisField.STEMMED, "الكتاب");
    Query rewritten = new IndexSearcher(compact).rewrite(q);
    assertThat(rewritten).isInstanceOf(SynonymQuery.class);
    assertThat(((SynonymQuery) rewritten).getTerms())
        .extracting(t -> t.text())
        // كتابه (كتابه or كتاب with its pronoun) as its second stem, without surface.
        .contains(c("كتاب␟كِتَابًا"), c("كتاب␟"), c("كتاب␟والكتاب"));
  }

  @Test
  void patternsMatchStemsOrSurfaces() throws IOException {
    // Stems starting with مدرس: مدرس, مدرسه (مدرسة, مدرسات) and the surfaces under them.
    Query stems =
        COMPACT.patternQuery(
            AnalysisField.STEMMED, "body", Operations.concatenate(Automata.makeString("مدرس"), Automata.makeAnyString()));
    assertThat(ids(compact, stems)).containsExactly("4", "7");
    // Surfaces ending in ات, diacritics in the document ignored: المَكْتَبَاتِ, الجامعات, الرياضيات, …
    Query surfaces =
        COMPACT.patternQuery(
            AnalysisField.EXACT, "body", Operations.concatenate(Automata.makeAnyString(), Automata.makeString("ات")));
    assertThat(ids(compact, surfaces)).containsExactly("0", "2", "4", "5", "7");
    assertThat(COMPACT.patternQuery(AnalysisField.ROOT, "body", Automata.makeString("x"))).isNull();
    assertThat(SEPARATE.patternQuery(AnalysisField.EXACT, "body", Automata.makeString("x"))).isNull();
  }

  @Test
  void aTermReadsAsItsSurfaceWithoutDiacritics() {
    assertThat(COMPACT.displayTerm(AnalysisField.EXACT, c("كتاب␟والكِتَابُ"))).isEqualTo("والكتاب");
    assertThat(COMPACT.displayTerm(AnalysisField.STEMMED, c("جامع␟"))).isEqualTo("جامع");
    assertThat(SEPARATE.displayTerm(AnalysisField.EXACT, "كتاب")).isEqualTo("كتاب");
  }

  /** The separate layout: term queries on the kind's own field, a word's tokens any of them. */
  private static Query separateQuery(AnalysisField kind, String word) throws IOException {
    String field = "body" + kind.suffix();
    List<String> tokens = tokens(SEPARATE.queryAnalyzer(kind), word);
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : tokens) {
      Query q = SEPARATE.termQuery(kind, "body", t);
      any.add(q != null ? q : new TermQuery(new Term(field, t)), Occur.SHOULD);
    }
    return any.build();
  }

  /** The compact layout: the provider's queries on the base field. */
  private static Query compactQuery(AnalysisField kind, String word) throws IOException {
    List<String> tokens = tokens(COMPACT.queryAnalyzer(kind), word);
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : tokens) {
      Query q = COMPACT.termQuery(kind, "body", t);
      assertThat(q).as("query for %s token %s", kind, t).isNotNull();
      any.add(q, Occur.SHOULD);
    }
    return any.build();
  }

  private static Set<String> ids(DirectoryReader reader, Query q) throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc d : s.search(q, 100).scoreDocs) {
      ids.add(s.storedFields().document(d.doc).get("id"));
    }
    return ids;
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** A composite term written with ␟ (U+241F) for the separator. */
  private static String c(String readable) {
    return readable.replace('␟', ArabicCompositeAnalyzer.SEPARATOR);
  }

  /** Each token as stem, position increment and offsets; the surface cut off composite terms. */
  private static List<String> layout(Analyzer a, String text, boolean composite) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (composite) {
          t = t.substring(0, t.indexOf(ArabicCompositeAnalyzer.SEPARATOR));
        }
        out.add(t + "/" + inc.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
