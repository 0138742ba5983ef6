package org.fahras.plugins.arabic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The Arabic stop set, written in the normalised form the analysis chain produces.
 *
 * <p>It is Lucene's Arabic stop list plus {@code stopwords.txt} (question words and particles),
 * each word run through the chain's own normalisation, so that a stop word written with hamza,
 * tashkeel or a Persian letter (إِلَى, الى, إلى) is caught. Lucene's {@code ArabicAnalyzer} filters
 * before it normalises and misses those.
 *
 * <p>Normalisation merges some stop words with content words; the terms in {@code
 * never-stopwords.txt} (the name علي, which على becomes once ى is folded to ي) are kept out of
 * the set.
 */
final class ArabicStopWords {

  private static final String EXTRA_STOP_WORDS = "stopwords.txt";
  private static final String NEVER_STOP_WORDS = "never-stopwords.txt";

  private ArabicStopWords() {}

  /**
   * Builds the stop set.
   *
   * @param normalizer an analyzer whose {@link Analyzer#normalize(String, String)} applies the
   *     chain's normalisation
   */
  static CharArraySet normalized(Analyzer normalizer) {
    List<String> words = new ArrayList<>();
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      words.add(new String((char[]) word));
    }
    words.addAll(load(EXTRA_STOP_WORDS));
    CharArraySet neverStopped = new CharArraySet(8, false);
    for (String word : load(NEVER_STOP_WORDS)) {
      neverStopped.add(normalize(normalizer, word));
    }
    CharArraySet stopWords = new CharArraySet(words.size(), false);
    for (String word : words) {
      String term = normalize(normalizer, word);
      if (!term.isEmpty() && !neverStopped.contains(term)) {
        stopWords.add(term);
      }
    }
    return CharArraySet.unmodifiableSet(stopWords);
  }

  private static String normalize(Analyzer normalizer, String word) {
    return normalizer.normalize("", word).utf8ToString();
  }

  private static List<String> load(String resource) {
    try (InputStream in = ArabicStopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The Arabic analysis plugin is missing its word list " + resource + "; reinstall it");
      }
      // Skips blank lines and # comments, trims, and drops a byte-order mark.
      return WordlistLoader.getLines(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the word list " + resource + " of the Arabic analysis plugin", e);
    }
  }
}
