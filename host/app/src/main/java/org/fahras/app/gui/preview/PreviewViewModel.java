package org.fahras.app.gui.preview;

import org.fahras.api.EntityRecognizer.EntitySpan;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.fahras.app.gui.BidiText;
import org.fahras.app.gui.SearchBackend;
import org.fahras.app.search.InvalidQueryException;
import org.fahras.app.search.SearchHit;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.TextRange;

/**
 * The preview pane's state without Swing: the whole stored text of the selected document, where
 * the query matched in it, the current hit (next/previous wrap around) and the direction of each
 * paragraph, from its first strong character.
 *
 * <p>Threading as in {@code SearchViewModel}: called and firing on the UI thread, loading on the
 * worker; a load that is no longer the latest is dropped.
 */
public final class PreviewViewModel {

  /** Property: a new document (or none) is shown. */
  public static final String DOCUMENT = "document";
  /** Property: the current hit moved. */
  public static final String CURRENT_HIT = "currentHit";

  /** Characters shown at most; longer texts are cut (and their hits past the cut dropped). */
  public static final int MAX_CHARS = 2_000_000;

  /** Where the preview stands. */
  public enum State {
    EMPTY,
    LOADING,
    SHOWN,
    /** The document is no longer in the index (removed since the search). */
    MISSING,
    FAILED
  }

  /**
   * A paragraph of the text, {@code [start, end)} without its line break.
   *
   * @param rightToLeft its direction: from its first strong character, else the previous
   *     paragraph's, else the default
   */
  public record Paragraph(int start, int end, boolean rightToLeft) {}

  private final SearchBackend backend;
  private final Executor worker;
  private final Executor ui;
  private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
  private boolean defaultRightToLeft;

  private long generation;
  private State state = State.EMPTY;
  private SearchHit hit;
  private String text = "";
  private boolean truncated;
  private List<TextRange> hits = List.of();
  private List<EntitySpan> entities = List.of();
  private SearchRequest lastRequest;
  private List<Paragraph> paragraphs = List.of();
  private int current = -1;
  private String errorMessage;

  public PreviewViewModel(SearchBackend backend, Executor worker, Executor ui) {
    this.backend = backend;
    this.worker = worker;
    this.ui = ui;
  }

  public void addListener(PropertyChangeListener l) {
    changes.addPropertyChangeListener(l);
  }

  public void removeListener(PropertyChangeListener l) {
    changes.removePropertyChangeListener(l);
  }

  /** The direction of paragraphs without a strong character at the start of the text (the UI's). */
  public void setDefaultRightToLeft(boolean rtl) {
    this.defaultRightToLeft = rtl;
  }

  /** Loads a hit's document and the request's matches in it; null clears the preview. */
  public void show(SearchHit newHit, SearchRequest request) {
    long gen = ++generation;
    if (newHit == null || request == null) {
      apply(gen, State.EMPTY, null, "", List.of(), null, List.of());
      return;
    }
    this.hit = newHit;
    this.lastRequest = request;
    state = State.LOADING;
    changes.firePropertyChange(DOCUMENT, null, state);
    String path = newHit.path();
    worker.execute(
        () -> {
          try {
            String body = backend.storedText(path);
            if (body == null) {
              ui.execute(() -> apply(gen, State.MISSING, newHit, "", List.of(), null, List.of()));
              return;
            }
            List<TextRange> ranges = backend.matchOffsets(request, path);
            String shown = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
            List<EntitySpan> found = backend.entities(shown, null);
            ui.execute(() -> {
              apply(gen, State.SHOWN, newHit, body, ranges, null, found);
            });
          } catch (IOException | InvalidQueryException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            ui.execute(() -> apply(gen, State.FAILED, newHit, "", List.of(), msg, List.of()));
          }
        });
  }

  private void apply(
      long gen, State s, SearchHit h, String body, List<TextRange> ranges, String message, List<EntitySpan> found) {
    if (gen != generation) {
      return; // another document was selected meanwhile
    }
    state = s;
    hit = h;
    errorMessage = message;
    truncated = body.length() > MAX_CHARS;
    text = lineBreaks(truncated ? body.substring(0, MAX_CHARS) : body);
    List<TextRange> kept = new ArrayList<>();
    for (TextRange r : ranges) {
      if (r.end() <= text.length()) {
        kept.add(r);
      }
    }
    hits = List.copyOf(kept);
    List<EntitySpan> keptEntities = new ArrayList<>();
    for (EntitySpan e : found) {
      if (e.end() <= text.length()) {
        keptEntities.add(e);
      }
    }
    entities = List.copyOf(keptEntities);
    paragraphs = paragraphs(text, defaultRightToLeft);
    current = hits.isEmpty() ? -1 : 0;
    changes.firePropertyChange(DOCUMENT, null, state);
    changes.firePropertyChange(CURRENT_HIT, -2, current);
  }

