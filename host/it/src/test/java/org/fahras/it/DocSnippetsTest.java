package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code in the plugin guide is code that compiles: every {@code java} and {@code xml} block of
 * docs/plugins.md is, character for character (indentation aside), a region marked {@code
 * begin-snippet: NAME} … {@code end-snippet} in a source of the example plugins or the template,
 * which the build compiles and tests ({@code plugins/examples}) or {@link TemplatePluginTest}
 * builds. Every marked region is quoted in the guide, so none goes stale unseen.
 */
class DocSnippetsTest {

  static final Pattern FENCE = Pattern.compile("(?ms)^```(java|xml)\\n(.*?)^```\\s*$");
  static final Pattern BEGIN = Pattern.compile("begin-snippet: ([\\w-]+)");

  @Test
  void everyCodeBlockOfThePluginGuideIsAMarkedRegionOfCompiledSource() throws IOException {
    Map<String, String> regions = regions();
    assertThat(regions).as("marked regions").hasSizeGreaterThanOrEqualTo(6);
    String guide = Files.readString(Cli.REPO.resolve("docs/plugins.md"));

    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(guide);
    while (m.find()) {
      blocks.add(dedent(m.group(2)));
    }
    assertThat(blocks).as("code blocks in docs/plugins.md").isNotEmpty();
    for (String block : blocks) {
      assertThat(regions.values())
          .as("this block of docs/plugins.md is not a marked region of a compiled source:\n" + block)
          .contains(block);
    }
    for (Map.Entry<String, String> r : regions.entrySet()) {
      assertThat(blocks).as("region " + r.getKey() + " is not quoted in docs/plugins.md").contains(r.getValue());
    }
  }

  /** Marked regions of the examples' and the template's sources and POM, by "file#name". */
  static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Cli.REPO.resolve("plugins/examples"), Cli.REPO.resolve("plugins/template"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> !p.toString().contains("/target/"))
            .filter(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("pom.xml"))
            .sorted()
            .forEach(files::add);
      }
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f);
      for (int i = 0; i < lines.size(); i++) {
        Matcher b = BEGIN.matcher(lines.get(i));
        if (b.find()) {
          StringBuilder body = new StringBuilder();
          int j = i + 1;
          while (j < lines.size() && !lines.get(j).contains("end-snippet")) {
            body.append(lines.get(j)).append('\n');
            j++;
          }
          assertThat(j).as("end-snippet after " + b.group(1) + " in " + f).isLessThan(lines.size());
          regions.put(Cli.REPO.relativize(f) + "#" + b.group(1), dedent(body.toString()));
          i = j;
        }
      }
    }
    return regions;
  }

  /** Removes the indentation common to every non-blank line, and trailing blanks. */
  static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return b.toString().strip();
  }
}
