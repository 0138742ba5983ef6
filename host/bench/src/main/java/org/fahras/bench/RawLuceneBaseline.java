package org.fahras.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: the same plain-text files decoded (UTF-8, else windows-1256) and added straight to
 * an {@link IndexWriter} with Lucene's {@link ArabicAnalyzer} — no plugins, no Tika. The body is
 * stored; the writer has the host's settings (64 MB RAM buffer, one commit at the end).
 */
final class RawLuceneBaseline {

  private RawLuceneBaseline() {}

  /** Indexes {@code files} into a new index at {@code indexDir}; returns the wall time in ns. */
  static long index(List<Path> files, Path indexDir, int threads) throws Exception {
    return index(files, indexDir, threads, false);
  }

  /** The body stored with offsets in its postings, as Fahras indexes it for highlighting. */
  private static final org.apache.lucene.document.FieldType BODY_WITH_OFFSETS;

  static {
    org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    BODY_WITH_OFFSETS = t;
  }

  /**
   * {@link #index(List, Path, int)}, the body's postings with offsets when {@code offsets} (what
   * they cost Lucene alone: {@code IndexCpu --raw-offsets}).
   */
  static long index(List<Path> files, Path indexDir, int threads, boolean offsets) throws Exception {
    CorpusGenerator.deleteTree(indexDir);
    long start = System.nanoTime();
    IndexWriterConfig cfg = new IndexWriterConfig(new ArabicAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setRAMBufferSizeMB(64);
    cfg.setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, cfg)) {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "raw-lucene"));
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                      Path f = files.get(i);
                      Document d = new Document();
                      d.add(new StringField("path", f.toString(), Field.Store.YES));
                      String body = decode(Files.readAllBytes(f));
                      d.add(offsets ? new Field("body", body, BODY_WITH_OFFSETS) : new TextField("body", body, Field.Store.YES));
                      writer.addDocument(d);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      writer.commit();
    }
    return System.nanoTime() - start;
  }

  /** UTF-8 (without its BOM) when the bytes are valid UTF-8, else windows-1256. */
  static String decode(byte[] bytes) {
    int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, CorpusGenerator.CP1256);
    }
  }
}
