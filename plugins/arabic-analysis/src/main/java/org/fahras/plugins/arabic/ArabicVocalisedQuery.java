package org.fahras.plugins.arabic;

import static org.fahras.plugins.arabic.ArabicVocalisation.SHADDA;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Builds the query for one token of the {@code VOCALISED} field: an {@link AutomatonQuery} that
 * matches every indexed vocalisation compatible with the token's.
 *
 * <p>Compatibility is decided letter by letter, on the canonical form of {@link
 * ArabicVocalisation} (a shadda, then one vowel sign, sukun counting as a vowel sign):
 *
 * <ul>
 *   <li>A letter that is bare in the query or in the document matches whatever the other side
 *       has: marks absent on either side are not required. A token without any mark therefore
 *       matches every vocalisation of its letters.
 *   <li>When the letter carries marks on both sides, the vowel signs must be the same (or one
 *       side has none), and the shadda must be on both sides or on neither: كَتَبَ does not match
 *       كَتَّبَ, a different word, while مدرّس (shadda only) matches مُدَرِّس.
 * </ul>
 *
 * <p>So كَتَبَ matches كتب, كَتب, كَتَب and كَتَبَ, and neither كُتُب, كُتِبَ nor كَتَّبَ.
 */
final class ArabicVocalisedQuery {

  private ArabicVocalisedQuery() {}

  /**
   * The query for {@code token}, a term of the VOCALISED analyzer, in {@code field}.
   *
   * @throws IllegalArgumentException when the token is empty
   */
  static AutomatonQuery of(String field, String token) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("empty vocalised token");
    }
    return new AutomatonQuery(new Term(field, token), automaton(token));
  }

  /** The automaton of the document terms compatible with {@code token}. */
  static Automaton automaton(String token) {
    List<Automaton> letters = new ArrayList<>();
    int i = 0;
    while (i < token.length()) {
      int letter = token.codePointAt(i);
      i += Character.charCount(letter);
      boolean shadda = false;
      char vowel = 0;
      while (i < token.length() && ArabicVocalisation.isKept(token.charAt(i))) {
        char mark = token.charAt(i++);
        if (mark == SHADDA) {
          shadda = true;
        } else if (vowel == 0) {
          vowel = mark;
        }
      }
      letters.add(letter(letter, shadda, vowel));
    }
    return Operations.concatenate(letters);
  }

  /** One letter and the marks a document may have on it. */
  private static Automaton letter(int letter, boolean shadda, char vowel) {
    Automaton base = Automata.makeChar(letter);
    Automaton marks;
    if (!shadda && vowel == 0) {
      // Bare in the query: any marks.
      marks = Operations.concatenate(optional(Automata.makeChar(SHADDA)), optional(anyVowel()));
    } else if (shadda) {
      // Bare in the document, or a shadda and then this vowel (any, when the query has none).
      Automaton then = vowel == 0 ? anyVowel() : Automata.makeChar(vowel);
      marks = optional(Operations.concatenate(Automata.makeChar(SHADDA), optional(then)));
    } else {
      // Bare in the document, or this vowel without a shadda.
      marks = optional(Automata.makeChar(vowel));
    }
    return Operations.concatenate(base, marks);
  }

  private static Automaton anyVowel() {
    List<Automaton> vowels = new ArrayList<>();
    for (char v : ArabicVocalisation.VOWELS) {
      vowels.add(Automata.makeChar(v));
    }
    return Operations.union(vowels);
  }

  private static Automaton optional(Automaton a) {
    return Operations.optional(a);
  }
}
