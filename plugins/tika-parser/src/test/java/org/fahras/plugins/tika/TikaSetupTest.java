package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.txt.TXTParser;
import org.junit.jupiter.api.Test;

/** The start-up check finds the parsers Fahras needs, and names those it misses. */
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
}
