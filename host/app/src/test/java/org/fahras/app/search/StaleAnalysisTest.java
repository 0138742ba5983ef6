package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.index.IndexListener;
import org.fahras.app.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index built with another text analysis than the installed one is told apart. */
class StaleAnalysisTest {

  @TempDir Path tmp;

  /** Reads files as UTF-8 text. */
  static final org.fahras.api.DocumentParser TEXT =
      new org.fahras.api.DocumentParser() {
        @Override
        public String id() {
          return "text";
        }

        @Override
        public org.fahras.api.ParsedDocument parse(org.fahras.api.ParseRequest request)
            throws org.fahras.api.DocumentParseException {
          try {
            String text = Files.readString(request.file());
            return new org.fahras.api.ParsedDocument(text, null, null, null, null, "en", "text/plain", null, null, null);
          } catch (java.io.IOException e) {
            throw new org.fahras.api.DocumentParseException(org.fahras.api.DocumentParseException.Reason.IO, e.getMessage(), e);
          }
        }
      };

  @Test
  void anIndexBuiltWithAnotherAnalysisIsStaleUntilIndexedAgain() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "Apple pie");
    Path index = tmp.resolve("index");
    IndexAnalysis standard = IndexAnalysis.fallback();
    IndexAnalysis other = IndexAnalysis.from(List.of(new ServedByBaseFieldTest.CaseLayout()));
    new Indexer(index, standard, List.of(TEXT), p -> "test", tmp.resolve("plugins"), 1)
        .run(List.of(docs), new IndexListener() {});

    try (SearchService same = new SearchService(index, standard)) {
      assertThat(same.staleAnalysis()).isNull();
    }
    // Entity recognisers do not change the words: not a reason.
    try (SearchService withEntities = new SearchService(index, standard.withEntities(EntityExtraction.NONE))) {
      assertThat(withEntities.staleAnalysis()).isNull();
    }
    try (SearchService changed = new SearchService(index, other)) {
      assertThat(changed.staleAnalysis()).isEqualTo(standard.signature());
    }
    // Indexed again with the new analysis: no longer stale.
    new Indexer(index, other, List.of(TEXT), p -> "test", tmp.resolve("plugins"), 1)
        .run(List.of(docs), new IndexListener() {});
    try (SearchService changed = new SearchService(index, other)) {
      assertThat(changed.staleAnalysis()).isNull();
    }
  }
}