  /**
   * The text with every line break a single {@code \n} and its length unchanged (so match offsets
   * stay valid): {@code \r\n} becomes a space and {@code \n}, a lone {@code \r} a {@code \n}.
   */
  static String lineBreaks(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\r') {
        c[i] = i + 1 < c.length && c[i + 1] == '\n' ? ' ' : '\n';
      }
    }
    return new String(c);
  }

  /**
   * Splits text at line breaks ({@code \n}) and gives each paragraph its direction: from its first
   * strong character; a paragraph without one (numbers, punctuation, an empty line) takes the
   * direction of the paragraph before it, or, at the start of the text, of the first paragraph
   * that has one; {@code defaultRtl} only when no paragraph has.
   */
  public static List<Paragraph> paragraphs(String text, boolean defaultRtl) {
    List<int[]> spans = new ArrayList<>();
    List<Boolean> dirs = new ArrayList<>();
    Boolean first = null;
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n') {
        if (i < n || start < n || spans.isEmpty()) {
          Boolean dir = BidiText.rightToLeft(text, start, i);
          spans.add(new int[] {start, i});
          dirs.add(dir);
          first = first == null ? dir : first;
        }
        start = i + 1;
      }
    }
    List<Paragraph> out = new ArrayList<>(spans.size());
    boolean rtl = first != null ? first : defaultRtl;
    for (int k = 0; k < spans.size(); k++) {
      rtl = dirs.get(k) != null ? dirs.get(k) : rtl;
      out.add(new Paragraph(spans.get(k)[0], spans.get(k)[1], rtl));
    }
    return out;
  }

  /** Whether the user can add names to the recognised entities. */
  public boolean canAddEntities() {
    return backend.recognisesEntities();
  }

  /**
   * Adds a name (the user's selection) to their own entities and shows the document again with
   * it marked. Runs on the worker; {@code done} gets null or the error message, on the UI thread.
   */
  public void addEntity(String name, String type, java.util.function.Consumer<String> done) {
    SearchHit shown = hit;
    SearchRequest request = lastRequest;
    worker.execute(
        () -> {
          String error = null;
          try {
            backend.addUserEntity(name, type);
          } catch (IOException | RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
          }
          String message = error;
          ui.execute(
              () -> {
                if (message == null && shown != null && shown == hit) {
                  show(shown, request);
                }
                done.accept(message);
              });
        });
  }

  /** Moves to the next hit, after the last back to the first; false when there are none. */
  public boolean next() {
    return moveTo(current + 1);
  }

  /** Moves to the previous hit, before the first to the last; false when there are none. */
  public boolean previous() {
    return moveTo(current - 1);
  }

  private boolean moveTo(int index) {
    if (hits.isEmpty()) {
      return false;
    }
    int old = current;
    current = Math.floorMod(index, hits.size());
    changes.firePropertyChange(CURRENT_HIT, old, current);
    return true;
  }

  public State state() {
    return state;
  }

  /** The hit whose document is shown, or null. */
  public SearchHit hit() {
    return hit;
  }

  public String text() {
    return text;
  }

  /** True when the text was cut at {@link #MAX_CHARS}. */
  public boolean isTruncated() {
    return truncated;
  }

  /** The matches in {@link #text()}, in text order. */
  public List<TextRange> hits() {
    return hits;
  }

  /** The named entities in {@link #text()}, in text order (none without a recogniser). */
  public List<EntitySpan> entities() {
    return entities;
  }

  /** The entity types present in the text, in the order the legend shows them. */
  public List<String> entityTypes() {
    java.util.Set<String> present = new java.util.LinkedHashSet<>();
    for (String known : org.fahras.app.entities.EntityExtraction.KNOWN_TYPES) {
      for (EntitySpan e : entities) {
        if (e.type().equals(known)) {
          present.add(known);
          break;
        }
      }
    }
    entities.forEach(e -> present.add(e.type()));
    return List.copyOf(present);
  }

  /** The index of the current hit in {@link #hits()}, -1 when there are none. */
  public int currentHit() {
    return current;
  }

  /** The current hit's range, or null. */
  public TextRange currentRange() {
    return current < 0 ? null : hits.get(current);
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * The direction most of the text runs in (by characters of right-to-left and left-to-right
   * paragraphs); the default when there is no text.
   */
  public boolean mostlyRightToLeft() {
    long rtl = 0;
    long ltr = 0;
    for (Paragraph p : paragraphs) {
      if (p.rightToLeft()) {
        rtl += p.end() - p.start();
      } else {
        ltr += p.end() - p.start();
      }
    }
    return rtl == ltr ? defaultRightToLeft : rtl > ltr;
  }

  public String errorMessage() {
    return errorMessage;
  }
}
