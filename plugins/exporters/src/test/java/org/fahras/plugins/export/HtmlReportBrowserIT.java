package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fahras.plugins.export.Fixtures.*;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium: its DOM after loading has no script
 * element and shows the hostile markup as text, and its screenshot is a real, right-to-left
 * picture (saved in {@code target/screenshots/} for a person to look at: the Arabic must be
 * joined).
 *
 * <p>Needs {@code chromium-headless-shell} or {@code chromium} on the PATH (Debian packages of
 * those names). Without one the tests are skipped with that reason, unless the system property
 * {@code fahras.requireBrowser} is {@code true}: then they fail.
 */
class HtmlReportBrowserIT {

  private static final List<String> BROWSERS =
      List.of("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome");

  private static Path browser;

  @TempDir static Path dir;

  private static Path report;

  /** Why the tests are skipped: no browser was found. */
  private static String missing;

  @BeforeAll
  static void findBrowserAndWriteReport() throws IOException {
    Optional<Path> found = findOnPath();
    if (found.isEmpty()) {
      String reason =
          "No headless Chromium on the PATH (looked for "
              + String.join(", ", BROWSERS)
              + "): install the Debian package chromium-headless-shell to run the browser tests";
      if (Boolean.getBoolean("fahras.requireBrowser")) {
        fail(reason + " (fahras.requireBrowser=true)");
      }
      missing = reason;
      System.err.println("SKIPPED " + HtmlReportBrowserIT.class.getSimpleName() + ": " + reason);
      return;
    }
    browser = found.get();
    report = dir.resolve("report.html");
    Files.write(
        report,
        Fixtures.export(new HtmlReportExporter(ZoneOffset.UTC), Fixtures.export(Locale.forLanguageTag("ar")), hits()));
  }

  @BeforeEach
  void skipWithoutABrowser() {
    // Per test, so each one is reported as skipped with the reason.
    assumeTrue(missing == null, missing);
  }

  @Test
  void loadedReportHasNoScriptAndShowsTheMarkupAsText() throws Exception {
    String dom = run("--dump-dom", report.toUri().toString());
    Document doc = Jsoup.parse(dom);
    assertThat(doc.select("article.hit")).as("the DOM Chromium built").hasSize(hits().size());
    assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
    assertThat(doc.getElementById("hit-3").selectFirst(".title").text()).isEqualTo(HOSTILE_TITLE);
    assertThat(doc.getElementById("hit-3").selectFirst(".snippet").text()).isEqualTo(HOSTILE_SNIPPET);
    assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("rtl");
  }

  @Test
  void screenshotIsANonBlankRightToLeftPicture() throws Exception {
    Path png = dir.resolve("report.png");
    run("--screenshot=" + png, "--window-size=1200,900", report.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG at " + png).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(900);

    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);

    // Right to left: the heading hugs the right edge of the page's column, not the left.
    int[] heading = inkColumns(image, 0, 80);
    assertThat(heading[1]).as("rightmost ink of the heading").isGreaterThan(image.getWidth() * 3 / 4);
    assertThat(heading[0]).as("leftmost ink of the heading").isGreaterThan(image.getWidth() / 3);

    Path keep = Path.of("target", "screenshots", "export-html-report.png");
    Files.createDirectories(keep.getParent());
    Files.copy(png, keep, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void englishReportIsLeftToRight() throws Exception {
    Path english = dir.resolve("report-en.html");
    Files.write(
        english,
        Fixtures.export(new HtmlReportExporter(ZoneOffset.UTC), Fixtures.export(Locale.ENGLISH), hits()));
    Path png = dir.resolve("report-en.png");
    run("--screenshot=" + png, "--window-size=1200,900", english.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    int[] heading = inkColumns(image, 0, 80);
    assertThat(heading[0]).as("leftmost ink of the heading").isLessThan(image.getWidth() / 4);
    assertThat(heading[1]).as("rightmost ink of the heading").isLessThan(image.getWidth() * 2 / 3);
  }

  /** The leftmost and rightmost x with dark pixels between rows {@code from} and {@code to}. */
  private static int[] inkColumns(BufferedImage image, int from, int to) {
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        if (grey < 100) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    assertThat(right).as("dark pixels between rows %d and %d", from, to).isGreaterThanOrEqualTo(0);
    return new int[] {left, right};
  }

  /** Runs the browser headless on the report; returns what it printed on standard output. */
  private static String run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(browser.toString());
    command.add("--headless");
    command.add("--no-sandbox"); // tests may run as root (CI)
    command.add("--disable-gpu");
    command.add("--hide-scrollbars");
    command.add("--no-first-run");
    command.add("--user-data-dir=" + dir.resolve("profile"));
    command.addAll(List.of(args));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the browser did not finish in 90 s: " + command);
    }
    if (p.exitValue() != 0) {
      fail("the browser failed (" + p.exitValue() + "): " + Files.readString(stderr));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static Optional<Path> findOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : BROWSERS) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
