package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.search.SearchService;

/**
 * Fahras as the command line runs it: the packaged plugin zips loaded by {@link PluginHost}, the
 * analysis of the highest-ranked analyzer plugin, {@link Indexer} and {@link SearchService}.
 */
final class FahrasPipeline implements AutoCloseable {

  final PluginHost host;
  /** The analysis with entity recognition, as the command line runs it. */
  final IndexAnalysis analysis;
  /** The same analysis without entity recognition, to measure what recognition costs. */
  final IndexAnalysis withoutEntities;
  final long startNanos;

  FahrasPipeline(Path pluginsDir, Path cacheDir) {
    long t = System.nanoTime();
    this.host = PluginHost.start(pluginsDir, cacheDir, false);
    this.withoutEntities = IndexAnalysis.from(host.extensions(AnalyzerProvider.class));
    this.analysis =
        withoutEntities.withEntities(
            org.fahras.app.entities.EntityExtraction.of(host.extensions(org.fahras.api.EntityRecognizer.class)));
    if (analysis.isFallback() || host.extensions(DocumentParser.class).isEmpty()) {
      throw new IllegalStateException("plugins missing in " + pluginsDir + ": " + host.plugins());
    }
    // The parser's Tika set-up happens on the first lookup: part of start-up, as in the CLI.
    host.extensions(DocumentParser.class);
    this.startNanos = System.nanoTime() - t;
  }

  DocumentParser parser() {
    return host.extensions(DocumentParser.class).get(0);
  }

  /** One indexing run; failures are counted and the first few printed. */
  IndexRunResult index(Path indexDir, List<Path> roots, int threads) throws IOException {
    return index(indexDir, roots, threads, true);
  }

  /** One indexing run, with or without entity recognition. */
  IndexRunResult index(Path indexDir, List<Path> roots, int threads, boolean entities) throws IOException {
    Indexer indexer =
        new Indexer(
            indexDir,
            entities ? analysis : withoutEntities,
            host.extensions(DocumentParser.class),
            host::pluginIdOf,
            host.pluginsDir(),
            threads);
    AtomicInteger shown = new AtomicInteger();
    return indexer.run(
        roots,
        new IndexListener() {
          @Override
          public void failed(Path file, DocumentParseException.Reason reason, String message) {
            if (shown.incrementAndGet() <= 5) {
              System.err.println("bench: failed " + file + ": " + reason + ": " + message);
            }
          }
        });
  }

  SearchService search(Path indexDir) throws IOException {
    return new SearchService(indexDir, analysis);
  }

  @Override
  public void close() {
    host.close();
  }
}
