package org.fahras.app.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The per-file state incremental indexing needs, kept as doc values on every record of a file:
 * size and modification time (see {@link IndexFields#SIZE}, {@link IndexFields#MTIME}), a
 * SHA-256 of the content and when the file was indexed.
 *
 * <p>The hash settles the ambiguous cases: a file whose time changed but whose size did not
 * (touched, copied, checked out again) is not parsed again when its content is the same; a file
 * modified within the file system's time resolution of being indexed ("racy", as git calls it)
 * is compared by content even though size and time match.
 */
final class FingerprintFields {

  /**
   * The file's modification time as last seen, epoch ms (numeric doc values only, so it can be
   * updated in place when a file is touched; {@link IndexFields#MTIME} keeps the time of the
   * content version that was read).
   */
  static final String MTIME = "fp_mtime";
  /** SHA-256 of the file's bytes (binary doc values). */
  static final String HASH = "fp_hash";
  /** When the file was indexed, epoch milliseconds (numeric doc values). */
  static final String INDEXED_AT = "fp_indexed_at";
  /** Modification times closer than this to the indexing time are not trusted. */
  static final long RACY_WINDOW_MILLIS = 2_000;

  /**
   * What the index knows of one file.
   *
   * @param size bytes
   * @param mtime modification time, epoch ms
   * @param hash SHA-256, or {@code null} for records written before hashes were kept
   * @param indexedAt when it was indexed, epoch ms (0 if unknown)
   */
  record Known(long size, long mtime, byte[] hash, long indexedAt) {}

  private FingerprintFields() {}

  /** Adds the fingerprint's time, the hash and the indexing time to every record of a file. */
  static void addTo(List<Document> docs, long mtime, byte[] hash, long indexedAt) {
    for (Document d : docs) {
      d.add(new NumericDocValuesField(MTIME, mtime));
      d.add(new BinaryDocValuesField(HASH, new BytesRef(hash)));
      d.add(new NumericDocValuesField(INDEXED_AT, indexedAt));
    }
  }

  /** File path → what the index knows, for every file with records in the index. */
  static Map<String, Known> read(DirectoryReader reader) throws IOException {
    Map<String, Known> known = new HashMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues files = leaf.getSortedDocValues(IndexFields.FILE);
      NumericDocValues sizes = leaf.getNumericDocValues(IndexFields.SIZE);
      NumericDocValues mtimes = leaf.getNumericDocValues(MTIME);
      BinaryDocValues hashes = leaf.getBinaryDocValues(HASH);
      NumericDocValues indexed = leaf.getNumericDocValues(INDEXED_AT);
      if (files == null || sizes == null || mtimes == null) {
        continue;
      }
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live != null && !live.get(doc))
            || !files.advanceExact(doc)
            || !sizes.advanceExact(doc)
            || !mtimes.advanceExact(doc)) {
          continue;
        }
        String file = files.lookupOrd(files.ordValue()).utf8ToString();
        if (known.containsKey(file)) {
          continue;
        }
        byte[] hash = null;
        if (hashes != null && hashes.advanceExact(doc)) {
          hash = BytesRef.deepCopyOf(hashes.binaryValue()).bytes;
        }
        long at = indexed != null && indexed.advanceExact(doc) ? indexed.longValue() : 0L;
        known.put(file, new Known(sizes.longValue(), mtimes.longValue(), hash, at));
      }
    }
    return known;
  }

  /**
   * Each thread's read buffer for {@link #sha256}: the indexer hashes every new file on its parse
   * threads, and a fresh 64 KB array per file is 320 MB of memory to zero for 5,000 small files.
   */
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

  /**
   * Files up to this size are read whole, once: the indexer hashes the bytes and hands them to the
   * parser ({@link org.fahras.api.ParseRequest#content}), which then need not read the file again.
   * Larger files are hashed as a stream and read by the parser. Only the files in work, one per
   * parse thread, hold their bytes (queued files are fingerprints), so this bounds the memory the
   * bytes take.
   */
  static final int READ_ONCE_MAX_BYTES = 4 << 20;

  /**
   * The whole content of a file of at most {@code max} bytes, read once; or {@code null} when the
   * file is larger (or grows past its size while it is read: it is then read as a stream).
   */
  static byte[] readSmall(Path file, int max) throws IOException {
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      if (size > max) {
        return null;
      }
      byte[] bytes = new byte[(int) size];
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        if (ch.read(buf) < 0) {
          // Shorter than its size said: it shrank while being read; take what is there.
          return java.util.Arrays.copyOf(bytes, buf.position());
        }
      }
      // Past its size: it grew while being read; a stream reads it to its end.
      return ch.read(ByteBuffer.allocate(1)) > 0 ? null : bytes;
    }
  }

  /** SHA-256 of bytes read by {@link #readSmall}. */
  static byte[] sha256(byte[] content) {
    return sha256Digest().digest(content);
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** SHA-256 of a file's content, read as a stream. */
  static byte[] sha256(Path file) throws IOException {
    MessageDigest md = sha256Digest();
    byte[] buf = BUFFER.get();
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return md.digest();
  }
}
