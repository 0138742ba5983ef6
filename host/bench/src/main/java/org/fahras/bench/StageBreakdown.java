package org.fahras.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;

/**
 * Where the time of the plain-text pipeline goes, one stage at a time on one thread: reading and
 * decoding, parsing through the plugin, and analysing the text with the plugin's analyzers (every
 * analysed body field the host writes) against {@link ArabicAnalyzer}.
 */
final class StageBreakdown {

  private StageBreakdown() {}

  /** Stage name → wall time in ns over all {@code files}. */
  static Map<String, Long> measure(List<Path> files, FahrasPipeline fahras) throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>(files.size());
    long t = System.nanoTime();
    for (Path f : files) {
      texts.add(RawLuceneBaseline.decode(Files.readAllBytes(f)));
    }
    out.put("read + decode (raw)", System.nanoTime() - t);

    DocumentParser parser = fahras.parser();
    t = System.nanoTime();
    long chars = 0;
    for (Path f : files) {
      ParsedDocument d = parser.parse(ParseRequest.of(f));
      chars += d.text().length();
    }
    out.put("plugin parse (Tika plugin, incl. language guess)", System.nanoTime() - t);
    if (chars == 0) {
      throw new IllegalStateException("no text parsed");
    }

    try (Analyzer arabic = new ArabicAnalyzer()) {
      t = System.nanoTime();
      consume(arabic, "body", texts);
      out.put("analysis: Lucene ArabicAnalyzer (body)", System.nanoTime() - t);
    }
    Analyzer plugin = fahras.analysis.indexAnalyzer();
    t = System.nanoTime();
    consume(plugin, "body", texts);
    out.put(
        "analysis: plugin, index analysis of body"
            + (fahras.analysis.indexedFields().size() < fahras.analysis.fields().size()
                ? " (serves " + fahras.analysis.fields() + ")"
                : ""),
        System.nanoTime() - t);
    for (var f : fahras.analysis.indexedFields()) {
      if (!f.suffix().isEmpty()) {
        t = System.nanoTime();
        consume(plugin, "body" + f.suffix(), texts);
        out.put("analysis: plugin " + f + " (body" + f.suffix() + ")", System.nanoTime() - t);
      }
    }
    return out;
  }

  private static void consume(Analyzer analyzer, String field, List<String> texts) throws Exception {
    for (String text : texts) {
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        ts.reset();
        while (ts.incrementToken()) {
          // consume
        }
        ts.end();
      }
    }
  }
}
