package org.fahras.plugins.tika;

/**
 * The parser all tests share: loading Tika takes a few seconds, and sharing one instance is also
 * what the host does.
 */
final class SharedParser {

  private static TikaDocumentParser instance;

  private SharedParser() {}

  static synchronized TikaDocumentParser get() {
    if (instance == null) {
      instance = new TikaDocumentParser();
    }
    return instance;
  }
}
