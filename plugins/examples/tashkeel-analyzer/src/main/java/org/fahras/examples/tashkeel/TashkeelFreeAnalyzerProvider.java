package org.fahras.examples.tashkeel;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.pf4j.Extension;

/**
 * Words lower-cased and without tashkeel or tatweel, nothing more: an example {@link
 * AnalyzerProvider}, built on lucene-core alone (which the host provides).
 */
// begin-snippet: analyzer-provider
@Extension
public class TashkeelFreeAnalyzerProvider implements AnalyzerProvider {

  /** One analyzer for every field and thread: Lucene analyzers keep a token stream per thread. */
  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer(); // built with new, never by SPI name
          return new TokenStreamComponents(source, new TashkeelFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
          return new TashkeelFilter(new LowerCaseFilter(in)); // for wildcard and fuzzy terms
        }
      };

  @Override
  public String id() {
    return "tashkeel-free";
  }

  @Override
  public String analysisVersion() {
    return "1"; // change it when the terms change: the host then re-indexes every file
  }

  @Override
  public Set<AnalysisField> fields() {
    return Set.of(AnalysisField.STEMMED); // the one required field
  }

  @Override
  public Analyzer indexAnalyzer(AnalysisField field) {
    return ANALYZER;
  }
}
// end-snippet
