package org.fahras.plugins.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test inputs: committed fixtures from {@code test-documents/} and files written by code. */
final class TestDocuments {

  /** Words of the LibreOffice fixtures ({@code arabic-sample.*}), in reading order. */
  static final String FIXTURE_TITLE = "تقرير المكتبة العربية";

  static final String FIXTURE_SENTENCE = "تحتوي المكتبة على مخطوطات نادرة في الفلسفة والطب والفلك.";

  /** A sentence for generated files. */
  static final String ARABIC = "يبحث فهرس في الوثائق العربية بسرعة ودقة";

  private TestDocuments() {}

  /** The bytes of a committed fixture. */
  static byte[] fixture(String name) {
    try (InputStream in = TestDocuments.class.getResourceAsStream("/test-documents/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a committed fixture into {@code dir}, so it is parsed from a real file. */
  static Path copyFixture(Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), fixture(name));
  }

  /**
   * A zip of the given entries, in order. An entry whose name ends in {@code /} is a folder; the
   * first entry is stored uncompressed when {@code storeFirst} (EPUB's {@code mimetype}).
   */
  static byte[] zip(Map<String, byte[]> entries, boolean storeFirst) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      boolean first = true;
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (first && storeFirst) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
        first = false;
      }
    }
    return bytes.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** An e-mail with an Arabic subject, sender name and body, and optionally an attachment. */
  static String email(String subject, String body, String attachmentName, String attachment) {
    StringBuilder mail = new StringBuilder();
    mail.append("From: =?UTF-8?B?")
        .append(base64("فاطمة الزهراء"))
        .append("?= <fatima@example.org>\r\n")
        .append("To: reader@example.org\r\n")
        .append("Subject: =?UTF-8?B?")
        .append(base64(subject))
        .append("?=\r\n")
        .append("Date: Tue, 03 Mar 2026 10:15:00 +0000\r\n")
        .append("Message-ID: <1@example.org>\r\n")
        .append("MIME-Version: 1.0\r\n");
    String textPart =
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64(body)
            + "\r\n";
    if (attachmentName == null) {
      return mail.append(textPart).toString();
    }
    return mail.append("Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n")
        .append("--b1\r\n")
        .append(textPart)
        .append("--b1\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n")
        .append("Content-Disposition: attachment; filename=\"=?UTF-8?B?")
        .append(base64(attachmentName))
        .append("?=\"\r\n")
        .append("Content-Transfer-Encoding: base64\r\n\r\n")
        .append(base64(attachment))
        .append("\r\n--b1--\r\n")
        .toString();
  }

  /** A minimal EPUB 2 book: one chapter, Arabic title, author and text. */
  static byte[] epub(String title, String author, String chapterText) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", utf8("application/epub+zip"));
    entries.put(
        "META-INF/container.xml",
        utf8(
            "<?xml version=\"1.0\"?><container version=\"1.0\""
                + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                + " full-path=\"OEBPS/content.opf\""
                + " media-type=\"application/oebps-package+xml\"/></rootfiles></container>"));
    entries.put(
        "OEBPS/content.opf",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package"
                + " xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\""
                + " unique-identifier=\"id\"><metadata"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
                + title
                + "</dc:title>"
                + "<dc:creator>"
                + author
                + "</dc:creator><dc:language>ar</dc:language><dc:identifier"
                + " id=\"id\">urn:uuid:fahras-test-book</dc:identifier></metadata><manifest><item"
                + " id=\"ch1\" href=\"chapter1.xhtml\""
                + " media-type=\"application/xhtml+xml\"/></manifest><spine><itemref"
                + " idref=\"ch1\"/></spine></package>"));
    entries.put(
        "OEBPS/chapter1.xhtml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"ar\" dir=\"rtl\">"
                + "<head><title>الفصل الأول</title></head>"
                + "<body><h1>الفصل الأول</h1><p>"
                + chapterText
                + "</p></body></html>"));
    return zip(entries, true);
  }

  /**
   * An EPUB 3 book: one chapter in the spine, plus {@code extra} entries (paths under {@code
   * OEBPS/}) listed in the manifest, {@code nav.xhtml} as the navigation document.
   */
  static byte[] epub3(String title, String author, String chapterText, Map<String, byte[]> extra)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", utf8("application/epub+zip"));
    entries.put(
        "META-INF/container.xml",
        utf8(
            "<?xml version=\"1.0\"?><container version=\"1.0\""
                + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                + " full-path=\"OEBPS/content.opf\""
                + " media-type=\"application/oebps-package+xml\"/></rootfiles></container>"));
    StringBuilder manifest = new StringBuilder();
    int n = 0;
    for (String path : extra.keySet()) {
      String href = path.substring("OEBPS/".length());
      manifest
          .append("<item id=\"x")
          .append(n++)
          .append("\" href=\"")
          .append(href)
          .append("\" media-type=\"")
          .append(epubMediaType(href))
          .append(href.equals("nav.xhtml") ? "\" properties=\"nav" : "")
          .append("\"/>");
    }
    entries.put(
        "OEBPS/content.opf",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package"
                + " xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                + " unique-identifier=\"id\"><metadata"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
                + title
                + "</dc:title><dc:creator>"
                + author
                + "</dc:creator><dc:language>ar</dc:language><dc:identifier"
                + " id=\"id\">urn:uuid:fahras-test-book3</dc:identifier></metadata><manifest>"
                + manifest
                + "<item id=\"ch1\" href=\"chapter1.xhtml\""
                + " media-type=\"application/xhtml+xml\"/></manifest><spine><itemref"
                + " idref=\"ch1\"/></spine></package>"));
    entries.putAll(extra);
    entries.put(
        "OEBPS/chapter1.xhtml",
        utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"ar\" dir=\"rtl\">"
                + "<head><title>الفصل الأول</title></head><body><p>"
                + chapterText
                + "</p></body></html>"));
    return zip(entries, true);
  }

  private static String epubMediaType(String href) {
    if (href.endsWith(".xhtml")) {
      return "application/xhtml+xml";
    }
    if (href.endsWith(".css")) {
      return "text/css";
    }
    if (href.endsWith(".png")) {
      return "image/png";
    }
    if (href.endsWith(".ttf")) {
      return "font/ttf";
    }
    return "application/octet-stream";
  }

  /** A 1×1 PNG: a picture with no text in it. */
  static byte[] onePixelPng() {
    return Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(utf8(text));
  }

  /** A one-page PDF that opens only with a password. */
  static byte[] passwordProtectedPdf(String text) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }
}
