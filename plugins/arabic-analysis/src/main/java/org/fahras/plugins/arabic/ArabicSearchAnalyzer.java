package org.fahras.plugins.arabic;

import java.io.Reader;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

/**
 * The analyzer for Arabic (and mixed Latin) text behind the {@code STEMMED}, {@code EXACT} and
 * {@code ROOT} fields: one normalisation chain, with light stemming for the stemmed field ({@link
 * ArabicLightStemFilter}), roots for the root field ({@link ArabicRootFilter}), nothing more for
 * the exact field; and, for queries only, the same chains with the spelling variants of names
 * ({@link #withNameVariants()}).
 *
 * <p>Every step is a token filter, so offsets stay those of the surface word, tashkeel and
 * tatweel included, and the highlighter marks the whole word. {@link #normalize(String,
 * TokenStream)} applies the same normalisation to wildcard, prefix and fuzzy query terms.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

  private final boolean stem;
  /** Whether the terms are roots (ROOT field) rather than light stems; implies {@link #stem}. */
  private final boolean root;
  /** Whether each word is followed by its spelling variants (a query-time analyzer). */
  private final boolean nameVariants;
  private final CharArraySet stopWords;
  /** {@link ArabicStopFilter#shapes} of {@link #stopWords}. */
  private final boolean[] stopShapes;
  private final ArabicFolding folding;
  private final boolean proclitics;
  private final boolean tehMarbutaFolded;
  /** The folding of {@link #normalize}: the whole folding, even where the stemmer does a part. */
  private final ArabicFolding termFolding;
  /** Whether terms are joined to their surface forms, and how ({@link Composite}). */
  private final Composite composite;
  /** The VOCALISED folding, for {@link Composite#INDEX} and {@link Composite#VOCALISED_QUERY}. */
  private final ArabicFolding keepingMarks;
  /** The EXACT folding, which tells the marks {@link #keepingMarks} deletes. */
  private final ArabicFolding exactFolding;
  /**
   * For the composite chains: this chain's folding without the tashkeel rule, diacritics
   * canonicalised by {@link #exactFolding} — one folding that gives both the surface and the term.
   */
  private final ArabicFolding surfaceFolding;

  /**
   * The composite chains ({@link ArabicCompositeAnalyzer}): the stemmed chain whose terms are
   * written {@code stem + separator + surface}.
   */
  enum Composite {
    /** Plain terms. */
    NONE,
    /** Index: surface with its diacritics; second stems written with an empty surface. */
    INDEX,
    /** Query for exact matching: surface without diacritics; first stems only. */
    EXACT_QUERY,
    /** Query for vocalised matching: surface with its diacritics; first stems only. */
    VOCALISED_QUERY
  }

  private ArabicSearchAnalyzer(
      boolean stem,
      CharArraySet stopWords,
      ArabicFolding folding,
      boolean proclitics,
      boolean tehMarbutaFolded) {
    this(stem, stopWords, folding, proclitics, tehMarbutaFolded, folding);
  }

  private ArabicSearchAnalyzer(
      boolean stem,
      CharArraySet stopWords,
      ArabicFolding folding,
      boolean proclitics,
      boolean tehMarbutaFolded,
      ArabicFolding termFolding) {
    this.stem = stem;
    this.root = false;
    this.nameVariants = false;
    this.composite = Composite.NONE;
    this.keepingMarks = null;
    this.exactFolding = null;
    this.surfaceFolding = null;
    this.termFolding = termFolding;
    this.tehMarbutaFolded = tehMarbutaFolded;
    this.stopWords = stopWords;
    this.stopShapes = ArabicStopFilter.shapes(stopWords);
    this.folding = folding;
    this.proclitics = proclitics;
  }

  /** An analyzer that normalises, removes stop words and lightly stems. */
  public static ArabicSearchAnalyzer stemmed() {
    return new ArabicSearchAnalyzer(
        true,
        DefaultStopWords.STEMMED_SET,
        DefaultStopWords.STEMMED_FOLDING,
        true,
        true,
        ArabicFolding.DEFAULT);
  }

  /** An analyzer that normalises and removes stop words, but keeps whole words. */
  public static ArabicSearchAnalyzer exact() {
    return new ArabicSearchAnalyzer(false, DefaultStopWords.SET, ArabicFolding.DEFAULT, true, true);
  }

  /** The stemmed chain of {@code base}, reducing words to roots when {@code root}. */
  private ArabicSearchAnalyzer(ArabicSearchAnalyzer base, boolean root) {
    this(base, true, root, false);
  }

  private ArabicSearchAnalyzer(
      ArabicSearchAnalyzer base, boolean stem, boolean root, boolean nameVariants) {
    this(base, stem, root, nameVariants, base.composite, base.keepingMarks, base.exactFolding);
  }

  private ArabicSearchAnalyzer(
      ArabicSearchAnalyzer base,
      boolean stem,
      boolean root,
      boolean nameVariants,
      Composite composite,
      ArabicFolding keepingMarks,
      ArabicFolding exactFolding) {
    this.stem = stem;
    this.root = root;
    this.nameVariants = nameVariants;
    this.composite = composite;
    this.keepingMarks = keepingMarks;
    this.exactFolding = exactFolding;
    this.surfaceFolding =
        composite == Composite.INDEX || composite == Composite.VOCALISED_QUERY
            ? (base.composite == composite && base.surfaceFolding != null
                ? base.surfaceFolding
                : new ArabicFolding(withoutTashkeel(base.folding.rules()), exactFolding))
            : null;
    this.stopWords = base.stopWords;
    this.stopShapes = base.stopShapes;
    this.folding = base.folding;
    this.proclitics = base.proclitics;
    this.tehMarbutaFolded = base.tehMarbutaFolded;
    this.termFolding = base.termFolding;
  }

  /** An analyzer that normalises, removes stop words and reduces words to their roots. */
  static ArabicSearchAnalyzer root(Set<ArabicRule> rules) {
    return new ArabicSearchAnalyzer(
        rules.containsAll(ArabicRule.all()) ? stemmed() : create(true, rules), true);
  }

  /**
   * This analyzer with the spelling variants of transliterated names ({@link ArabicNameVariants})
   * added at each word's position, before stemming; for queries only.
   */
  ArabicSearchAnalyzer withNameVariants() {
    return new ArabicSearchAnalyzer(this, stem, root, true);
  }

  /**
   * This stemmed chain writing composite terms ({@code stem + separator + surface}); {@code
   * vocalised} gives the foldings of the surface with diacritics (for {@link Composite#INDEX} and
   * {@link Composite#VOCALISED_QUERY}).
   */
  ArabicSearchAnalyzer composite(Composite mode, ArabicVocalisedAnalyzer vocalised) {
    if (!stem || root) {
      throw new IllegalStateException("composite terms need the stemmed chain");
    }
    return new ArabicSearchAnalyzer(
        this, true, false, nameVariants, mode, vocalised.keepingMarks(), vocalised.exactFolding());
  }

  /** {@link #stemmed()} with only the given rules on. */
  static ArabicSearchAnalyzer stemmed(Set<ArabicRule> rules) {
    return create(true, rules);
  }

  /** {@link #exact()} with only the given rules on. */
  static ArabicSearchAnalyzer exact(Set<ArabicRule> rules) {
    return create(false, rules);
  }

  private static ArabicSearchAnalyzer create(boolean stem, Set<ArabicRule> rules) {
    if (rules.containsAll(ArabicRule.all())) {
      return stem ? stemmed() : exact();
    }
    ArabicFolding folding = new ArabicFolding(rules);
    boolean proclitics = rules.contains(ArabicRule.PROCLITICS);
    boolean tehMarbuta = rules.contains(ArabicRule.TEH_MARBUTA);
    if (stem && tehMarbuta) {
      ArabicFolding keepingTehMarbuta = new ArabicFolding(withoutTehMarbuta(rules));
      return new ArabicSearchAnalyzer(
          true,
          union(stopWords(folding), stopWords(keepingTehMarbuta)),
          keepingTehMarbuta,
          proclitics,
          true,
          folding);
    }
    return new ArabicSearchAnalyzer(stem, stopWords(folding), folding, proclitics, tehMarbuta);
  }

  /**
   * An analyzer whose tokens have this chain's positions and offsets, at a fraction of its cost:
   * the same char filter, tokenizer and script split. Every later filter keeps positions (a word
   * it drops carries its position increment to the next) or adds tokens at the same position with
   * the offsets of the word they follow (today's spelling of an Uthmani word, a second stem).
   * {@code OffsetsAnalyzerTest} checks it against every chain.
   */
  Analyzer positionsAndOffsets() {
    boolean invisible = folding.has(ArabicRule.INVISIBLE);
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return invisible ? new ZeroWidthSpaceCharFilter(reader) : reader;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordBreakTokenizer();
        return new TokenStreamComponents(source, new ScriptRunSplitFilter(source));
      }
    };
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Before the tokenizer, so that a zero-width space inside a word does not split it.
    return folding.has(ArabicRule.INVISIBLE) ? new ZeroWidthSpaceCharFilter(reader) : reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // Unicode's word rules, as ICUTokenizer applies them, at a fraction of its cost: StandardTokenizer's
    // tokens, made faster on Arabic and Latin text. A zero-width space was made a word joiner
    // before it (initReader), so that it does not split a word.
    Tokenizer source = new WordBreakTokenizer();
    // Right after the tokenizer, which it needs unchanged: splits where the script changes
    // (Googleجوجل → google, جوجل), as ICUTokenizer does; PDF and OCR text often needs it.
    TokenStream result = new ScriptRunSplitFilter(source);
    if (stem && (composite == Composite.INDEX || composite == Composite.NONE)) {
      // A word in the Qur'an's orthography (ٱلْعَٰلَمِينَ) is followed by today's spelling
      // (العالمين), before folding deletes the dagger alef that tells them apart.
      result = new UthmaniSpellingFilter(result);
    }
    if (composite == Composite.INDEX || composite == Composite.VOCALISED_QUERY) {
      // The word with its diacritics (the surface) and without them (the term), in one folding;
      // a token of tatweel or marks alone, empty once folded, is dropped there.
      result =
          SurfaceCaptureFilter.vocalisedAndFolded(
              result, surfaceFolding, exactFolding, keepingMarks.has(ArabicRule.TEH_MARBUTA));
    } else {
      result = normalizeLetters(result);
      // A token of tatweel or marks alone is empty by now.
      result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    }
    // After normalisation, and with a stop set normalised the same way, so that إِلَى, إلى and
    // الى are all removed. Before stemming, so a stemmed content word never hits a stop word.
    result = new ArabicStopFilter(result, stopWords, stopShapes);
    if (nameVariants) {
      // Before stemming, so that each variant is stemmed as the word is. A final ة is still
      // unfolded here, except in the exact chain with the ة rule on.
      char feminine =
          !stem && tehMarbutaFolded ? ArabicNameVariants.HEH : ArabicNameVariants.TEH_MARBUTA;
      result = new ArabicNameVariantFilter(result, feminine);
    }
    if (composite == Composite.EXACT_QUERY) {
      // The folded word (each name variant its own), before stemming.
      result = SurfaceCaptureFilter.folded(result, tehMarbutaFolded);
    }
    if (stem) {
      // Prefixes, proclitic clusters (when on), pronoun and inflectional suffixes; ة → ه here.
      // For the ROOT field, the same light stemming and then the root templates.
      result =
          root
              ? new ArabicRootFilter(result, tehMarbutaFolded)
              : new ArabicLightStemFilter(result, proclitics, tehMarbutaFolded);
      // Latin words: a no-op on Arabic letters.
      result = new EnglishPossessiveFilter(result);
      result = new PorterStemFilter(result);
    }
    if (composite != Composite.NONE) {
      result = new CompositeTermFilter(result, composite != Composite.INDEX);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicFoldingFilter(in, termFolding);
  }

  /** The character-level steps shared by analysis and {@link #normalize(String, TokenStream)}. */
  private TokenStream normalizeLetters(TokenStream in) {
    // One pass, in this order: presentation forms to base letters and decomposed hamza composed
    // (ا + ◌ٔ → أ) while the hamza mark is still there (ICU NFKC_Casefold, only on terms it could
    // change); then ٱ → ا, ؤ ئ → ء, Persian letters, Quranic marks and invisible controls removed;
    // then Lucene's أ إ آ → ا, ة → ه (in the stemmed chain the stemmer does it), ى → ي,
    // harakat and tatweel removed; then ٢٠٢٣ and ۲۰۲۳ → 2023.
    // Each group only when its ArabicRule is on.
    return new ArabicFoldingFilter(in, folding);
  }

  /** The stop set normalised by a folding, so that it matches the terms it is compared with. */
  static CharArraySet stopWords(ArabicFolding folding) {
    try (Analyzer normalizer =
        new ArabicSearchAnalyzer(false, CharArraySet.EMPTY_SET, folding, false, true)) {
      return ArabicStopWords.normalized(normalizer);
    }
  }

  private static Set<ArabicRule> withoutTashkeel(Set<ArabicRule> rules) {
    Set<ArabicRule> less = EnumSet.noneOf(ArabicRule.class);
    less.addAll(rules);
    less.remove(ArabicRule.TASHKEEL);
    return less;
  }

  static Set<ArabicRule> withoutTehMarbuta(Set<ArabicRule> rules) {
    Set<ArabicRule> less = EnumSet.noneOf(ArabicRule.class);
    less.addAll(rules);
    less.remove(ArabicRule.TEH_MARBUTA);
    return less;
  }

  private static CharArraySet union(CharArraySet one, CharArraySet other) {
    CharArraySet all = new CharArraySet(one.size() + other.size(), false);
    all.addAll(one);
    all.addAll(other);
    return CharArraySet.unmodifiableSet(all);
  }

  /** The stop words of the EXACT field with every rule on. */
  static CharArraySet defaultStopWords() {
    return DefaultStopWords.SET;
  }

  /** Holds the stop sets, built once on first use from the chain's own normalisation. */
  private static final class DefaultStopWords {
    static final CharArraySet SET = stopWords(ArabicFolding.DEFAULT);

    /**
     * The stemmed chain's folding: all rules but ة → ه, which {@link ArabicLightStemmer} applies
     * itself once it has seen whether a word ends in ة or in ه.
     */
    static final ArabicFolding STEMMED_FOLDING =
        new ArabicFolding(withoutTehMarbuta(ArabicRule.all()));

    /** Stop words as either folding writes them, so that عدة and عده are both stop words. */
    static final CharArraySet STEMMED_SET = union(SET, stopWords(STEMMED_FOLDING));
  }
}
