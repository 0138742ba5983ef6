package org.fahras.app.cli;

/**
 * Default settings for slf4j-simple, the distribution's logger: warnings and errors on stderr,
 * the chattiest libraries (PDFBox, POI, SolrJ, ZooKeeper …) only on error. A {@code -D} on the command line wins.
 */
final class Logging {

  private Logging() {}

  static void configureDefaults() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    for (String noisy :
        new String[] {
          "org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika",
          // SolrJ and its ZooKeeper client (the solrcloud backend): ACL advice and connection
          // chatter on every command; their errors still show.
          "org.apache.solr", "org.apache.zookeeper"
        }) {
      setIfAbsent("org.slf4j.simpleLogger.log." + noisy, "error");
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
