package org.fahras.plugins.solrcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.fahras.api.AnalysisField;
import org.fahras.plugins.arabic.ArabicAnalyzerProvider;
import org.junit.jupiter.api.Test;

/**
 * The packaged solr-analysis jar stands on its own: loaded in a class loader that sees Lucene
 * and Solr but none of Fahras' classes nor PF4J (as in a Solr server), its tokenizer factory
 * analyses sample-corpus text exactly as the Arabic analysis plugin does, with its word lists
 * read from the jar, its query parser plugin loads, and the desktop's query builder it carries
 * builds the whole query language from the jar's classes alone.
 */
class SolrAnalysisJarIT {

  /** Hides Fahras and PF4J classes and resources: only the jar may supply them. */
  private static final class WithoutFahras extends ClassLoader {
    WithoutFahras(ClassLoader parent) {
      super(parent);
    }

    private static boolean hidden(String name) {
      String n = name.replace('/', '.');
      return n.startsWith("org.fahras.") || n.startsWith("org.pf4j.");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (hidden(name)) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      return hidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }

  @Test
  void theJarAnalysesLikeThePluginWithoutFahrasOnTheClassPath() throws Exception {
    Path jar = Paths.get(System.getProperty("fahras.solrAnalysisJar"));
    assertThat(jar).exists();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, new WithoutFahras(getClass().getClassLoader()))) {
      Class<?> factoryClass = loader.loadClass("org.fahras.solr.FahrasArabicTokenizerFactory");
      assertThat(factoryClass.getClassLoader()).isSameAs(loader);
      ArabicAnalyzerProvider ours = new ArabicAnalyzerProvider();
      for (String chain : List.of("index", "query")) {
        Map<String, String> args = new HashMap<>(Map.of("chain", chain, "analysisVersion", ours.analysisVersion()));
        TokenizerFactory f = (TokenizerFactory) factoryClass.getConstructor(Map.class).newInstance(args);
        Analyzer solrSide =
            new Analyzer() {
              @Override
              protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = f.create(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
                return new TokenStreamComponents(t);
              }
            };
        Analyzer direct =
            chain.equals("index") ? ours.indexAnalyzer(AnalysisField.STEMMED) : ours.queryAnalyzer(AnalysisField.STEMMED);
        int docs = 0;
        for (SampleCorpus.Doc d : SampleCorpus.read()) {
          assertThat(SolrCloudBackendTest.tokens(solrSide, d.body()))
              .as("%s chain on %s", chain, d.path())
              .isEqualTo(SolrCloudBackendTest.tokens(direct, d.body()));
          docs++;
        }
        assertThat(docs).isGreaterThanOrEqualTo(8);
      }
      // A stop word is removed (the list is read from the jar), a version mismatch is refused.
      TokenizerFactory f =
          (TokenizerFactory) factoryClass.getConstructor(Map.class).newInstance(new HashMap<>(Map.of("chain", "query")));
      Analyzer a =
          new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
              return new TokenStreamComponents(f.create(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY));
            }
          };
      List<String> terms = new ArrayList<>();
      for (String t : SolrCloudBackendTest.tokens(a, "ذهب الطلاب إلى الجامعة")) {
        terms.add(t.substring(0, t.indexOf('|')));
      }
      assertThat(terms).doesNotContain("الي", "إلى").contains("جامعه");
      Method provider = factoryClass.getMethod("provider");
      assertThat(provider.invoke(f).getClass().getClassLoader()).isSameAs(loader);
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> factoryClass.getConstructor(Map.class).newInstance(new HashMap<>(Map.of("analysisVersion", "1")))))
          .hasRootCauseInstanceOf(IllegalArgumentException.class)
          .rootCause()
          .hasMessageContaining("analysis version 1");
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> factoryClass.getConstructor(Map.class).newInstance(new HashMap<>(Map.of("hamzza", "false")))))
          .rootCause()
          .hasMessageContaining("unknown Fahras analysis options [hamzza]");
      Class<?> qparser = loader.loadClass("org.fahras.solr.FahrasQParserPlugin");
      assertThat(qparser.getConstructor().newInstance()).isNotNull();

      // The desktop's query builder, from the jar alone: the whole query language, as in Solr.
      TokenizerFactory rooted = (TokenizerFactory) factoryClass.getConstructor(Map.class).newInstance(new HashMap<>(Map.of("rootField", "true")));
      java.lang.reflect.Method providerOf = factoryClass.getDeclaredMethod("provider");
      providerOf.setAccessible(true);
      Object rootedProvider = providerOf.invoke(rooted);
      Class<?> analysisClass = loader.loadClass("org.fahras.app.analysis.IndexAnalysis");
      Object analysis = analysisClass.getMethod("from", java.util.List.class).invoke(null, java.util.List.of(rootedProvider));
      Class<?> builderClass = loader.loadClass("org.fahras.app.search.QueryBuilder");
      Object builder = builderClass.getConstructor(analysisClass).newInstance(analysis);
      Class<?> requestClass = loader.loadClass("org.fahras.app.search.SearchRequest");
      Object request = requestClass.getMethod("of", String.class)
          .invoke(null, "كوريا ext:pdf date:>=2023 size:<2MB person:بوتين title:\"الخط العربي\" صوار*");
      Object prepared = builderClass.getMethod("build", requestClass).invoke(builder, request);
      String relaxed = String.valueOf(prepared.getClass().getMethod("relaxed").invoke(prepared));
      assertThat(relaxed).contains("ext:pdf", "date:[", "size:[", "entity.person:بوتين", "title:", "body:", "kind:doc");
      Object root = builderClass.getMethod("build", requestClass).invoke(builder,
          requestClass.getMethod("withMode", loader.loadClass("org.fahras.app.search.SearchMode"))
              .invoke(request, loader.loadClass("org.fahras.app.search.SearchMode").getField("ROOT").get(null)));
      assertThat(String.valueOf(root.getClass().getMethod("relaxed").invoke(root))).contains("body_root:");
    }
    assertThat(Files.size(jar)).isLessThan(1_000_000);
  }
}
