package org.fahras.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The fully vocalised Arabic text of the npm package {@code quran-json} (CC-BY-4.0), fetched with
 * {@code npm pack} into a cache folder on first use and never committed.
 *
 * <p>Answers the chapters as lists of verses, in order, so a generated document can quote
 * consecutive verses as real running text.
 */
final class QuranText {

  static final String PACKAGE = "quran-json@3.1.2";
  static final String TARBALL = "quran-json-3.1.2.tgz";
  private static final String ENTRY = "package/dist/quran.json";

  private QuranText() {}

  /** The chapters (each a list of verses), fetching the package into {@code cacheDir} if needed. */
  static List<List<String>> chapters(Path cacheDir) throws IOException, InterruptedException {
    Path tarball = cacheDir.resolve(TARBALL);
    if (!Files.exists(tarball)) {
      fetch(cacheDir);
    }
    byte[] json = readTarEntry(tarball, ENTRY);
    JsonNode root = new ObjectMapper().readTree(json);
    List<List<String>> chapters = new ArrayList<>();
    for (JsonNode chapter : root) {
      List<String> verses = new ArrayList<>();
      for (JsonNode verse : chapter.get("verses")) {
        verses.add(verse.get("text").asText());
      }
      chapters.add(List.copyOf(verses));
    }
    return List.copyOf(chapters);
  }

  private static void fetch(Path cacheDir) throws IOException, InterruptedException {
    Files.createDirectories(cacheDir);
    System.err.println("bench: fetching " + PACKAGE + " from the npm registry into " + cacheDir);
    Process p =
        new ProcessBuilder("npm", "pack", PACKAGE, "--silent")
            .directory(cacheDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.exists(cacheDir.resolve(TARBALL))) {
      throw new IOException(
          "`npm pack " + PACKAGE + "` failed in " + cacheDir + "; install npm or put " + TARBALL + " there");
    }
  }

  /** One entry of a gzipped tar (ustar) archive. */
  static byte[] readTarEntry(Path tgz, String name) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        String entry = cString(header, 0, 100);
        if (entry.isEmpty()) {
          break;
        }
        String prefix = cString(header, 345, 155);
        if (!prefix.isEmpty()) {
          entry = prefix + "/" + entry;
        }
        long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
        long padded = (size + 511) / 512 * 512;
        if (entry.equals(name)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
          out.write(in.readNBytes((int) size));
          return out.toByteArray();
        }
        in.skipNBytes(padded);
      }
    }
    throw new IOException(name + " not found in " + tgz);
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.US_ASCII);
  }
}
