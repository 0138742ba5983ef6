package org.fahras.plugins.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fahras.api.AnalysisField;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the compact layout's index chain give what the plain steps give: the composite
 * terms are the stemmed field's terms joined to the VOCALISED field's, words that need ICU's
 * normaliser included (more of them than {@code SurfaceCaptureFilter} remembers), words emptied
 * by folding are dropped with their positions carried (also at the end), and {@link
 * ArabicStopFilter} removes what {@link StopFilter} removes.
 */
class CompositeIndexChainTest {

  private static final ArabicAnalyzerProvider COMPACT = new ArabicAnalyzerProvider();
  private static final ArabicAnalyzerProvider SEPARATE = new ArabicAnalyzerProvider();

  static {
    SEPARATE.configure(Map.of(ArabicAnalyzerProvider.SEPARATE_FIELDS_OPTION, "true"));
  }

  private static final String CONSONANTS = "بثجحخدذرزسشصضطظعغفق";

  @Test
  void wordsWithMaddahOrHamzaMarksAreTheVocalisedFieldsWordsAfterManyOfThem() throws IOException {
    // Each word has a mark ICU composes with the letter before it (ا + ◌ٓ → آ, ا + ◌ٔ → أ,
    // و + ◌ٔ → ؤ): 3 × 19³ distinct words, more than the filter keeps folded, each twice.
    StringBuilder text = new StringBuilder();
    String[] marked = {"َا\u0653", "َا\u0654", "ُو\u0654"};
    for (int pass = 0; pass < 2; pass++) {
      for (String m : marked) {
        for (char a : CONSONANTS.toCharArray()) {
          for (char b : CONSONANTS.toCharArray()) {
            for (char c : CONSONANTS.toCharArray()) {
              text.append(a).append(m).append(b).append('ِ').append(c).append(' ');
            }
          }
        }
      }
    }
    assertCompositeIsStemmedJoinedToVocalised(text.toString());
  }

  @Test
  void wordsEmptiedByFoldingKeepTheirPositions() throws IOException {
    String text = "ـــ كِتَابٌ ـ ً المدرسة، ـــ وَالْقَلَمُ ـ ــ";
    assertCompositeIsStemmedJoinedToVocalised(text);
    assertThat(layout(COMPACT.indexAnalyzer(AnalysisField.STEMMED), text, true))
        .isEqualTo(layout(SEPARATE.indexAnalyzer(AnalysisField.STEMMED), text, false));
  }

  @Test
  void theStopFilterRemovesWhatLucenesStopFilterRemoves() throws IOException {
    CharArraySet stopWords = ArabicSearchAnalyzer.defaultStopWords();
    boolean[] shapes = ArabicStopFilter.shapes(stopWords);
    StringBuilder text = new StringBuilder();
    for (Object word : stopWords) {
      String w = new String((char[]) word);
      // The word, and words of the same length and ends or one letter more or less.
      text.append(w).append(' ').append('ب').append(w).append(' ').append(w).append('ه').append(' ');
      text.append(w, 0, w.length() - 1).append(' ');
      if (w.length() > 2) {
        text.append(w.charAt(0)).append('ث').append(w, 2, w.length()).append(' ');
      }
    }
    text.append("a ab abc ").append("الكتاب والمدرسة في من على");
    List<String> ours = filtered(new ArabicStopFilter(whitespace(text), stopWords, shapes));
    List<String> lucene = filtered(new StopFilter(whitespace(text), stopWords));
    assertThat(ours).isEqualTo(lucene);
    assertThat(ours.size()).isLessThan(text.toString().split(" ").length);
  }

  /** The composite terms against stem + separator + VOCALISED term (second stems: no surface). */
  private static void assertCompositeIsStemmedJoinedToVocalised(String text) throws IOException {
    List<String[]> stemmed = tokens(SEPARATE.indexAnalyzer(AnalysisField.STEMMED), text);
    List<String[]> vocalised = tokens(SEPARATE.indexAnalyzer(AnalysisField.VOCALISED), text);
    List<String> expected = new ArrayList<>();
    int v = 0;
    for (String[] s : stemmed) {
      boolean second = s[1].equals("0");
      expected.add(s[0] + ArabicCompositeAnalyzer.SEPARATOR + (second ? "" : vocalised.get(v++)[0]));
    }
    assertThat(v).isEqualTo(vocalised.size());
    List<String> actual = new ArrayList<>();
    for (String[] t : tokens(COMPACT.indexAnalyzer(AnalysisField.STEMMED), text)) {
      actual.add(t[0]);
    }
    assertThat(actual).hasSizeGreaterThan(0).isEqualTo(expected);
  }

  private static Tokenizer whitespace(CharSequence text) {
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new StringReader(text.toString()));
    return t;
  }

  private static List<String> filtered(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term + "/" + inc.getPositionIncrement());
    }
    ts.end();
    out.add("end/" + inc.getPositionIncrement());
    ts.close();
    return out;
  }

  /** Each token's term and position increment. */
  private static List<String[]> tokens(Analyzer a, String text) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new String[] {term.toString(), Integer.toString(inc.getPositionIncrement())});
      }
      ts.end();
    }
    return out;
  }

  /** Stems, position increments and offsets, and the final increment and offset after end(). */
  private static List<String> layout(Analyzer a, String text, boolean composite)
      throws IOException {
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
      out.add("end/" + inc.getPositionIncrement() + "/" + off.endOffset());
    }
    return out;
  }
}
