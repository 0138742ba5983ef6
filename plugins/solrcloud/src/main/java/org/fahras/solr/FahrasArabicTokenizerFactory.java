package org.fahras.solr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.fahras.api.AnalysisField;
import org.fahras.api.PluginOption;
import org.fahras.plugins.arabic.ArabicAnalyzerProvider;

/**
 * Fahras' Arabic analysis inside Solr: the whole chain of the Arabic analysis plugin (char
 * filter, tokenizer, folding, stop words, light stemming, composite {@code stem U+001F surface}
 * terms) as one Solr tokenizer. The analyzers are those of {@link ArabicAnalyzerProvider},
 * configured with the same options the desktop's settings store, so the Solr index holds exactly
 * the terms, positions and offsets of the local index.
 *
 * <pre>{@code
 * <fieldType name="fahras_text" class="solr.TextField">
 *   <analyzer type="index">
 *     <tokenizer class="org.fahras.solr.FahrasArabicTokenizerFactory" chain="index" analysisVersion="7"/>
 *   </analyzer>
 *   <analyzer type="query">
 *     <tokenizer class="org.fahras.solr.FahrasArabicTokenizerFactory" chain="query" analysisVersion="7"/>
 *   </analyzer>
 * </fieldType>
 * }</pre>
 *
 * <p>Arguments:
 *
 * <ul>
 *   <li>{@code chain}: {@code index} ({@code indexAnalyzer(STEMMED)}: in the compact layout, the
 *       composite terms) or {@code query} ({@code queryAnalyzer(STEMMED)}: the stems alone);
 *   <li>{@code kind}: {@code stemmed} (the default: the STEMMED kind, which serves STEMMED,
 *       EXACT and VOCALISED matching in the compact layout) or {@code root} (the ROOT kind, for
 *       the {@code *_root} copies; needs {@code rootField="true"});
 *   <li>{@code analysisVersion}: optional; when given, the provider's {@code analysisVersion()}
 *       with these options must be equal, so a configset never meets a jar of another analysis;
 *   <li>every other argument is an option of the Arabic analysis plugin ({@code tashkeel},
 *       {@code hamza}, …, {@code vocalisedField}, {@code rootField}, {@code separateFields}) with
 *       the value {@code true} or {@code false}; unknown arguments are refused.
 * </ul>
 *
 * <p>Not registered through Lucene's SPI (refer to it by class name): SPI names belong to the
 * class loader that owns Lucene.
 */
public final class FahrasArabicTokenizerFactory extends TokenizerFactory {

  /** The SPI-style name, for completeness; use the class name in schemas. */
  public static final String NAME = "fahrasArabic";

  private final ArabicAnalyzerProvider provider;
  private final Analyzer analyzer;
  private final String chain;
  private final AnalysisField kind;

  /** Creates the factory from a schema's arguments. */
  public FahrasArabicTokenizerFactory(Map<String, String> args) {
    super(args);
    chain = get(args, "chain", Set.of("index", "query"), "index");
    String kindName = get(args, "kind", Set.of("stemmed", "root"), "stemmed");
    String expectedVersion = get(args, "analysisVersion");
    Map<String, String> options = new HashMap<>(args);
    args.clear();
    provider = provider(options);
    if (expectedVersion != null && !expectedVersion.equals(provider.analysisVersion())) {
      throw new IllegalArgumentException(
          "this schema was written for Fahras analysis version "
              + expectedVersion
              + ", but the Fahras analysis jar in Solr gives version "
              + provider.analysisVersion()
              + " with these options: install the matching jar or update the configset");
    }
    kind = kindName.equals("root") ? AnalysisField.ROOT : AnalysisField.STEMMED;
    if (!provider.fields().contains(kind)) {
      throw new IllegalArgumentException(
          "kind=\"root\" needs the Arabic analysis option rootField=\"true\" on this tokenizer");
    }
    analyzer = chain.equals("index") ? provider.indexAnalyzer(kind) : provider.queryAnalyzer(kind);
  }

  /** For SPI listing only. */
  public FahrasArabicTokenizerFactory() {
    throw defaultCtorException();
  }

  /**
   * A provider configured with the options of the Arabic analysis plugin.
   *
   * @throws IllegalArgumentException for an unknown option or an invalid value
   */
  public static ArabicAnalyzerProvider provider(Map<String, String> options) {
    ArabicAnalyzerProvider p = new ArabicAnalyzerProvider();
    Set<String> known = new HashSet<>();
    for (PluginOption o : p.options()) {
      known.add(o.key());
    }
    Set<String> unknown = new TreeSet<>(options.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown Fahras analysis options " + unknown + "; known: " + new TreeSet<>(known));
    }
    p.configure(options);
    return p;
  }

  /** The configured provider (the query parser builds its queries with it). */
  public ArabicAnalyzerProvider provider() {
    return provider;
  }

  /** The analysis kind of this tokenizer: {@code STEMMED} (the base fields) or {@code ROOT}. */
  public AnalysisField kind() {
    return kind;
  }

  /** {@code index} or {@code query}. */
  public String chain() {
    return chain;
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new AnalyzerTokenizer(factory, analyzer, kind == AnalysisField.ROOT ? "body_root" : "body");
  }
}
