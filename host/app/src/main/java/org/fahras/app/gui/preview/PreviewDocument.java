package org.fahras.app.gui.preview;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;

/**
 * The preview's document: the stored text, one paragraph element per line, each with its own run
 * direction ({@link TextAttribute#RUN_DIRECTION}) and alignment, built in one step so that
 * Swing's bidi analysis sees the directions. Character attributes are uniform: hits are shown by
 * highlight painters, never by restyling runs, which would split an Arabic word into separately
 * shaped pieces.
 *
 * <p>The document text equals the view-model's text character for character, so match offsets
 * can be used as document positions.
 */
public final class PreviewDocument extends DefaultStyledDocument {

  private static final long serialVersionUID = 1L;

  /** Replaces the content with {@code text}, split into the given paragraphs, in {@code font}. */
  public void load(String text, List<PreviewViewModel.Paragraph> paragraphs, Font font) {
    SimpleAttributeSet chars = new SimpleAttributeSet();
    StyleConstants.setFontFamily(chars, font.getFamily());
    StyleConstants.setFontSize(chars, font.getSize());
    List<ElementSpec> specs = new ArrayList<>();
    // create() takes the first spec as the root element's start; the paragraphs follow.
    specs.add(new ElementSpec(new SimpleAttributeSet(), ElementSpec.StartTagType));
    int covered = 0;
    for (PreviewViewModel.Paragraph p : paragraphs) {
      SimpleAttributeSet para = new SimpleAttributeSet();
      para.addAttribute(
          TextAttribute.RUN_DIRECTION, p.rightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
      StyleConstants.setAlignment(para, p.rightToLeft() ? StyleConstants.ALIGN_RIGHT : StyleConstants.ALIGN_LEFT);
      StyleConstants.setSpaceBelow(para, 4f);
      StyleConstants.setLineSpacing(para, 0.15f);
      // The paragraph's characters plus the one line break after it (or a final one).
      int end = Math.min(text.length(), p.end() + 1);
      char[] content = (text.substring(p.start(), end) + (end == p.end() ? "\n" : "")).toCharArray();
      specs.add(new ElementSpec(para, ElementSpec.StartTagType));
      specs.add(new ElementSpec(chars, ElementSpec.ContentType, content, 0, content.length));
      specs.add(new ElementSpec(null, ElementSpec.EndTagType));
      covered = end;
    }
    if (covered != text.length()) {
      throw new IllegalArgumentException("paragraphs do not cover the text");
    }
    // create() bypasses insertString, which is where Swing turns on bidi analysis and complex
    // (shaped) layout when it sees right-to-left text; turn them on here ("i18n" is
    // AbstractDocument's property for it).
    putProperty("i18n", Boolean.TRUE);
    create(specs.toArray(ElementSpec[]::new));
  }
}
