package org.fahras.plugins.export;

import java.util.ArrayList;
import java.util.List;
import org.fahras.api.ResultExporter.Mark;

/**
 * Text helpers shared by the exporters: making untrusted document text safe to write in every
 * format, and reading a snippet's marks defensively.
 */
final class Texts {

  /** U+FFFD REPLACEMENT CHARACTER: stands in for a character no format can carry. */
  static final char REPLACEMENT = '\uFFFD';

  /** U+2026 HORIZONTAL ELLIPSIS, with spaces: between the passages of a hit's snippets. */
  static final String PASSAGE_SEPARATOR = " \u2026 ";

  /** U+061B ARABIC SEMICOLON, with a space: between names of one entity type. */
  static final String NAME_SEPARATOR = "\u061B ";

  private Texts() {}

  /**
   * {@code text} with every character that UTF-8, XML or HTML cannot carry replaced by U+FFFD:
   * unpaired surrogates (left by broken decoders), C0 controls other than tab, line feed and
   * carriage return, and the non-characters U+FFFE and U+FFFF. One character is replaced by one,
   * so the mark ranges of a snippet stay valid. Null becomes the empty string.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1));
        if (!bad) {
          // A valid pair: keep both halves.
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad =
            Character.isLowSurrogate(c)
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == '\uFFFE'
                || c == '\uFFFF';
      }
      if (bad && out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? REPLACEMENT : c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The marks of a snippet that can be shown, over its {@linkplain #clean cleaned} text: in
   * order, inside the text, not empty and not overlapping an earlier one; a boundary that falls
   * between the two halves of a surrogate pair (an emoji, a rare CJK letter) is moved outwards
   * so the character stays whole. Other marks (a host's mistake) are dropped rather than failing
   * the export.
   */
  static List<Mark> validMarks(String cleanText, List<Mark> marks) {
    List<Mark> valid = new ArrayList<>(marks.size());
    int length = cleanText.length();
    int end = 0;
    for (Mark m : marks) {
      if (m.start() < 0 || m.start() >= m.end() || m.end() > length) {
        continue;
      }
      int s = m.start();
      int e = m.end();
      if (s > 0 && Character.isSurrogatePair(cleanText.charAt(s - 1), cleanText.charAt(s))) {
        s--;
      }
      if (e < length && Character.isSurrogatePair(cleanText.charAt(e - 1), cleanText.charAt(e))) {
        e++;
      }
      if (s >= end) {
        valid.add(s == m.start() && e == m.end() ? m : new Mark(s, e));
        end = e;
      }
    }
    return valid;
  }
}
