package org.fahras.app.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.function.Supplier;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;

/**
 * Word boundaries for cutting snippets: ICU's word break iterator (Unicode's word rules, root
 * locale) as a {@link java.text.BreakIterator}, which Lucene's unified highlighter takes.
 *
 * <p>The JDK's own word instance separates words where ICU does (at white space; ICU, following
 * Unicode's current rules, also makes a hyphen and ٪ words of their own and keeps an underscore
 * inside a word), so snippets are cut where they were (the same snippets, word for word, for 346
 * hits of 25 queries on the sample corpus and benchmark text), but its {@code preceding}
 * scans back from the start of a rule run on every call: the highlighter asks for a passage start
 * at every match, so a long document with many matches (a book that names God on every page) took
 * most of a search's time. ICU keeps a cache of boundaries around the current position.
 */
public final class WordBreaks extends java.text.BreakIterator {

  /** The length the passages of a snippet aim at, in characters. */
  public static final int PASSAGE_LENGTH = 180;

  private final BreakIterator icu;
  private CharacterIterator text = new StringCharacterIterator("");

  public WordBreaks() {
    this.icu = BreakIterator.getWordInstance(ULocale.ROOT);
  }

  private WordBreaks(BreakIterator icu, CharacterIterator text) {
    this.icu = icu;
    this.text = text;
  }

  /**
   * The passages of a snippet, as the desktop and the SolrCloud backend cut them: about {@value
   * #PASSAGE_LENGTH} characters, ending at word boundaries.
   */
  public static Supplier<java.text.BreakIterator> passages() {
    return () -> LengthGoalBreakIterator.createClosestToLength(new WordBreaks(), PASSAGE_LENGTH, 0.5f);
  }

  @Override
  public int first() {
    return icu.first();
  }

  @Override
  public int last() {
    return icu.last();
  }

  @Override
  public int next(int n) {
    return icu.next(n);
  }

  @Override
  public int next() {
    return icu.next();
  }

  @Override
  public int previous() {
    return icu.previous();
  }

  @Override
  public int following(int offset) {
    return icu.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return icu.preceding(offset);
  }

  @Override
  public boolean isBoundary(int offset) {
    return icu.isBoundary(offset);
  }

  @Override
  public int current() {
    return icu.current();
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    icu.setText(newText);
  }

  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    icu.setText(newText);
  }

  @Override
  public Object clone() {
    WordBreaks copy = new WordBreaks((BreakIterator) icu.clone(), (CharacterIterator) text.clone());
    return copy;
  }
}
