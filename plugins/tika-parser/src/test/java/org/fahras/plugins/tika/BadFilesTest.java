package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files, all generated here: each ends as a failure with its reason, quickly. */
class BadFilesTest {

  @TempDir Path dir;

  private static void assertFails(Path file, Reason reason, String message) {
    assertThatThrownBy(() -> SharedParser.get().parse(ParseRequest.of(file)))
        .isInstanceOf(DocumentParseException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((DocumentParseException) e).reason()).isEqualTo(reason));
  }

  @Test
  void smallZipOfAHugeRepetitiveTextIsAZipBomb() throws Exception {
    // 100 KB of zip, 200 MB of text.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("bomb.txt"));
      byte[] chunk = "ا ب ".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 400; i++) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    Path file = Files.write(dir.resolve("bomb.zip"), bytes.toByteArray());

    assertFails(file, Reason.TOO_LARGE, "expands to more than 100 times its size (a zip bomb?)");
  }

  @Test
  void deeplyNestedArchivesAreReadToTheBottom() throws Exception {
    byte[] archive = TestDocuments.utf8("نص في القاع");
    String name = "bottom.txt";
    for (int depth = 0; depth < 30; depth++) {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put(name, archive);
      archive = TestDocuments.zip(entries, false);
      name = "level" + depth + ".zip";
    }
    Path file = Files.write(dir.resolve("deep.zip"), archive);

    var document = SharedParser.get().parse(ParseRequest.of(file));

    int depth = 0;
    while (!document.embedded().isEmpty()) {
      document = document.embedded().get(0).document();
      depth++;
    }
    assertThat(depth).isEqualTo(30);
    assertThat(document.text()).isEqualTo("نص في القاع");
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(TestDocuments.fixture("arabic-sample.docx"));
      }
      fs.writeFilesystem(bytes);
    }
    Path file = Files.write(dir.resolve("secret.docx"), bytes.toByteArray());

    assertFails(file, Reason.ENCRYPTED, ParseFailures.ENCRYPTED);
  }

  @Test
  void randomBytesNamedDocxAreCorrupt() throws Exception {
    byte[] noise = new byte[8192];
    new java.util.Random(3).nextBytes(noise);
    noise[0] = 'P'; // a zip's first bytes, then garbage
    noise[1] = 'K';
    noise[2] = 3;
    noise[3] = 4;
    Path file = Files.write(dir.resolve("broken.docx"), noise);

    assertThatThrownBy(() -> SharedParser.get().parse(ParseRequest.of(file)))
        .isInstanceOf(DocumentParseException.class)
        .satisfies(
            e -> assertThat(((DocumentParseException) e).reason())
                .isIn(Reason.CORRUPT, Reason.UNSUPPORTED))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
