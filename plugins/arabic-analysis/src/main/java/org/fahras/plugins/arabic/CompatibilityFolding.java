package org.fahras.plugins.arabic;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

/**
 * The ICU NFKC case-folding normaliser the analysis chain uses, restricted so that it never puts a
 * space inside a token.
 *
 * <p>NFKC_Casefold turns presentation forms into base letters (ﻻ → لا, ﺍﻟﻌﺮﺑﻴﺔ → العربية, ﷲ →
 * الله), composes decomposed hamza (ا + U+0654 → أ), lowercases Latin, and drops default-ignorable
 * characters (ZWNJ, ZWJ, bidi controls). It keeps Arabic harakat and Quranic marks (only reordering
 * them canonically), which later filters remove.
 *
 * <p>A handful of letters decompose to text containing a space: ﷺ and ﷻ become whole phrases, the
 * isolated forms of harakat (U+FE70 …, U+FC5E …) a space plus a mark. A term must not contain a
 * space, so those code points are left as they are; {@link ArabicLetterNormalizer} then deletes the
 * harakat forms, and ﷺ stays a term of its own.
 */
final class CompatibilityFolding {

  private static final char SPACE = ' ';

  /** NFKC_Casefold for every code point whose mapping has no space in it. */
  static final Normalizer2 NFKC_CASEFOLD_WITHOUT_SPACES =
      new FilteredNormalizer2(
          Normalizer2.getNFKCCasefoldInstance(), mappingsWithoutSpace().freeze());

  /**
   * {@link #NFKC_CASEFOLD_WITHOUT_SPACES}, and also leaving default-ignorable characters (zero-width
   * joiners, bidi controls …) alone, for a chain that keeps them.
   */
  private static final class KeepingInvisible {
    static final Normalizer2 NORMALIZER =
        new FilteredNormalizer2(
            Normalizer2.getNFKCCasefoldInstance(),
            mappingsWithoutSpace()
                .removeAll(new UnicodeSet("[:Default_Ignorable_Code_Point:]"))
                .freeze());
  }

  private CompatibilityFolding() {}

  /**
   * The NFKC case-folding normaliser without spaces, removing default-ignorable characters or
   * not.
   */
  static Normalizer2 nfkcCasefold(boolean removeInvisible) {
    return removeInvisible ? NFKC_CASEFOLD_WITHOUT_SPACES : KeepingInvisible.NORMALIZER;
  }

  private static UnicodeSet mappingsWithoutSpace() {
    Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
    UnicodeSet withSpace = new UnicodeSet();
    // Only characters a tokenizer keeps inside a word matter; scanning them takes a few ms.
    UnicodeSet wordCharacters = new UnicodeSet("[[:L:][:M:][:N:]]");
    for (UnicodeSetIterator it = new UnicodeSetIterator(wordCharacters); it.next(); ) {
      String mapping = nfkcCasefold.getDecomposition(it.codepoint);
      if (mapping != null && mapping.indexOf(SPACE) >= 0) {
        withSpace.add(it.codepoint);
      }
    }
    return withSpace.complement();
  }
}
