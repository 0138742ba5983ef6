package org.fahras.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.highlight.UnifiedSolrHighlighter;
import org.apache.solr.request.SolrQueryRequest;

/**
 * Solr's unified highlighter, with snippets as the desktop writes them when a request asks for
 * it ({@value #PARAM}{@code =true}): each passage its own snippet, adjacent passages too (Lucene's
 * default formatter joins passages that touch), hits in the {@code hl.tag.pre}/{@code hl.tag.post}
 * tags, the rest escaped as the desktop escapes it ({@code < > & " '}), runs of white space
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
      protected PassageFormatter getFormatter(String field) {
        if (!desktop(field)) {
          return super.getFormatter(field);
        }
        String pre = params.getFieldParam(field, HighlightParams.TAG_PRE, "<mark>");
        String post = params.getFieldParam(field, HighlightParams.TAG_POST, "</mark>");
        return new DesktopPassageFormatter(pre, post, SNIPPET_SEPARATOR);
      }

      private boolean desktop(String field) {
        return params.getFieldBool(field, PARAM, false);
      }
    };
  }

  /** The desktop's {@code MarkPassageFormatter}, its snippets joined by Solr's snippet separator. */
  static final class DesktopPassageFormatter extends PassageFormatter {
    private final String open;
    private final String close;
    private final String separator;

    DesktopPassageFormatter(String open, String close, String separator) {
      this.open = open;
      this.close = close;
      this.separator = separator;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<String> snippets = new ArrayList<>();
      for (Passage p : passages) {
        StringBuilder sb = new StringBuilder();
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (start < pos) {
            // An overlapping match (one word matched by two queries): extend the last mark.
            if (end > pos) {
              sb.setLength(sb.lastIndexOf(close));
              escape(content, pos, end, sb);
              sb.append(close);
              pos = end;
            }
            continue;
          }
          escape(content, pos, start, sb);
          sb.append(open);
          escape(content, start, end, sb);
          sb.append(close);
          pos = end;
        }
        escape(content, pos, p.getEndOffset(), sb);
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
          snippets.add(s);
        }
      }
      return String.join(separator, snippets);
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        switch (c) {
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '&' -> out.append("&amp;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          default -> out.append(c);
        }
      }
    }
  }
}
