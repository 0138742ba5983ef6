package org.fahras.app.search;

import java.io.IOException;
import java.nio.file.Path;
import org.fahras.app.analysis.IndexAnalysis;

/** The search tests' six-document Arabic index ({@link Corpus}), for the GUI's view-model tests. */
public final class GuiTestIndex {

  /** Path of the Korea article in the index. */
  public static final String KOREA = "/corpus/news/" + Corpus.KOREA;

  private GuiTestIndex() {}

  /** Writes the corpus into a new index at {@code dir}. */
  public static Path write(Path dir) throws IOException {
    TestIndex.write(dir, analysis(), Corpus.DOCS);
    return dir;
  }

  /** The analysis the index was written with. */
  public static IndexAnalysis analysis() {
    return TestIndex.arabic();
  }
}
