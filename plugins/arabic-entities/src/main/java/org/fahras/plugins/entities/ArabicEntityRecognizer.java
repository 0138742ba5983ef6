package org.fahras.plugins.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.api.Configurable;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityType;
import org.fahras.api.PluginOption;
import org.pf4j.Extension;

/**
 * The Arabic {@link EntityRecognizer}: persons, places, organisations, dates, times, amounts of
 * money and percentages in Arabic text, by gazetteers and rules over folded tokens.
 *
 * <p>The text is folded ({@link FoldedText}), split into tokens ({@link Tokens}) and read once
 * per rule, each proposing candidate spans; the longest candidates win, then the most trusted
 * ({@link Analysis#choose}); finally names found by the rules are found again elsewhere in the
 * document ({@link DocumentNames}). The order of the rules does not matter: only the choice
 * does. Every step is linear in the text's length (hash look-ups, bounded look-ahead).
 *
 * <p>{@link Configurable}: {@value #OPTION_ICU} (ICU's Arabic names of countries, regions and
 * cities, on), {@value #OPTION_NUMERIC} (dates, times, money, percentages, on), {@value
 * #OPTION_CONSISTENCY} (a name found once is found again, on).
 *
 * <p>Thread-safe: settings and lexicon are immutable and replaced as a whole; each call has its
 * own state, in arrays its thread reuses from call to call ({@link Scratch}: about 22 MB kept
 * per calling thread after a text of a million chars). The lexicon is built on first use and
 * again only after a change of settings.
 */
@Extension
public final class ArabicEntityRecognizer implements EntityRecognizer, Configurable {

  /** The recogniser's identifier. */
  public static final String ID = "arabic-entities";

  static final String OPTION_ICU = "icuNames";
  static final String OPTION_NUMERIC = "numeric";
  static final String OPTION_CONSISTENCY = "consistency";

  private static final List<PluginOption> OPTIONS =
      List.of(
          PluginOption.bool(OPTION_ICU, true, "option.icuNames"),
          PluginOption.bool(OPTION_NUMERIC, true, "option.numeric"),
          PluginOption.bool(OPTION_CONSISTENCY, true, "option.consistency"));

  private static final Set<String> TYPES =
      Set.of(
          EntityType.PERSON,
          EntityType.LOCATION,
          EntityType.ORGANIZATION,
          EntityType.DATE,
          EntityType.TIME,
          EntityType.MONEY,
          EntityType.PERCENT);

  /** Settings and the lexicon they give, replaced as a whole. */
  /** The options and the user's names, replaced as a whole. */
  private record Setup(boolean icu, boolean numeric, boolean consistency, List<UserEntity> user) {}

  /** The lexicon of a setup, built on first use. */
  private record Built(Setup setup, Lexicon builtIn, Lexicon lexicon) {}

  private volatile Setup setup = new Setup(true, true, true, List.of());

  /** The lexicon of the current setup, or of an earlier one (then rebuilt on the next use). */
  private volatile Built built;

  /**
   * A recogniser with every option on and no names of the user. The word lists and ICU's names
   * are read on first use (0.5–1.5 s), not here: a command that never recognises pays nothing.
   */
  public ArabicEntityRecognizer() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<String> types() {
    return TYPES;
  }

  @Override
  public List<PluginOption> options() {
    return OPTIONS;
  }

  @Override
  public synchronized void configure(Map<String, String> values) {
    boolean icu = read(values, OPTION_ICU);
    boolean numeric = read(values, OPTION_NUMERIC);
    boolean consistency = read(values, OPTION_CONSISTENCY);
    setup = new Setup(icu, numeric, consistency, setup.user());
  }

  private static boolean read(Map<String, String> values, String key) {
    PluginOption option =
        OPTIONS.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    String v = values.getOrDefault(key, option.defaultValue());
    if (!option.accepts(v)) {
      throw new IllegalArgumentException(
          "Option " + key + " of the Arabic entity plugin must be true or false, not '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  @Override
  public synchronized void userEntities(List<UserEntity> entries) {
    Setup s = setup;
    setup = new Setup(s.icu(), s.numeric(), s.consistency(),
        entries == null ? List.of() : List.copyOf(entries));
  }

  /** The lexicon for the current setup: the built-in lists are read again only for ICU's. */
  private Lexicon lexicon(Setup s) {
    Built b = built;
    if (b != null && b.setup() == s) {
      return b.lexicon();
    }
    synchronized (this) {
      b = built;
      if (b == null || b.setup() != s) {
        Lexicon builtIn =
            b != null && b.setup().icu() == s.icu() ? b.builtIn() : Lexicon.load(s.icu());
        Lexicon lexicon = s.user().isEmpty() ? builtIn : builtIn.withUserEntities(s.user());
        b = new Built(s, builtIn, lexicon);
        built = b;
      }
      return b.lexicon();
    }
  }

  @Override
  public List<EntitySpan> recognize(String text, String language) {
    return recognize(text, true);
  }

  /**
   * {@link #recognize} without the repeated mentions that consistency within the document adds
   * ({@link DocumentNames#echo}): each of them repeats the type and canonical form of a name
   * found elsewhere in the text, so the distinct pairs are the same, and the index keeps only
   * those. About a sixth less work per text.
   */
  @Override
  public List<EntitySpan> recognizeForIndex(String text, String language) {
    return recognize(text, false);
  }

  private List<EntitySpan> recognize(String text, boolean mentions) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Setup s = setup;
    // The lexicon first: building it folds words, which must not share the thread's arrays.
    Lexicon lexicon = lexicon(s);
    Scratch scratch = Scratch.get();
    Analysis a = new Analysis(FoldedText.of(text, scratch), lexicon, scratch);
    try {
      new GazetteerRule().find(a);
      new PersonRule().find(a);
      new OrganizationRule().find(a);
      new LocationRule().find(a);
      if (s.numeric()) {
        new NumericRule().find(a);
        new AmountRule().find(a);
      }
      List<Analysis.Candidate> chosen = a.choose();
      if (s.consistency()) {
        chosen = DocumentNames.joinFamilyNames(a, chosen);
      }
      if (mentions && s.consistency()) {
        chosen = DocumentNames.echo(a, chosen);
      }
      return spans(a, chosen, mentions);
    } finally {
      a.release();
    }
  }

  /**
   * The baseline the evaluation compares with: gazetteer look-up alone (built-in, ICU's and the
   * user's names, with clitics), no rules, no dates or numbers, no consistency.
   */
  List<EntitySpan> recognizeWithGazetteerOnly(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Analysis a = new Analysis(FoldedText.of(text), lexicon(setup));
    new GazetteerRule().find(a);
    return spans(a, a.choose(), true);
  }

  /** The spans of the chosen candidates; without their surface forms when not {@code withText}. */
  private static List<EntitySpan> spans(Analysis a, List<Analysis.Candidate> chosen, boolean withText) {
    List<EntitySpan> spans = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (Analysis.Candidate c : chosen) {
      EntitySpan s = a.span(c, withText);
      // One presentation-form character can fold to several words (ﷺ): spans drawn from it
      // would share their original characters, so only the first is kept.
      if (s.start() >= previousEnd) {
        spans.add(s);
        previousEnd = s.end();
      }
    }
    return spans;
  }
}
