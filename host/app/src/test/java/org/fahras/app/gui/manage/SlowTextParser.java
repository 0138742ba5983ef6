package org.fahras.app.gui.manage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.CrawlSettings;
import org.fahras.app.index.Indexer;

/**
 * Reads files as UTF-8 text after an optional delay per file; a file starting with "BAD" is
 * refused as corrupt. Stands in for the Tika plugin in the index view-model tests.
 */
final class SlowTextParser implements DocumentParser {

  volatile long delayMillis;

  SlowTextParser(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public String id() {
    return "slow-text";
  }

  @Override
  public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String text;
    try {
      text = Files.readString(request.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage(), e);
    }
    if (text.startsWith("THROW")) {
      throw new IllegalStateException("cannot cope"); // a plugin fault, not a bad file
    }
    if (text.startsWith("BAD")) {
      throw new DocumentParseException(DocumentParseException.Reason.CORRUPT, "<html><b>broken</b> file");
    }
    return new ParsedDocument(text, null, null, null, null, "ar", "text/plain", null, null, null);
  }

  /** Indexers for an index folder with this parser. */
  Function<CrawlSettings, Indexer> indexers(Path indexDir) {
    return settings -> new Indexer(indexDir, IndexAnalysis.fallback(), List.of(this), p -> "test",
        indexDir.resolveSibling("plugins"), 2, settings, ParseRequest.DEFAULT_MAX_CHARACTERS, Duration.ofMinutes(1));
  }
}
