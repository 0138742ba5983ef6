package org.fahras.plugins.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.api.EntityType;

/**
 * A paragraph of the annotated development set: its plain text and the gold entities, read from
 * inline markup {@code [TYPE surface]} (PER LOC ORG DATE TIME MONEY PCT).
 */
record AnnotatedText(String text, List<Gold> gold) {

  /** A gold entity: {@code [start, end)} in {@link #text()}. */
  record Gold(int start, int end, String type) {}

  private static final Map<String, String> TYPES =
      Map.of(
          "PER", EntityType.PERSON,
          "LOC", EntityType.LOCATION,
          "ORG", EntityType.ORGANIZATION,
          "DATE", EntityType.DATE,
          "TIME", EntityType.TIME,
          "MONEY", EntityType.MONEY,
          "PCT", EntityType.PERCENT);

  /** Parses one paragraph of markup. */
  static AnnotatedText parse(String markup) {
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    int i = 0;
    while (i < markup.length()) {
      char c = markup.charAt(i);
      if (c == '[') {
        int space = markup.indexOf(' ', i);
        int close = markup.indexOf(']', i);
        String type = TYPES.get(markup.substring(i + 1, space));
        if (type == null || close < space) {
          throw new IllegalArgumentException("bad markup at " + i + ": " + markup);
        }
        int start = text.length();
        text.append(markup, space + 1, close);
        gold.add(new Gold(start, text.length(), type));
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new AnnotatedText(text.toString(), gold);
  }

  /** The paragraphs of an annotated resource: blank-line separated, # lines are comments. */
  static List<AnnotatedText> load(String resource) {
    String all;
    try (InputStream in = AnnotatedText.class.getResourceAsStream(resource)) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<AnnotatedText> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String line : (all + "\n\n").split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (para.length() > 0) {
          out.add(parse(para.toString().strip()));
          para.setLength(0);
        }
      } else {
        para.append(line).append('\n');
      }
    }
    return out;
  }
}
