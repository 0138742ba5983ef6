package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredTextTest {

  private static final String ARABIC =
      "قالَ الرئيسُ في مؤتمرٍ صحفيٍّ عُقِدَ في القاهرة يوم ١٥ مارس ٢٠٢٣: «إنّ الاتفاق نهائيّ»؛ "
          + "ثم غادر إلى عمّان. پ، ۝١ ﷲ ﻻ\u200C\u00A0end.";

  @Test
  void everyStringComesBackExactly() {
    Random r = new Random(20261127);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        // Mostly Arabic, with ASCII, the escape's neighbours, other scripts, lone surrogates.
        switch (r.nextInt(6)) {
          case 0, 1 -> b.append((char) (0x0600 + r.nextInt(0x100)));
          case 2 -> b.append((char) r.nextInt(0x80));
          case 3 -> b.append((char) (0x80 + r.nextInt(0x780)));
          case 4 -> b.append((char) (0x800 + r.nextInt(0xF800)));
          default -> b.appendCodePoint(0x10000 + r.nextInt(0x10000));
        }
      }
      String s = b.toString();
      BytesRef e = StoredText.encode(s);
      if (e != null) {
        assertThat(StoredText.decode(e)).isEqualTo(s);
        assertThat(e.length).isLessThan(s.getBytes(StandardCharsets.UTF_8).length);
      }
    }
  }

  @Test
  void arabicTextTakesAboutOneByteAChar() {
    BytesRef e = StoredText.encode(ARABIC);
    assertThat(e).isNotNull();
    assertThat(StoredText.decode(e)).isEqualTo(ARABIC);
    // UTF-8 needs two bytes per Arabic char; the encoding one, plus escapes for the few outside.
    assertThat(e.length).isLessThan(ARABIC.length() + 20);
    assertThat(ARABIC.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(ARABIC.length() * 17 / 10);
  }

  @Test
  void textThatWouldNotShrinkStaysAString() {
    assertThat(StoredText.encode("")).isNull();
    assertThat(StoredText.encode("plain English text")).isNull();
    assertThat(StoredText.encode("Русский текст без арабского")).isNull();
    assertThat(StoredText.encode("中文文本")).isNull();
  }

  @Test
  void brokenBytesAreRejected() {
    assertThatThrownBy(() -> StoredText.decode(new BytesRef(new byte[] {9, 'a'})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoredText.decode(new BytesRef(new byte[] {StoredText.FORMAT, 'a', (byte) 0xFF})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("byte 2");
  }

  @Test
  void theIndexStoresTheBodyEncodedAndReadsBothForms(@TempDir Path dir) throws Exception {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.freeze();
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
      Document arabic = new Document();
      arabic.add(new StoredText.Body(IndexFields.BODY, ARABIC, type));
      arabic.add(new TextField("id", "a", org.apache.lucene.document.Field.Store.YES));
      w.addDocument(arabic);
      Document english = new Document();
      english.add(new StoredText.Body(IndexFields.BODY, "only English here", type));
      english.add(new TextField("id", "e", org.apache.lucene.document.Field.Store.YES));
      w.addDocument(english);
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(r);
      // Analysed from the string: the words are found.
      assertThat(s.count(new TermQuery(new Term(IndexFields.BODY, "عمّان")))).isEqualTo(1);
      int a = s.search(new TermQuery(new Term("id", "a")), 1).scoreDocs[0].doc;
      int e = s.search(new TermQuery(new Term("id", "e")), 1).scoreDocs[0].doc;
      Document storedA = visit(s, a);
      Document storedE = visit(s, e);
      assertThat(storedA.getField(IndexFields.BODY).binaryValue()).isNotNull();
      assertThat(storedA.getField(IndexFields.BODY).stringValue()).isNull();
      assertThat(StoredText.value(storedA.getField(IndexFields.BODY))).isEqualTo(ARABIC);
      assertThat(storedE.getField(IndexFields.BODY).stringValue()).isEqualTo("only English here");
      assertThat(StoredText.value(storedE.getField(IndexFields.BODY))).isEqualTo("only English here");
      assertThat(StoredText.value((org.apache.lucene.index.IndexableField) null)).isNull();
    }
  }

  /** The thread's buffer serves one document after another, small and large, each intact. */
  @Test
  void documentsOneAfterAnotherEachComeBackExactly(@TempDir Path dir) throws Exception {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.freeze();
    Random r = new Random(7);
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (int n = 0; n < 24; n++) {
      // Sizes around the chunk and past the kept buffer (1 MB), shrinking and growing.
      int len = switch (n % 4) {
        case 0 -> r.nextInt(50);
        case 1 -> 4000 + r.nextInt(300);
        case 2 -> 300_000 + r.nextInt(100_000);
        default -> n == 7 ? 1_300_000 : 70_000;
      };
      StringBuilder b = new StringBuilder(len);
      while (b.length() < len) {
        b.append(ARABIC, 0, Math.min(ARABIC.length(), len - b.length()));
      }
      texts.add(b.append(n).toString());
    }
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
      for (int n = 0; n < texts.size(); n++) {
        Document d = new Document();
        d.add(new StoredText.Body(IndexFields.BODY, texts.get(n), type));
        d.add(new org.apache.lucene.document.StringField("id", Integer.toString(n), org.apache.lucene.document.Field.Store.YES));
        w.addDocument(d);
      }
    }
    try (DirectoryReader r2 = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher s = new IndexSearcher(r2);
      for (int n = 0; n < texts.size(); n++) {
        int doc = s.search(new TermQuery(new Term("id", Integer.toString(n))), 1).scoreDocs[0].doc;
        assertThat(StoredText.value(visit(s, doc).getField(IndexFields.BODY))).as("document %d", n).isEqualTo(texts.get(n));
      }
    }
  }

  private static Document visit(IndexSearcher s, int doc) throws Exception {
    DocumentStoredFieldVisitor v = new DocumentStoredFieldVisitor();
    s.storedFields().document(doc, v);
    return v.getDocument();
  }
}
