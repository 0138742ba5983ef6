package org.fahras.plugins.tika;

import java.util.Map;

/** A shared parser that parses everything in-process (isolation {@code none}). */
final class SharedParserInProcess {

  private static TikaDocumentParser instance;

  private SharedParserInProcess() {}

  static synchronized TikaDocumentParser get() {
    if (instance == null) {
      instance = new TikaDocumentParser();
      instance.configure(Map.of(TikaDocumentParser.OPTION_ISOLATION, IsolatedParsing.NONE));
    }
    return instance;
  }
}
