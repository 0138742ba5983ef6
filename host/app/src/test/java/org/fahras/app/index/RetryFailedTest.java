package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed file is read again only when it changes, or when the user asks to retry failures
 * (after installing what it needed).
 */
class RetryFailedTest {

  @TempDir Path tmp;

  /** Fails on .scan files until "OCR is installed". */
  static final class NeedsOcr implements DocumentParser {
    final AtomicBoolean ocr = new AtomicBoolean();
    int calls;

    @Override
    public String id() {
      return "needs-ocr";
    }

    @Override
    public synchronized ParsedDocument parse(ParseRequest r) throws DocumentParseException {
      calls++;
      if (r.file().toString().endsWith(".scan") && !ocr.get()) {
        throw new DocumentParseException(DocumentParseException.Reason.UNSUPPORTED, "install OCR to read scans");
      }
      try {
        return ParsedDocument.ofText(Files.readString(r.file()), "text/plain");
      } catch (java.io.IOException e) {
        throw new DocumentParseException(DocumentParseException.Reason.IO, e.getMessage());
      }
    }
  }

  long found(Path index, String word) throws Exception {
    try (SearchService s = new SearchService(index, IndexAnalysis.fallback())) {
      return s.search(word, 0, 10).total();
    }
  }

  @Test
  void failuresAreRetriedOnDemandNotOnEveryRun() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("page.scan"), "observatory telescope");
    Files.writeString(docs.resolve("note.txt"), "plain note");
    Path index = tmp.resolve("index");
    NeedsOcr parser = new NeedsOcr();
    Indexer indexer = new Indexer(index, IndexAnalysis.fallback(), List.of(parser), p -> "test", tmp, 1);

    IndexRunResult first = indexer.run(List.of(docs), IndexListener.NONE);
    assertThat(first.failed()).isEqualTo(1);
    parser.ocr.set(true);
    int before = parser.calls;
    IndexRunResult again = indexer.run(List.of(docs), IndexListener.NONE);
    assertThat(parser.calls).as("an unchanged failed file is not read again").isEqualTo(before);
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(found(index, "telescope")).isZero();

    IndexRunResult retried = indexer.retryFailed(true).run(List.of(docs), IndexListener.NONE);
    assertThat(retried.updated()).isEqualTo(1);
    assertThat(retried.unchanged()).isEqualTo(1);
    assertThat(found(index, "telescope")).isEqualTo(1);
    assertThat(IndexStatus.read(index).failures()).isEmpty();
  }
}
