package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of hostile and broken files beside good ones, indexed through the packaged
 * plugins: archives nested 40 deep, a zip bomb, an XML entity bomb, a file name with bytes that
 * are not UTF-8, a name with a right-to-left override hiding its extension, a symbolic link loop,
 * random bytes posing as a Word file, an empty file. The run completes (exit 0), each bad file
 * is reported with its path and a reason, every good file is searchable, nothing outside the
 * folder is indexed, and the index passes CheckIndex.
 */
class HostileCorpusTest {

  @TempDir static Path tmp;
  static Path docs;
  static Path index;
  static Cli.Result run;
  static final String GOOD_WORD = "المخطوطات";

  @BeforeAll
  static void generateAndIndex() throws Exception {
    docs = Files.createDirectories(tmp.resolve("docs"));
    index = tmp.resolve("index");
    Files.writeString(docs.resolve("good.txt"), "حفظت " + GOOD_WORD + " النادرة في دار الكتب بعد ترميمها.");
    Files.writeString(docs.resolve("good.html"),
        "<html><head><meta charset=utf-8><title>تقرير</title></head><body><p>فهرسة " + GOOD_WORD
            + " العربية</p><script>alert(1)</script></body></html>");
    nestedZip(docs.resolve("nested.zip"), 40);
    zipBomb(docs.resolve("bomb.zip"), 300L << 20);
    Files.writeString(docs.resolve("laughs.xml"), billionLaughs());
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);
    Files.write(docs.resolve("random.docx"), noise);
    Files.write(docs.resolve("empty.pdf"), new byte[0]);
    // A name whose right-to-left override makes "report‮txt.exe" read as "reportexe.txt".
    Files.writeString(docs.resolve("report\u202Etxt.exe.txt"), "تقرير عن " + GOOD_WORD + " المرممة");
    Path loopDir = Files.createDirectories(docs.resolve("loop"));
    Files.createSymbolicLink(loopDir.resolve("again"), loopDir);
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "سري " + GOOD_WORD);
    Files.createSymbolicLink(docs.resolve("escape"), outside.resolve("secret.txt"));
    // A file name that is not valid UTF-8 (byte 0xFF), made by the shell.
    Process p =
        new ProcessBuilder("/bin/sh", "-c", "printf 'نص %s' \"$1\" > \"$(printf 'bad\\377name.txt')\"", "sh", GOOD_WORD)
            .directory(docs.toFile())
            .inheritIO()
            .start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    run = Cli.withPlugins("index", "--index", index.toString(), docs.toString());
  }

  static void nestedZip(Path target, int depth) throws IOException {
    byte[] inner = ("أعمق " + GOOD_WORD).getBytes(StandardCharsets.UTF_8);
    String name = "deep.txt";
    for (int i = 0; i < depth; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(bytes)) {
        z.putNextEntry(new ZipEntry(name));
        z.write(inner);
        z.closeEntry();
      }
      inner = bytes.toByteArray();
      name = "level" + i + ".zip";
    }
    Files.write(target, inner);
  }

  static void zipBomb(Path target, long bytes) throws IOException {
    try (OutputStream o = Files.newOutputStream(target);
        ZipOutputStream z = new ZipOutputStream(o)) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (long done = 0; done < bytes; done += block.length) {
        z.write(block);
      }
      z.closeEntry();
    }
  }

  static String billionLaughs() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    sb.append(" <!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
    for (int i = 2; i <= 9; i++) {
      sb.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    sb.append("]>\n<lolz>&lol9;</lolz>\n");
    return sb.toString();
  }

  @Test
  void theRunCompletesAndReportsEachBadFileOnOneLine() {
    assertThat(run.code()).as(run.err()).isZero();
    List<String> reported = new ArrayList<>(run.err().lines().filter(l -> l.startsWith("fahras: cannot index")).toList());
    assertThat(reported).anySatisfy(l -> assertThat(l).contains("random.docx"));
    assertThat(reported).anySatisfy(l -> assertThat(l).contains("empty.pdf"));
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void goodFilesAreSearchableAndNothingOutsideTheFolderIsIndexed() throws IOException {
    JsonNode r = Cli.withPlugins("search", "--index", index.toString(), "--json", "--limit", "50", GOOD_WORD).json();
    List<String> paths = new ArrayList<>();
    r.get("hits").forEach(h -> paths.add(h.get("path").asText()));
    assertThat(paths).contains(docs.resolve("good.txt").toString(), docs.resolve("good.html").toString());
    assertThat(paths).anySatisfy(p -> assertThat(p).contains("report\u202Etxt.exe.txt"));
    // The file with a non-UTF-8 name is indexed under the name Java gives it, not dropped.
    assertThat(paths).anySatisfy(p -> assertThat(p).contains("bad").endsWith("name.txt"));
    // A link to a file elsewhere is followed (the default) under its own path in the folder.
    assertThat(paths).contains(docs.resolve("escape").toString());
    assertThat(IndexChecks.paths(index)).allSatisfy(p -> assertThat(p).startsWith(docs.toString()));
  }

  @Test
  void withoutFollowingLinksNothingBeyondTheFolderIsRead() throws IOException {
    Path strict = tmp.resolve("strict-index");
    Cli.Result r = Cli.withPlugins("index", "--index", strict.toString(), "--no-follow-links", docs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode hits = Cli.withPlugins("search", "--index", strict.toString(), "--json", "سري").json();
    assertThat(hits.get("total").asLong()).isZero();
    assertThat(IndexChecks.paths(strict)).noneSatisfy(p -> assertThat(p).endsWith("escape"));
  }

  @Test
  void theHtmlScriptIsNotPartOfTheTextAndTheXmlBombDidNotExpand() throws IOException {
    JsonNode r = Cli.withPlugins("search", "--index", index.toString(), "--json", "alert").json();
    assertThat(r.get("total").asLong()).isZero();
    JsonNode lol = Cli.withPlugins("search", "--index", index.toString(), "--json", "lol").json();
    for (JsonNode h : lol.get("hits")) {
      assertThat(h.get("size").asLong()).isLessThan(10_000);
    }
  }

  @Test
  void theIndexIsCleanAndStatusListsTheFailures() throws IOException {
    IndexChecks.assertClean(index);
    JsonNode status = Cli.run("status", "--index", index.toString(), "--json").json();
    assertThat(status.get("failures").size()).isGreaterThanOrEqualTo(2);
  }
}
