package org.fahras.plugins.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * E-mail containers written by code: an mbox of several messages, and an Outlook {@code .msg}.
 *
 * <p>No tool here writes {@code .msg} files (POI's HSMF only reads them), so {@link
 * #outlookMessage} builds one from the format's specification ([MS-OXMSG]): an OLE2 compound file
 * with one stream per string property ({@code __substg1.0_XXXXYYYY}, {@code XXXX} the property id,
 * {@code 001F} UTF-16LE text) and the fixed-size properties (here the sent time) in {@code
 * __properties_version1.0}.
 */
final class TestMessages {

  private static final int PT_SYSTIME = 0x0040;
  private static final int PR_CLIENT_SUBMIT_TIME = 0x0039;
  private static final int PR_MESSAGE_DELIVERY_TIME = 0x0E06;
  /** 100-ns intervals between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
  private static final long FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000L;

  private TestMessages() {}

  /** An mbox file holding the given RFC 822 messages, each after its {@code From } line. */
  static String mbox(String... messages) {
    StringBuilder box = new StringBuilder();
    for (String message : messages) {
      box.append("From fatima@example.org Tue Mar  3 10:15:00 2026\n")
          .append(message.replace("\r\n", "\n"))
          .append("\n\n");
    }
    return box.toString();
  }

  /** An Outlook message with the given subject, sender name, plain-text body and sent time. */
  static byte[] outlookMessage(String subject, String sender, String body, Instant sent)
      throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryEntry root = fs.getRoot();
      string(root, 0x001A, "IPM.Note");
      string(root, 0x0037, subject);
      string(root, 0x0E1D, subject); // normalised subject
      string(root, 0x0C1A, sender);
      string(root, 0x0042, sender);
      string(root, 0x0C1F, "fatima@example.org");
      string(root, 0x0E04, "reader@example.org"); // display To
      string(root, 0x1000, body);
      ByteBuffer props = ByteBuffer.allocate(32 + 2 * 16).order(ByteOrder.LITTLE_ENDIAN);
      props.position(32); // header: reserved, next ids, counts: all 0 (no recipients, attachments)
      long filetime = sent.toEpochMilli() * 10_000 + FILETIME_EPOCH_OFFSET;
      for (int id : new int[] {PR_CLIENT_SUBMIT_TIME, PR_MESSAGE_DELIVERY_TIME}) {
        props.putInt((id << 16) | PT_SYSTIME).putInt(0x6).putLong(filetime);
      }
      root.createDocument("__properties_version1.0", new ByteArrayInputStream(props.array()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static void string(DirectoryEntry dir, int id, String value) throws IOException {
    String name = String.format("__substg1.0_%04X001F", id);
    dir.createDocument(name, new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
  }
}
