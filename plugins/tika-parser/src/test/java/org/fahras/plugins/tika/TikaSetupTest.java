package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.txt.TXTParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up check finds the parsers Fahras needs, and names those it misses; Tika is loaded by
 * the first file that needs it, not when the plugin starts.
 */
class TikaSetupTest {

  @Test
  void pluginConfigurationLoadsEveryRequiredParser() {
    AutoDetectParser parser = TikaSetup.createParser(getClass().getClassLoader());

    assertThat(
            TikaSetup.missingParsers(
                parser, MediaTypeRegistry.getDefaultRegistry(), TikaSetup.REQUIRED_TYPES))
        .isEmpty();
  }

  @Test
  void missingParsersAreListed() {
    AutoDetectParser textOnly = new AutoDetectParser(new TXTParser());

    assertThat(
            TikaSetup.missingParsers(
                textOnly, MediaTypeRegistry.getDefaultRegistry(), TikaSetup.REQUIRED_TYPES))
        .contains(MediaType.application("pdf"), MediaType.application("zip"))
        .doesNotContain(MediaType.TEXT_PLAIN);
  }

  @Test
  void parserIdIsTika() {
    assertThat(SharedParser.get().id()).isEqualTo("tika");
  }

  @Test
  void tikaIsLoadedByTheFirstFileNotByStartOrSettings(@TempDir Path dir) throws Exception {
    TikaDocumentParser parser = new TikaDocumentParser();
    try {
      parser.configure(Map.of(TikaDocumentParser.OPTION_OCR, "false", TikaDocumentParser.OPTION_ISOLATION, "none"));
      assertThat(parser.tikaLoaded()).isFalse();

      Path file = Files.writeString(dir.resolve("خبر.txt"), "وصل الوفد إلى القاهرة صباح اليوم.", StandardCharsets.UTF_8);
      ParsedDocument doc = parser.parse(ParseRequest.of(file));

      assertThat(doc.text()).isEqualTo("وصل الوفد إلى القاهرة صباح اليوم.");
      assertThat(parser.tikaLoaded()).isTrue();
      // New settings keep the loaded Tika and apply to the next file.
      parser.configure(Map.of(TikaDocumentParser.OPTION_OCR, "false", TikaDocumentParser.OPTION_ISOLATION, "none"));
      assertThat(parser.tikaLoaded()).isTrue();
      assertThat(parser.ocrActive()).isFalse();
    } finally {
      parser.isolation().close();
    }
  }
}
