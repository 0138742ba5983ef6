package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.index.DocumentMapper;
import org.fahras.app.index.FileFingerprint;

/**
 * Where the first run's time goes: the plain-text corpus indexed on one thread by a ladder of
 * pipelines, each adding one part of Fahras to raw Lucene, all in one JVM and interleaved in each
 * repetition (so the machine's noise falls on every step alike):
 *
 * <ol>
 *   <li><b>raw</b>: {@link RawLuceneBaseline}'s document (path, body) with Lucene's {@link
 *       ArabicAnalyzer};
 *   <li><b>stems only</b>: the plugin's index analysis with each term cut at the composite
 *       separator (the stem alone, as the stock analyzer writes it: what the composite terms cost);
 *   <li><b>plugin analysis</b>: the plugin's composite terms (stem, separator, surface);
 *   <li><b>+ offsets</b>: with offsets in the postings, as the host indexes the body;
 *   <li><b>+ parser plugin</b>: the text from the parser plugin instead of a plain decode;
 *   <li><b>+ schema</b>: the host's whole document ({@link DocumentMapper}: keyword, point, facet,
 *       doc-values and stored fields) written with {@code addDocuments};
 *   <li><b>Fahras</b>: the host's {@code Indexer} (crawl, fingerprints, parse thread, commit data).
 * </ol>
 *
 * <p>Entity recognition is off throughout (the main benchmark measures it). Run with {@code
 * BENCH_MAIN=org.fahras.bench.CostLadder host/bench/run.sh [--work DIR] [--runs N]}; the first two
 * repetitions are warm-up and not counted.
 */
final class CostLadder {

  private static final String[] STEPS = {
    "raw Lucene (ArabicAnalyzer)",
    "plugin analysis, stems only",
    "plugin analysis (composite terms)",
    "+ offsets in the postings",
    "+ parser plugin",
    "+ the host's schema",
    "Fahras (Indexer)"
  };

  private CostLadder() {}

  public static void main(String[] args) throws Exception {
    BenchOptions opts = BenchOptions.parse(args);
    Path work = opts.work();
    Path plugins = opts.plugins();
    int runs = opts.integer("runs", 8);
    Corpus corpus = opts.corpus();
    Path scratch = work.resolve("ladder");
    try (FahrasPipeline fahras = new FahrasPipeline(plugins, work.resolve("plugin-cache"))) {
      double[][] secs = new double[STEPS.length][runs];
      for (int r = 0; r < runs; r++) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "ladder: repetition %d:", r + 1));
        for (int step = 0; step < STEPS.length; step++) {
          Path dir = scratch.resolve("step" + step);
          CorpusGenerator.deleteTree(dir);
          long t = System.nanoTime();
          index(step, corpus, dir, fahras);
          secs[step][r] = (System.nanoTime() - t) / 1e9;
          line.append(String.format(Locale.ROOT, " %.2f", secs[step][r]));
        }
        System.err.println(line);
      }
      CorpusGenerator.deleteTree(scratch);
      report(corpus, secs, runs);
    }
    System.exit(0);
  }

  private static void index(int step, Corpus corpus, Path dir, FahrasPipeline fahras) throws Exception {
    if (step == 0) {
      RawLuceneBaseline.index(corpus.plainFiles(), dir, 1);
      return;
    }
    if (step == STEPS.length - 1) {
      fahras.index(dir, List.of(corpus.root().resolve("plain")), 1, false);
      return;
    }
    Analyzer plugin = fahras.withoutEntities.indexAnalyzer();
    Analyzer analyzer = step == 1 ? stemsOnly(plugin) : plugin;
    FieldType body = new FieldType(TextField.TYPE_STORED);
    if (step >= 3) {
      body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }
    body.freeze();
    DocumentParser parser = step >= 4 ? fahras.parser() : null;
    DocumentMapper mapper = step >= 5 ? new DocumentMapper(fahras.withoutEntities.indexedFields()) : null;
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setRAMBufferSizeMB(64);
    cfg.setCommitOnClose(false);
    try (Directory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, cfg)) {
      for (Path f : corpus.plainFiles()) {
        if (mapper != null) {
          writer.addDocuments(mapper.toDocuments(FileFingerprint.of(f), parser.id(), parser.parse(ParseRequest.of(f))));
          continue;
        }
        String text = parser == null ? RawLuceneBaseline.decode(Files.readAllBytes(f)) : parser.parse(ParseRequest.of(f)).text();
        Document doc = new Document();
        doc.add(new StringField("path", f.toString(), Field.Store.YES));
        doc.add(new Field("body", text, body));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  /** The plugin's analysis with every term cut at the composite separator: its stem alone. */
  private static Analyzer stemsOnly(Analyzer plugin) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return plugin;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        TokenStream cut =
            new TokenFilter(components.getTokenStream()) {
              private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

              @Override
              public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                  return false;
                }
                char[] b = term.buffer();
                for (int i = 0; i < term.length(); i++) {
                  if (b[i] == '\u001F') {
                    term.setLength(i);
                    break;
                  }
                }
                return true;
              }
            };
        return new TokenStreamComponents(components.getSource(), cut);
      }
    };
  }

  private static void report(Corpus corpus, double[][] secs, int runs) {
    int from = Math.min(2, runs - 1);
    System.out.printf(Locale.ROOT, "# Cost ladder: %d plain-text files, %.1f MB, one thread, median of repetitions %d–%d%n%n",
        corpus.plainFiles().size(), corpus.plainBytes() / 1e6, from + 1, runs);
    System.out.println("| step | time s | vs raw Lucene | step's cost, % of raw |");
    System.out.println("|---|---|---|---|");
    double raw = median(secs[0], from);
    double previous = raw;
    List<String> rows = new ArrayList<>();
    for (int step = 0; step < STEPS.length; step++) {
      double m = median(secs[step], from);
      // Stems only is a side branch (what the composite terms cost), not a step of the ladder.
      double base = step == 2 ? median(secs[1], from) : step == 1 ? raw : previous;
      rows.add(String.format(Locale.ROOT, "| %s | %.2f | %.0f %% | %+.0f |", STEPS[step], m, 100 * raw / m,
          step == 0 ? 0 : 100 * (m - base) / raw));
      if (step != 1) {
        previous = m;
      }
    }
    rows.forEach(System.out::println);
  }

  private static double median(double[] values, int from) {
    double[] v = Arrays.copyOfRange(values, from, values.length);
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
