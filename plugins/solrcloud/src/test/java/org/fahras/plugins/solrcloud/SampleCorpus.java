package org.fahras.plugins.solrcloud;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text files of {@code sample-corpus/} (plain text in its four encodings, Markdown, HTML),
 * read simply: the point is that the local index and Solr get the same text.
 */
final class SampleCorpus {

  /** One file's text. */
  record Doc(String path, String title, String body) {}

  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

  private SampleCorpus() {}

  static Path folder() {
    String p = System.getProperty("fahras.sampleCorpus");
    Path dir = p != null ? Paths.get(p) : Paths.get("../../sample-corpus");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("sample corpus not found at " + dir.toAbsolutePath());
    }
    return dir.toAbsolutePath().normalize();
  }

  static List<Doc> read() throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder())) {
      files = s.filter(Files::isRegularFile).filter(SampleCorpus::isText).sorted().toList();
    }
    for (Path f : files) {
      String text = decode(f);
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      String title = null;
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        Matcher m = TITLE.matcher(text);
        title = m.find() ? unescape(m.group(1).strip()) : null;
        text = htmlText(text);
      }
      docs.add(new Doc(f.toString(), title, text));
    }
    return docs;
  }

  private static boolean isText(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm");
  }

  /** UTF-16 with a byte-order mark, else UTF-8 when it decodes, else by the name (cp1256, iso8859-6). */
  static String decode(Path f) throws IOException {
    byte[] b = Files.readAllBytes(f);
    if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return new String(b, StandardCharsets.UTF_16);
    }
    try {
      String s =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
      Charset cs = n.contains("8859-6") || n.contains("8859_6") ? Charset.forName("ISO-8859-6") : Charset.forName("windows-1256");
      return new String(b, cs);
    }
  }

  private static String htmlText(String html) {
    String s = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ");
    s = s.replaceAll("(?is)<br\\s*/?>|</p>|</h\\d>|</li>|</div>", "\n");
    s = s.replaceAll("(?s)<[^>]*>", " ");
    return unescape(s).replaceAll("[ \\t]+", " ").strip();
  }

  private static String unescape(String s) {
    return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /**
   * A parser that gives the desktop's indexer these documents' text and title, looked up by the
   * file's absolute path; it accepts only those files.
   */
  static org.fahras.api.DocumentParser parserOf(java.util.Map<String, Doc> byPath) {
    return new org.fahras.api.DocumentParser() {
      @Override
      public String id() {
        return "sample-text";
      }

      @Override
      public boolean accepts(Path file) {
        return byPath.containsKey(file.toAbsolutePath().normalize().toString());
      }

      @Override
      public org.fahras.api.ParsedDocument parse(org.fahras.api.ParseRequest request) {
        Doc d = byPath.get(request.file().toAbsolutePath().normalize().toString());
        return new org.fahras.api.ParsedDocument(d.body(), d.title(), null, null, null, null, "text/plain", null, null, null);
      }
    };
  }
}
