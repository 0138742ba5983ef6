package org.fahras.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.fahras.app.index.StoredText;

/**
 * Two encodings of what the index writes, each indexed alternately with the other into a new
 * index on one thread, the corpus's decoded texts only (docs/performance.md, run Q):
 *
 * <ul>
 *   <li>{@code stored}: the body as a stored field only, Lucene's string (UTF-8) against {@link
 *       StoredText}'s compact bytes;
 *   <li>{@code terms}: the body as an indexed field only, terms {@code stem U+001F surface} (the
 *       shape of the Arabic plugin's composite terms, built here from Lucene's Arabic stemmer) in
 *       UTF-8 against the same terms with each Arabic char moved to one UTF-8 byte: what a compact
 *       term encoding would save in Lucene's term hashing and postings.
 * </ul>
 *
 * <pre>{@code
 * BENCH_MAIN=org.fahras.bench.StoredBodyCost host/bench/run.sh --work /tmp/perf3 --runs 14 [--what terms]
 * }</pre>
 *
 * Reports the CPU seconds of both per repetition and the median per-repetition ratio (the first
 * two repetitions are warm-up).
 */
final class StoredBodyCost {

  private StoredBodyCost() {}

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    int runs = opts.integer("runs", 14);
    boolean terms = opts.get("what", "stored").equals("terms");
    List<String> texts = new ArrayList<>();
    for (Path p : opts.corpus().plainFiles()) {
      texts.add(RawLuceneBaseline.decode(Files.readAllBytes(p)));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[2][runs];
    long[] size = new long[2];
    String[] names =
        terms
            ? new String[] {"composite terms in UTF-8", "composite terms, one byte per Arabic char"}
            : new String[] {"stored body, Lucene's string (UTF-8)", "stored body, StoredText's compact bytes"};
    for (int r = 0; r < runs; r++) {
      for (int k = 0; k < 2; k++) {
        int mode = (k + r) % 2;
        Path dir = Files.createTempDirectory("stored-body-cost");
        long start = mx.getCurrentThreadCpuTime();
        Analyzer analyzer = terms ? compositeAnalyzer(mode == 1) : null;
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
          for (String text : texts) {
            Document d = new Document();
            if (terms) {
              d.add(new TextField("body", text, Field.Store.NO));
            } else {
              BytesRef compact = mode == 1 ? StoredText.encode(text) : null;
              d.add(compact != null ? new StoredField("body", compact) : new StoredField("body", text));
            }
            w.addDocument(d);
          }
          w.commit();
        }
        cpu[mode][r] = (mx.getCurrentThreadCpuTime() - start) / 1e9;
        size[mode] = Corpus.bytes(Corpus.files(dir));
        CorpusGenerator.deleteTree(dir);
      }
      System.out.printf(Locale.ROOT, "repetition %d: %.3f s and %.3f s CPU%n", r + 1, cpu[0][r], cpu[1][r]);
    }
    int from = Math.min(2, runs - 1);
    double[] ratio = new double[runs - from];
    for (int r = from; r < runs; r++) {
      ratio[r - from] = cpu[1][r] / cpu[0][r];
    }
    Arrays.sort(ratio);
    for (int m = 0; m < 2; m++) {
      double[] c = Arrays.copyOfRange(cpu[m], from, runs);
      Arrays.sort(c);
      System.out.printf(Locale.ROOT, "%s: CPU %.3f s (median of repetitions %d–%d), index %.1f MB%n",
          names[m], c[c.length / 2], from + 1, runs, size[m] / 1048576.0);
    }
    System.out.printf(Locale.ROOT, "per repetition, the second over the first: %.3f (quartiles %.3f–%.3f)%n",
        ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[(3 * ratio.length) / 4]);
  }

  /** StandardTokenizer, then each token as {@code stem U+001F token}; compact: Arabic chars moved below U+0080. */
  static Analyzer compositeAnalyzer(boolean compact) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new Composite(source, compact));
      }
    };
  }

  private static final class Composite extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final boolean compact;
    private char[] surface = new char[64];

    Composite(TokenStream in, boolean compact) {
      super(in);
      this.compact = compact;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      int n = term.length();
      if (surface.length < n) {
        surface = new char[2 * n];
      }
      System.arraycopy(term.buffer(), 0, surface, 0, n);
      int stem = stemmer.stem(term.buffer(), normalizer.normalize(term.buffer(), n));
      char[] b = term.resizeBuffer(stem + 1 + n);
      b[stem] = '\u001F';
      System.arraycopy(surface, 0, b, stem + 1, n);
      int len = stem + 1 + n;
      if (compact) {
        // A stand-in for a one-byte encoding: same number of terms and chars, one UTF-8 byte each
        // (distinct Arabic chars may meet, which changes nothing measurable here).
        for (int i = 0; i < len; i++) {
          char c = b[i];
          if (c >= 0x0600 && c <= 0x067E) {
            b[i] = (char) (0x20 + (c - 0x0600) % 0x5F);
          }
        }
      }
      term.setLength(len);
      return true;
    }
  }
}
