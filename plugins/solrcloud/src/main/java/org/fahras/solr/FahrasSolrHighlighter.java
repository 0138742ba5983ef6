package org.fahras.solr;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.solr.highlight.UnifiedSolrHighlighter;
import org.apache.solr.request.SolrQueryRequest;
import org.fahras.app.search.MarkPassageFormatter;
import org.fahras.app.search.WordBreaks;

/**
 * Solr's unified highlighter, with snippets as the desktop writes them when a request asks for
 * it ({@value #PARAM}{@code =true}): each passage its own snippet, adjacent passages too (Lucene's
 * default formatter joins passages that touch), hits in the {@code hl.tag.pre}/{@code hl.tag.post}
 * tags, passages cut as the desktop cuts them ({@link WordBreaks}), the rest escaped as the
 * desktop escapes it ({@code < > & " '}), runs of white space
 * collapsed; and, when nothing in a text matched ({@code hl.defaultSummary=true}), only its first
 * passage, as the desktop shows. Without the parameter it is Solr's unified highlighter
 * unchanged.
 *
 * <p>Register in {@code solrconfig.xml}: {@code <searchComponent name="highlight"
 * class="solr.HighlightComponent"><highlighting class="org.fahras.solr.FahrasSolrHighlighter"/>
 * </searchComponent>}, and ask with {@code hl.method=unified}.
 */
public class FahrasSolrHighlighter extends UnifiedSolrHighlighter {

  /** The request parameter that asks for the desktop's snippets. */
  public static final String PARAM = "fahras.hl";

  @Override
  protected UnifiedHighlighter getHighlighter(SolrQueryRequest req) {
    return new SolrExtendedUnifiedHighlighter(req) {
      @Override
      public int getMaxNoHighlightPassages(String field) {
        int n = super.getMaxNoHighlightPassages(field);
        return desktop(field) && n != 0 ? 1 : n;
      }

      @Override
      protected java.text.BreakIterator getBreakIterator(String field) {
        // Passages of words (hl.bs.type=WORD) as the desktop cuts them: about 180 characters at
        // ICU's word boundaries, whatever hl.fragsize says. The whole text (WHOLE) stays Solr's.
        boolean words = "WORD".equalsIgnoreCase(params.getFieldParam(field, "hl.bs.type"));
        return desktop(field) && words ? WordBreaks.passages().get() : super.getBreakIterator(field);
      }

      @Override
      protected PassageFormatter getFormatter(String field) {
        if (!desktop(field)) {
          return super.getFormatter(field);
        }
        // The desktop's marks (<mark>…</mark>) and escaping, whatever hl.tag.pre/post say.
        return new DesktopPassageFormatter(SNIPPET_SEPARATOR);
      }

      private boolean desktop(String field) {
        return params.getFieldBool(field, PARAM, false);
      }
    };
  }

  /** The desktop's own {@link MarkPassageFormatter}, its snippets joined by Solr's snippet separator. */
  static final class DesktopPassageFormatter extends PassageFormatter {
    private final MarkPassageFormatter desktop = new MarkPassageFormatter();
    private final String separator;

    DesktopPassageFormatter(String separator) {
      this.separator = separator;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      @SuppressWarnings("unchecked")
      List<String> snippets = (List<String>) desktop.format(passages, content);
      return String.join(separator, snippets);
    }
  }
}
