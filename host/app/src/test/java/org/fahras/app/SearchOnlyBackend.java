package org.fahras.app;

import java.util.List;
import org.fahras.api.backend.BackendRecord;
import org.fahras.api.backend.IndexBackend;

/** For tests: a backend whose writes do nothing; subclasses answer the searches. */
public abstract class SearchOnlyBackend implements IndexBackend {

  @Override
  public void replace(String file, List<BackendRecord> records) {}

  @Override
  public void deleteFile(String file) {}

  @Override
  public void deleteUnder(String folder) {}

  @Override
  public void commit() {}

  @Override
  public String storedText(String path) {
    return null;
  }

  @Override
  public void close() {}
}
