package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated corpus: its folders and what they hold. */
record Corpus(Path root, List<Path> plainFiles, long plainBytes, Map<String, List<Path>> mixed) {

  Path plainDir() {
    return root.resolve("plain");
  }

  Path mixedDir() {
    return root.resolve("mixed");
  }

  static Corpus scan(Path root) throws IOException {
    List<Path> plain = files(root.resolve("plain"));
    Map<String, List<Path>> mixed = new LinkedHashMap<>();
    for (String format : CorpusGenerator.MIXED_FORMATS) {
      Path dir = root.resolve("mixed").resolve(format);
      if (Files.isDirectory(dir)) {
        mixed.put(format, files(dir));
      }
    }
    return new Corpus(root, plain, bytes(plain), mixed);
  }

  static List<Path> files(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static long bytes(List<Path> files) throws IOException {
    long sum = 0;
    for (Path f : files) {
      sum += Files.size(f);
    }
    return sum;
  }
}
