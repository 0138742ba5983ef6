package org.fahras.plugins.tika;

import org.pf4j.Plugin;

/**
 * The plugin's life cycle: when the host stops the plugin (at exit, or when a test or the test
 * kit closes its host), the parser processes of every {@link TikaDocumentParser} this plugin made
 * are ended and their reader threads stopped, so that nothing of the plugin outlives it.
 */
public final class TikaParserPlugin extends Plugin {

  @Override
  public void stop() {
    TikaDocumentParser.closeAll();
  }
}
