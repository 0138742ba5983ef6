package org.fahras.app.watch;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.IndexFields;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.Indexer;

/** Builds indexers and listeners for the watch tests, and waits for asynchronous outcomes. */
final class WatchFixture {

  static final Duration DEADLINE = Duration.ofSeconds(15);

  final Path index;
  final List<String> events = Collections.synchronizedList(new ArrayList<>());

  WatchFixture(Path index) {
    this.index = index;
  }

  Indexer indexer(CrawlSettings settings) {
    return indexer(settings, new TextParser());
  }

  Indexer indexer(CrawlSettings settings, DocumentParser parser) {
    return new Indexer(
        index,
        IndexAnalysis.fallback(),
        List.of(parser),
        p -> "test",
        index.resolveSibling("plugins"),
        2,
        settings,
        ParseRequest.DEFAULT_MAX_CHARACTERS,
        Duration.ofMinutes(1));
  }

  IndexListener recorder() {
    return new IndexListener() {
      @Override
      public void failed(Path file, DocumentParseException.Reason reason, String message) {
        events.add("failed " + file.getFileName() + " " + reason + " " + message);
      }

      @Override
      public void notice(String message) {
        events.add("notice " + message);
      }
    };
  }

  /** Documents whose body has {@code word} (lower case, the fallback analysis). */
  static long withWord(LiveIndex live, String word) throws IOException {
    return live.search(s -> (long) s.count(new TermQuery(new Term(IndexFields.BODY, word))));
  }

  /** Records with this path. */
  static long withPath(LiveIndex live, Path path) throws IOException {
    return live.search(s -> (long) s.count(new TermQuery(new Term(IndexFields.PATH, path.toString()))));
  }

  /** Polls {@code condition} every 50 ms until it holds, failing after {@link #DEADLINE}. */
  static void eventually(String what, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (true) {
      if (condition.call()) {
        return;
      }
      if (System.nanoTime() > end) {
        fail("not within " + DEADLINE.toSeconds() + " s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
