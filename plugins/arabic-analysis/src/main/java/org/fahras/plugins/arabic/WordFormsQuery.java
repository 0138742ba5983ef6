package org.fahras.plugins.arabic;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The composite terms of one word ({@link ArabicCompositeAnalyzer}): every term under the prefix
 * {@code stem␟}, or only those whose surface, diacritics left out, is a given word. The terms are
 * read straight from the term dictionary under the prefix and compared as they come, so no
 * automaton is compiled per query (a query has one of these per word and field, in every search).
 */
final class WordFormsQuery extends MultiTermQuery {

  private final BytesRef prefix;
  /** The surface without diacritics, or null for every surface. */
  private final String surface;

  /**
   * @param stemAndSeparator {@code stem␟}
   * @param surface the surface to keep, diacritics ignored; null for all
   */
  WordFormsQuery(String field, String stemAndSeparator, String surface, RewriteMethod rewrite) {
    super(field, rewrite);
    this.prefix = new BytesRef(stemAndSeparator);
    this.surface = surface;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new FilteredTermsEnum(terms.iterator()) {
      {
        setInitialSeekTerm(prefix);
      }

      @Override
      protected AcceptStatus accept(BytesRef term) {
        if (!StringHelper.startsWith(term, prefix)) {
          return AcceptStatus.END;
        }
        if (surface == null) {
          return AcceptStatus.YES;
        }
        String rest =
            new String(term.bytes, term.offset + prefix.length, term.length - prefix.length, java.nio.charset.StandardCharsets.UTF_8);
        return ArabicCompositeAnalyzer.withoutMarks(rest).equals(surface) ? AcceptStatus.YES : AcceptStatus.NO;
      }
    };
  }

  /** The same terms as an automaton, for visitors that need one (highlighting an unrewritten query). */
  Automaton automaton() {
    Automaton stem = Automata.makeString(prefix.utf8ToString());
    Automaton rest =
        surface == null ? Automata.makeAnyString() : ArabicVocalisedQuery.automaton(surface);
    return Operations.determinize(Operations.concatenate(stem, rest), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(getField())) {
      visitor.consumeTermsMatching(this, getField(), () -> new ByteRunAutomaton(automaton(), false, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }
  }

  @Override
  public String toString(String field) {
    String shown = prefix.utf8ToString().replace(ArabicCompositeAnalyzer.SEPARATOR, '␟') + (surface == null ? "*" : surface);
    return (getField().equals(field) ? "" : getField() + ":") + shown;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WordFormsQuery q
        && sameClassAs(o)
        && q.getField().equals(getField())
        && q.prefix.equals(prefix)
        && Objects.equals(q.surface, surface)
        && q.getRewriteMethod().equals(getRewriteMethod());
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), getField(), prefix, surface);
  }
}
