package org.fahras.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Writes the benchmark corpus, deterministically from a seed: {@code plain/} holds the plain-text
 * files (UTF-8, some with a BOM, and windows-1256 with CRLF) in nested folders, {@code mixed/FORMAT/}
 * the mixed-format files.
 *
 * <p>Text comes from real Arabic sentences: consecutive verses of {@code quran-json} (fully
 * vocalised), the project's own MSA sentences ({@code msa-sentences.txt}), and sentences of the
 * CC0 plain-text files of {@code sample-corpus/}. A corpus already generated with the same
 * parameters is reused.
 */
final class CorpusGenerator {

  static final Charset CP1256 = Charset.forName("windows-1256");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.؟!:])\\s+|\\R+");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

  /** What to generate. */
  record Spec(long seed, int plainFiles, long plainBytes, int mixedPerFormat) {
    String key() {
      return seed + "/" + plainFiles + "/" + plainBytes + "/" + mixedPerFormat + "/v1";
    }
  }

  private final Spec spec;
  private final Path repo;
  private final Path cacheDir;
  private final Random rnd;
  private List<List<String>> quran;
  private List<String> sentences;
  private List<String> cp1256Sentences;

  CorpusGenerator(Spec spec, Path repo, Path cacheDir) {
    this.spec = spec;
    this.repo = repo;
    this.cacheDir = cacheDir;
    this.rnd = new Random(spec.seed());
  }

  /** The corpus under {@code out}, generated unless already there with the same spec. */
  Corpus generate(Path out) throws IOException, InterruptedException {
    Path manifest = out.resolve("corpus.properties");
    if (Files.exists(manifest)) {
      Properties p = new Properties();
      try (var r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      if (spec.key().equals(p.getProperty("spec"))) {
        return Corpus.scan(out);
      }
    }
    deleteTree(out);
    quran = QuranText.chapters(cacheDir);
    sentences = ownSentences();
    cp1256Sentences = sentences.stream().filter(s -> canEncode(CP1256, s)).toList();
    writePlain(out.resolve("plain"));
    writeMixed(out.resolve("mixed"));
    Properties p = new Properties();
    p.setProperty("spec", spec.key());
    try (var w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
      p.store(w, "Fahras benchmark corpus; regenerated when the spec changes");
    }
    return Corpus.scan(out);
  }

  // ---- plain text -------------------------------------------------------------------------

  private void writePlain(Path dir) throws IOException {
    // Log-normal sizes (median ~4 KB, a long tail), scaled to the requested total.
    double[] raw = new double[spec.plainFiles()];
    double sum = 0;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = Math.min(Math.exp(8.3 + 1.0 * rnd.nextGaussian()), 250_000);
      sum += raw[i];
    }
    for (int i = 0; i < raw.length; i++) {
      int target = (int) Math.max(200, raw[i] * spec.plainBytes() / sum);
      double kind = rnd.nextDouble();
      boolean cp1256 = kind < 0.15;
      boolean bom = !cp1256 && kind > 0.95;
      String name = (rnd.nextInt(10) == 0 ? "وثيقة-" : "doc-") + String.format(Locale.ROOT, "%05d", i) + ".txt";
      Path file = dir.resolve(String.format(Locale.ROOT, "%02d/%02d", i % 10, (i / 10) % 10)).resolve(name);
      Files.createDirectories(file.getParent());
      String text = cp1256 ? msaDocument(target, cp1256Sentences) : mixedDocument(target);
      byte[] bytes;
      if (cp1256) {
        bytes = text.replace("\n", "\r\n").getBytes(CP1256);
      } else {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
      }
      Files.write(file, bytes);
    }
  }

  /** A document of about {@code targetBytes} UTF-8 bytes: Quran passages, MSA paragraphs or both. */
  private String mixedDocument(int targetBytes) {
    int style = rnd.nextInt(5); // 0,1: Quran; 2,3: MSA; 4: both
    StringBuilder sb = new StringBuilder();
    sb.append(pick(sentences)).append("\n\n");
    while (utf8Estimate(sb) < targetBytes) {
      boolean quranParagraph = style < 2 || (style == 4 && rnd.nextBoolean());
      if (quranParagraph) {
        List<String> chapter = quran.get(rnd.nextInt(quran.size()));
        int from = rnd.nextInt(chapter.size());
        int n = 1 + rnd.nextInt(8);
        for (int v = from; v < Math.min(chapter.size(), from + n); v++) {
          sb.append(chapter.get(v)).append(" (").append(v + 1).append(") ");
        }
      } else {
        appendParagraph(sb, sentences);
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }

  private String msaDocument(int targetBytes, List<String> pool) {
    StringBuilder sb = new StringBuilder();
    sb.append(pick(pool)).append("\n\n");
    while (sb.length() < targetBytes) {
      appendParagraph(sb, pool);
      sb.append("\n\n");
    }
    return sb.toString();
  }

  private void appendParagraph(StringBuilder sb, List<String> pool) {
    int n = 2 + rnd.nextInt(5);
    for (int s = 0; s < n; s++) {
      sb.append(pick(pool)).append(' ');
    }
  }

  private static int utf8Estimate(CharSequence s) {
    return s.length() * 9 / 5;
  }

  // ---- mixed formats ----------------------------------------------------------------------

  /** Formats of the mixed corpus, in report order. */
  static final List<String> MIXED_FORMATS = List.of("html", "eml", "rtf", "docx", "odt", "pdf", "epub");

  private void writeMixed(Path dir) throws IOException {
    int n = spec.mixedPerFormat();
    for (int i = 0; i < n; i++) {
      boolean cp1256 = i % 4 == 3;
      String title = pick(sentences);
      Path html = dir.resolve("html").resolve(String.format(Locale.ROOT, "page-%03d.html", i));
      Files.createDirectories(html.getParent());
      if (cp1256) {
        String t = pick(cp1256Sentences);
        Files.write(html, html(t, msaDocument(6000, cp1256Sentences), "windows-1256").getBytes(CP1256));
      } else {
        Files.write(html, html(title, mixedDocument(10_000), "utf-8").getBytes(StandardCharsets.UTF_8));
      }
      write(dir.resolve("eml").resolve(String.format(Locale.ROOT, "message-%03d.eml", i)),
          eml(title, msaDocument(3000, sentences), i).getBytes(StandardCharsets.US_ASCII));
      write(dir.resolve("rtf").resolve(String.format(Locale.ROOT, "memo-%03d.rtf", i)),
          rtf(title, msaDocument(4000, sentences)).getBytes(StandardCharsets.US_ASCII));
    }
    copies(dir.resolve("docx"), n, "legal/apartment-lease-contract.docx");
    copies(dir.resolve("odt"), n, "food/maqluba-recipe.odt");
    copies(dir.resolve("pdf"), n, "economy/quarterly-economic-note.pdf", "press/heritage-restoration-interview.pdf");
    copies(dir.resolve("epub"), n, "poetry/mutanabbi-maarri-selections.epub");
  }

  private void copies(Path dir, int n, String... samples) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      String sample = samples[i % samples.length];
      String name = Path.of(sample).getFileName().toString();
      int dot = name.lastIndexOf('.');
      Path target = dir.resolve(String.format(Locale.ROOT, "%s-%03d%s", name.substring(0, dot), i, name.substring(dot)));
      Files.copy(repo.resolve("sample-corpus").resolve(sample), target);
    }
  }

  private static String html(String title, String body, String charset) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"")
        .append(charset).append("\">\n<title>").append(escapeXml(title)).append("</title>\n</head>\n<body>\n<h1>")
        .append(escapeXml(title)).append("</h1>\n");
    for (String para : body.split("\n\n")) {
      if (!para.isBlank()) {
        sb.append("<p>").append(escapeXml(para.strip())).append("</p>\n");
      }
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  private static String eml(String subject, String body, int i) {
    Base64.Encoder b64 = Base64.getEncoder();
    Base64.Encoder mime = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII));
    return "From: =?UTF-8?B?" + b64.encodeToString("أمين المكتبة".getBytes(StandardCharsets.UTF_8))
        + "?= <librarian@example.org>\r\n"
        + "To: archive@example.org\r\n"
        + "Subject: =?UTF-8?B?" + b64.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
        + String.format(Locale.ROOT, "Date: Mon, 02 Mar 2026 %02d:%02d:00 +0300\r\n", 8 + i % 10, i % 60)
        + String.format(Locale.ROOT, "Message-ID: <bench-%04d@example.org>\r\n", i)
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + mime.encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  private static String rtf(String title, String body) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fnil\\fcharset178 Arial;}}\n");
    sb.append("{\\info{\\title ").append(rtfText(title)).append("}}\n");
    for (String para : body.split("\n\n")) {
      if (!para.isBlank()) {
        sb.append("\\pard\\rtlpar\\qr\\f0\\fs24 ").append(rtfText(para.strip())).append("\\par\n");
      }
    }
    return sb.append("}\n").toString();
  }

  private static String rtfText(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}') {
        sb.append('\\').append(c);
      } else if (c < 128) {
        sb.append(c);
      } else {
        sb.append("\\u").append((int) (short) c).append('?');
      }
    }
    return sb.toString();
  }

  private static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ---- sentence sources -------------------------------------------------------------------

  /** The project's own sentences plus those of the CC0 plain-text sample documents. */
  private List<String> ownSentences() throws IOException {
    List<String> all = new ArrayList<>();
    try (InputStream in = CorpusGenerator.class.getResourceAsStream("msa-sentences.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(all::add);
    }
    // The seed article (news/korea-deterrence-statement.txt) is not CC0: left out.
    addSentences(all, "history/bayt-al-hikma.md", StandardCharsets.UTF_8);
    addSentences(all, "environment/gulf-water-climate-cp1256.txt", CP1256);
    addSentences(all, "news/cairo-book-fair-iso8859-6.txt", Charset.forName("ISO-8859-6"));
    addSentences(all, "university/graduate-studies-announcement.txt", StandardCharsets.UTF_8);
    addSentences(all, "arts/arabic-calligraphy-styles.html", StandardCharsets.UTF_8);
    return List.copyOf(all);
  }

  private void addSentences(List<String> out, String sample, Charset cs) throws IOException {
    Path file = repo.resolve("sample-corpus").resolve(sample);
    String text = new String(Files.readAllBytes(file), cs).replaceAll("<[^>]*>", "\n").replaceAll("[#*>|`]", " ");
    for (String s : SENTENCE_END.split(text)) {
      String t = s.strip().replaceAll("\\s+", " ");
      if (t.split(" ").length >= 4 && ARABIC_LETTER.matcher(t).find()) {
        out.add(t);
      }
    }
  }

  private String pick(List<String> pool) {
    return pool.get(rnd.nextInt(pool.size()));
  }

  private static boolean canEncode(Charset cs, String s) {
    CharsetEncoder e = cs.newEncoder();
    return e.canEncode(s);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
