package org.fahras.api.backend;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A connected search backend: stores the host's records and answers its searches.
 *
 * <p>Updates are idempotent by file: {@link #replace} sent twice leaves one copy of the file's
 * records. The host calls {@link #commit} before it records a run as done, so a run killed
 * before a commit is sent again by the next run. Implementations must be safe for use by several
 * threads (the host's parse threads call {@link #replace} concurrently).
 *
 * @since 1.4.0
 */
public interface IndexBackend extends Closeable {

  /** Where the records go, for messages: e.g. {@code SolrCloud collection fahras at zk:2181/solr}. */
  String describe();

  /**
   * Replaces every record of one on-disk file (the file, its embedded documents, or its failure
   * record) with these.
   *
   * @param file the absolute path of the file on disk
   * @param records the file's records, each with {@link BackendRecord#file()} equal to {@code file}
   */
  void replace(String file, List<BackendRecord> records) throws IOException;

  /** Removes the records of one file. */
  void deleteFile(String file) throws IOException;

  /** Removes the records of every file under a folder ({@code folder} ends with a separator). */
  void deleteUnder(String folder) throws IOException;

  /** Makes everything sent so far durable and searchable. */
  void commit() throws IOException;

  /** How many document records (not failure records) the backend holds. */
  long documentCount() throws IOException;

  /**
   * Runs a search.
   *
   * @throws IllegalArgumentException when the query text cannot be parsed (the message says why)
   */
  BackendResult search(BackendQuery query) throws IOException;

  /** The stored body text of a record, or null when there is no record with that path. */
  String storedText(String path) throws IOException;

  /**
   * Index words beginning with a prefix, most frequent first, for completion; none when the
   * backend cannot list them.
   */
  default List<String> termsStartingWith(String prefix, int max) throws IOException {
    return List.of();
  }
}
