package org.fahras.testplugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.fahras.api.AnalysisField;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.Configurable;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.fahras.api.PluginOption;
import org.pf4j.Extension;

/**
 * A configurable analyzer provider (and plain-text parser) for tests, one option of each type; its
 * analysis version spells the configuration out ({@code 1} for the defaults). Packaged as a plugin by {@code
 * DemoOptionsPlugin}, so it must stay one class file (no lambdas or inner classes).
 */
@Extension
public class DemoOptionsProvider implements AnalyzerProvider, DocumentParser, Configurable {

  private static final List<PluginOption> OPTIONS =
      List.of(
          PluginOption.bool("lowercase", true, "option.lowercase"),
          PluginOption.choice("mode", "plain", List.of("plain", "fancy"), "option.mode"),
          PluginOption.text("marker", "", "option.marker"));

  private final Analyzer analyzer = new StandardAnalyzer();
  private volatile String version = "1";

  @Override
  public String id() {
    return "demo";
  }

  @Override
  public String analysisVersion() {
    return version;
  }

  @Override
  public Set<AnalysisField> fields() {
    return Set.of(AnalysisField.STEMMED);
  }

  @Override
  public Analyzer indexAnalyzer(AnalysisField field) {
    return analyzer;
  }

  @Override
  public ParsedDocument parse(ParseRequest request) {
    try {
      return ParsedDocument.ofText(Files.readString(request.file()), "text/plain");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<PluginOption> options() {
    return OPTIONS;
  }

  @Override
  public void configure(Map<String, String> values) {
    StringBuilder v = new StringBuilder("1");
    for (PluginOption o : OPTIONS) {
      String value = values.getOrDefault(o.key(), o.defaultValue());
      if (!o.accepts(value)) {
        throw new IllegalArgumentException(o.key() + " does not take " + value);
      }
      if (!value.equals(o.defaultValue())) {
        v.append('-').append(o.key()).append('=').append(value);
      }
    }
    version = v.toString();
  }
}
