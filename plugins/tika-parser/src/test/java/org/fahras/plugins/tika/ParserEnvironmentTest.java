package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.fahras.api.DocumentParseException;
import org.fahras.api.ParseRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the parser behaves as a guest on the host's threads and logging. */
class ParserEnvironmentTest {

  private static final List<String> FIXTURES =
      List.of("arabic-sample.pdf", "arabic-sample.docx", "arabic-sample.odt", "arabic-sample.rtf");

  @TempDir Path dir;

  @Test
  void contextClassLoaderIsRestoredAfterParse() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), TestDocuments.ARABIC);
    ClassLoader hostLoader = new URLClassLoader(new URL[0], null);
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(hostLoader);
    try {
      SharedParser.get().parse(ParseRequest.of(file));

      assertThat(thread.getContextClassLoader()).isSameAs(hostLoader);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void contextClassLoaderIsRestoredAfterFailure() throws Exception {
    Path file = Files.write(dir.resolve("x.pdf"), new byte[] {1, 2, 3});
    ClassLoader hostLoader = new URLClassLoader(new URL[0], null);
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(hostLoader);
    try {
      Throwable thrown = catchThrowable(() -> SharedParser.get().parse(ParseRequest.of(file)));

      assertThat(thrown).isInstanceOf(DocumentParseException.class);
      assertThat(thread.getContextClassLoader()).isSameAs(hostLoader);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void concurrentParsesGiveTheSameResultsAsSequentialOnes() throws Exception {
    List<Path> files = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String fixture : FIXTURES) {
      Path file = TestDocuments.copyFixture(dir, fixture);
      files.add(file);
      expected.add(SharedParser.get().parse(ParseRequest.of(file)).text());
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4, r -> new Thread(r, "parse-test-" + threads.incrementAndGet()));
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Path file : files) {
          results.add(pool.submit(() -> SharedParser.get().parse(ParseRequest.of(file)).text()));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % files.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void log4jApiLogsGoToSlf4j() {
    // Tika and POI log through log4j-api; without the bridge their warnings vanish.
    assertThat(LogManager.getContext(false).getClass().getName())
        .isEqualTo("org.apache.logging.slf4j.SLF4JLoggerContext");
  }

  @Test
  void commonsLoggingGoesToSlf4j() {
    // PDFBox logs through commons-logging, which jcl-over-slf4j replaces.
    assertThat(LogFactory.getLog("pdfbox").getClass().getName()).contains("SLF4J");
  }
}
