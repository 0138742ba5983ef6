package org.fahras.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.index.IndexFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 3 stores the text after every other field, and a hit's fields are read without
 * it; an index of an older schema, whose text may stand before a hit's fields, still gives them.
 */
class BodyStoredLastTest {

  @TempDir Path dir;

  @Test
  void theTextIsTheLastStoredFieldAndHitsStillHaveTheirFields() throws Exception {
    IndexAnalysis analysis = TestIndex.arabic();
    TestIndex.write(
        dir,
        analysis,
        List.of(new TestIndex.Doc("/docs/كتاب.txt", "كتاب الحكمة", null, "نص طويل عن بيت الحكمة في بغداد", "text/plain", "ar",
            1234, "2021-05-06T07:08:09Z", "2019-01-02T00:00:00Z", null)));
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      List<String> order = new ArrayList<>();
      reader.storedFields().document(0, new StoredFieldVisitor() {
        @Override
        public Status needsField(FieldInfo fieldInfo) {
          order.add(fieldInfo.name);
          return Status.NO;
        }
      });
      assertThat(order).contains(IndexFields.TITLE, IndexFields.DATE, IndexFields.CONTENT_TYPE);
      assertThat(order.get(order.size() - 1)).isEqualTo(IndexFields.BODY);
    }
    try (SearchService search = new SearchService(dir, analysis)) {
      SearchHit hit = search.search("الحكمة", 0, 10).hits().get(0);
      assertThat(hit.title()).isEqualTo("كتاب الحكمة");
      assertThat(hit.contentType()).isEqualTo("text/plain");
      assertThat(hit.size()).isEqualTo(1234);
      assertThat(hit.dateMillis()).isEqualTo(java.time.Instant.parse("2019-01-02T00:00:00Z").toEpochMilli());
      assertThat(hit.snippets()).anyMatch(s -> s.contains("<mark>"));
      assertThat(search.storedText(hit.path())).contains("بيت الحكمة");
    }
  }

  @Test
  void anIndexOfSchemaTwoWithTheTextFirstStillGivesAHitsFields() throws Exception {
    IndexAnalysis analysis = TestIndex.arabic();
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analysis.indexAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(IndexFields.FILE, "/old.txt", Field.Store.YES));
      doc.add(new StringField(IndexFields.PATH, "/old.txt", Field.Store.YES));
      doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_DOC, Field.Store.YES));
      doc.add(new Field(IndexFields.BODY, "نص قديم عن المكتبة", IndexFields.STORED_TEXT_WITH_OFFSETS));
      doc.add(new Field(IndexFields.TITLE, "عنوان قديم", IndexFields.STORED_TEXT_WITH_OFFSETS));
      doc.add(new StoredField(IndexFields.SIZE, 77L));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of(IndexFields.COMMIT_SCHEMA, "2").entrySet());
      w.commit();
    }
    try (SearchService search = new SearchService(dir, analysis)) {
      SearchHit hit = search.search("المكتبة", 0, 10).hits().get(0);
      assertThat(hit.title()).isEqualTo("عنوان قديم");
      assertThat(hit.size()).isEqualTo(77);
    }
  }
}
