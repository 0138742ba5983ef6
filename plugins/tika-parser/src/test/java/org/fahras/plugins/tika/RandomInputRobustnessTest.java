package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fahras.api.DocumentParseException;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and damaged input never makes anything but a document or a {@link DocumentParseException}
 * escape the parser.
 *
 * <p>The seed is printed; rerun a failure with {@code -Dtests.seed=…}.
 */
class RandomInputRobustnessTest {

  private static final int ROUNDS = 300;
  private static final List<String> EXTENSIONS =
      List.of(".pdf", ".docx", ".zip", ".html", ".txt", ".rtf");
  private static final List<String> FIXTURES =
      List.of("arabic-sample.pdf", "arabic-sample.docx", "arabic-sample.odt", "arabic-sample.rtf");

  @TempDir Path dir;

  @Test
  void randomAndMutatedFilesGiveDocumentOrParseException() throws Exception {
    long seed = Long.getLong("tests.seed", 20_260_301L);
    System.out.println("RandomInputRobustnessTest seed: " + seed + " (rerun with -Dtests.seed=)");
    Random random = new Random(seed);
    int documents = 0;
    int failures = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String name = "input-" + round + EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
      // Half pure noise, half real documents with damage: noise rarely gets past detection.
      byte[] bytes = round % 2 == 0 ? noise(random) : damaged(random);
      Path file = Files.write(dir.resolve(name), bytes);
      try {
        ParsedDocument document = SharedParser.get().parse(ParseRequest.of(file));
        assertThat(document.text()).as("text of %s (seed %d)", name, seed).isNotNull();
        documents++;
      } catch (DocumentParseException e) {
        assertThat(e.getMessage()).as("message for %s (seed %d)", name, seed).isNotBlank();
        failures++;
      } catch (RuntimeException | Error e) {
        throw new AssertionError("round " + round + " (" + name + "), seed " + seed + ": " + e, e);
      }
    }
    System.out.println("parsed " + documents + ", rejected " + failures);
    assertThat(documents + failures).isEqualTo(ROUNDS);
  }

  private static byte[] noise(Random random) {
    byte[] bytes = new byte[random.nextInt(4096)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A fixture cut short, or with a few bytes overwritten. */
  private static byte[] damaged(Random random) {
    byte[] bytes = TestDocuments.fixture(FIXTURES.get(random.nextInt(FIXTURES.size())));
    if (random.nextBoolean()) {
      return Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }
    for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
