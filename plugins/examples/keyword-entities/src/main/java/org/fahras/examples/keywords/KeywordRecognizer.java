package org.fahras.examples.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.api.EntityRecognizer;
import org.pf4j.Extension;

/** Finds the names of a keyword list (and the user's own names): an example {@link EntityRecognizer}. */
// begin-snippet: keyword-recognizer
@Extension
public class KeywordRecognizer implements EntityRecognizer {

  private final Map<String, String> builtIn = load("keywords.tsv");
  /** Name → type and the pattern finding them, replaced together (the host calls from many threads). */
  private volatile Lookup lookup = Lookup.of(builtIn);

  @Override
  public String id() {
    return "keywords";
  }

  @Override
  public Set<String> types() {
    return new TreeSet<>(builtIn.values());
  }

  @Override
  public List<EntitySpan> recognize(String text, String language) {
    Lookup l = lookup; // one consistent snapshot for the whole text
    List<EntitySpan> spans = new ArrayList<>();
    Matcher m = l.pattern().matcher(text);
    while (m.find()) { // one left-to-right pass: linear in the text, spans in text order
      spans.add(new EntitySpan(m.start(), m.end(), l.types().get(m.group()), m.group(), m.group()));
    }
    return spans;
  }

  @Override
  public void userEntities(List<UserEntity> entries) {
    Map<String, String> all = new LinkedHashMap<>(builtIn);
    entries.forEach(e -> all.put(e.text().strip(), e.type()));
    lookup = Lookup.of(all);
  }
  // end-snippet

  /** Names with their types, and one pattern matching any of them as whole words, longest first. */
  record Lookup(Map<String, String> types, Pattern pattern) {
    static Lookup of(Map<String, String> types) {
      List<String> names = new ArrayList<>(types.keySet());
      names.sort(Comparator.comparingInt(String::length).reversed());
      List<String> quoted = names.stream().map(Pattern::quote).toList();
      String words = quoted.isEmpty() ? "(?!)" : String.join("|", quoted);
      return new Lookup(Map.copyOf(types), Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + words + ")(?![\\p{L}\\p{M}])"));
    }
  }

  // begin-snippet: plugin-resource
  /** Reads "name TAB type" lines shipped in the plugin, through the plugin's own class loader. */
  static Map<String, String> load(String resource) {
    Map<String, String> names = new LinkedHashMap<>();
    var in = KeywordRecognizer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the plugin");
    }
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).forEach(f -> names.put(f[0], f[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
  // end-snippet
}
