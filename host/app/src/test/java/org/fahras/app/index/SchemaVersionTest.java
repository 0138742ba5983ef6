package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.analysis.IndexAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written with another schema version is indexed again, like one with another analysis. */
class SchemaVersionTest {

  @TempDir Path tmp;
  final FakeParsers.Text parser = new FakeParsers.Text();
  final List<String> notices = new ArrayList<>();

  private IndexRunResult run(Path index, Path docs) throws IOException {
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(parser), p -> "test", tmp.resolve("plugins"), 1);
    return indexer.run(
        List.of(docs),
        new IndexListener() {
          @Override
          public void notice(String message) {
            notices.add(message);
          }
        });
  }

  private static void setSchema(Path index, String version) throws IOException {
    try (Directory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(IndexFields.COMMIT_SCHEMA, version);
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }

  @Test
  void anIndexWithAnOlderSchemaIsIndexedAgain() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "كتاب\nنص");
    Path index = tmp.resolve("index");
    run(index, docs);
    setSchema(index, "1");
    parser.parsed.clear();

    IndexRunResult again = run(index, docs);

    assertThat(parser.parsed).containsExactly("a.txt");
    assertThat(again.unchanged()).isZero();
    assertThat(notices).anyMatch(n -> n.contains("schema version 1, now " + IndexFields.SCHEMA_VERSION));
  }

  @Test
  void anIndexWithTheCurrentSchemaIsNotIndexedAgain() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "كتاب\nنص");
    Path index = tmp.resolve("index");
    run(index, docs);
    parser.parsed.clear();

    IndexRunResult again = run(index, docs);

    assertThat(parser.parsed).isEmpty();
    assertThat(again.unchanged()).isEqualTo(1);
  }
}
