package org.fahras.plugins.solrcloud;

import java.util.List;

/**
 * Every record of one on-disk file (the file and its embedded documents, or its failure record):
 * indexing a block replaces whatever the collection held for the file, as the desktop's {@code
 * updateDocuments(file:PATH, block)} does.
 */
public record FileBlock(String file, List<IndexRecord> records) {

  public FileBlock {
    records = List.copyOf(records);
    for (IndexRecord r : records) {
      if (!r.file().equals(file)) {
        throw new IllegalArgumentException("record " + r.path() + " belongs to " + r.file() + ", not " + file);
      }
    }
  }
}
