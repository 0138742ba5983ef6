package org.fahras.plugins.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Archives written by code with commons-compress: tar, tar.gz, 7z; and office files opened up. */
final class TestArchives {

  private TestArchives() {}

  /** A tar of the given entries (UTF-8 names, POSIX long names), gzipped when {@code gzip}. */
  static byte[] tar(Map<String, byte[]> entries, boolean gzip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(
            gzip ? new GzipCompressorOutputStream(bytes) : bytes, StandardCharsets.UTF_8.name())) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A 7z archive of the given entries, written to {@code file}. */
  static Path sevenZ(Path file, Map<String, byte[]> entries) throws IOException {
    try (SevenZOutputFile out = new SevenZOutputFile(file.toFile())) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        SevenZArchiveEntry entry = new SevenZArchiveEntry();
        entry.setName(e.getKey());
        entry.setSize(e.getValue().length);
        // 7-Zip stores modification times; Tika 3.3.1 fails on an entry without one.
        entry.setLastModifiedTime(FileTime.from(Instant.parse("2026-03-03T10:15:00Z")));
        out.putArchiveEntry(entry);
        out.write(e.getValue());
        out.closeArchiveEntry();
      }
    }
    return file;
  }

  /**
   * The DOCX fixture with {@code embedded} (name → bytes) added under {@code word/embeddings/}, each
   * linked from the document part as an embedded package, as Word stores an embedded workbook or
   * document.
   */
  static byte[] docxWithEmbedded(Map<String, byte[]> embedded) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(TestDocuments.fixture("arabic-sample.docx")))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
    StringBuilder added = new StringBuilder();
    String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
    StringBuilder overrides = new StringBuilder();
    int id = 100;
    for (Map.Entry<String, byte[]> e : embedded.entrySet()) {
      String name = "embeddings/" + e.getKey();
      boolean pkg = e.getKey().endsWith(".xlsx") || e.getKey().endsWith(".docx");
      added
          .append("<Relationship Id=\"rId")
          .append(id++)
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
          .append(pkg ? "package" : "oleObject")
          .append("\" Target=\"")
          .append(name)
          .append("\"/>");
      overrides
          .append("<Override PartName=\"/word/")
          .append(name)
          .append("\" ContentType=\"")
          .append(partType(e.getKey()))
          .append("\"/>");
      parts.put("word/" + name, e.getValue());
    }
    parts.put(
        "word/_rels/document.xml.rels",
        TestDocuments.utf8(rels.replace("</Relationships>", added + "</Relationships>")));
    parts.put(
        "[Content_Types].xml",
        TestDocuments.utf8(types.replace("</Types>", overrides + "</Types>")));
    return TestDocuments.zip(parts, false);
  }

  private static String partType(String name) {
    if (name.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    if (name.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return "application/vnd.openxmlformats-officedocument.oleObject";
  }

  static byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }
}
