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
}
