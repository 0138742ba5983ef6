package org.fahras.plugins.entities;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every span the recogniser finds on the development and held-out sets and the seed
 * article (not a test: to check that a speed change leaves the output identical).
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.fahras.plugins.entities.DumpSpans OUT}.
 */
public final class DumpSpans {

  private DumpSpans() {}

  public static void main(String[] args) throws Exception {
    ArabicEntityRecognizer r = new ArabicEntityRecognizer();
    StringBuilder out = new StringBuilder();
    for (String set : new String[] {"dev-set.txt", "held-out-set.txt"}) {
      for (AnnotatedText d : AnnotatedText.load(set)) {
        for (var s : r.recognize(d.text(), "ar")) {
          out.append(set).append('\t').append(s).append('\n');
        }
        for (var s : r.recognizeWithGazetteerOnly(d.text())) {
          out.append(set).append("\tbaseline\t").append(s).append('\n');
        }
      }
    }
    Path seed = Path.of(args.length > 1 ? args[1]
        : "../../sample-corpus/news/korea-deterrence-statement.txt");
    for (var s : r.recognize(Files.readString(seed), "ar")) {
      out.append("seed\t").append(s).append('\n');
    }
    Files.writeString(Path.of(args[0]), out);
  }
}
