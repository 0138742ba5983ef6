package org.fahras.app.gui;

/**
 * The direction of a paragraph from its first strong character (Unicode bidi rules P2–P3):
 * Arabic or Hebrew letters make it right-to-left, Latin (and other left-to-right) letters
 * left-to-right; digits, punctuation and spaces decide nothing.
 */
public final class BidiText {

  private BidiText() {}

  /**
   * The direction of {@code text[from, to)}.
   *
   * @return true for right-to-left, false for left-to-right, null when there is no strong
   *     character
   */
  public static Boolean rightToLeft(CharSequence text, int from, int to) {
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return Boolean.FALSE;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return Boolean.TRUE;
        default:
          break;
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  /** The direction of a whole text, {@code fallback} when it has no strong character. */
  public static boolean rightToLeft(CharSequence text, boolean fallback) {
    Boolean rtl = text == null ? null : rightToLeft(text, 0, text.length());
    return rtl == null ? fallback : rtl;
  }

  /**
   * A file name or path for display with its explicit bidi controls made visible: an override
   * or isolate character (U+202A–U+202E, U+2066–U+2069) in a name could otherwise reorder what
   * follows it, so that {@code report\u202Efdp.exe} would show as {@code reportexe.pdf}. Each is
   * replaced by a visible {@code ⟦U+202E⟧}; nothing else changes.
   */
  public static String visibleControls(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean control = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (control && sb == null) {
        sb = new StringBuilder(name.length() + 16).append(name, 0, i);
      }
      if (sb != null) {
        if (control) {
          sb.append(String.format(java.util.Locale.ROOT, "\u27E6U+%04X\u27E7", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? name : sb.toString();
  }
}
