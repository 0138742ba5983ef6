package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Looks into an index folder with Lucene directly, as a reader of last resort would. */
final class IndexChecks {

  private IndexChecks() {}

  /** Whether the folder holds a commit. */
  static boolean hasCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /** Live documents in the last commit, or -1 without a commit. */
  static int committedDocs(Path index) throws IOException {
    if (!hasCommit(index)) {
      return -1;
    }
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  /** Asserts that Lucene's CheckIndex finds nothing wrong (it takes the write lock). */
  static void assertClean(Path index) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).as("CheckIndex of %s:%n%s", index, log.toString(StandardCharsets.UTF_8)).isTrue();
    }
  }

  /** The {@code path} of every live record of the last commit, in index order. */
  static List<String> paths(Path index) throws IOException {
    List<String> paths = new ArrayList<>();
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            paths.add(stored.document(doc).get("path"));
          }
        }
      }
    }
    return paths;
  }
}
