package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin template as a stranger uses it (docs/plugins.md, "Start from the template"): the
 * folder {@code plugins/template} is copied outside the repository and built there with Maven
 * against the installed API, its own test (which loads it with the test kit) included; the zip it
 * makes is installed with {@code fahras plugins install} and its exporter works through the
 * command line.
 *
 * <p>"Installed" means in the local Maven repository, as {@code mvn install} of the API leaves it.
 * A build that only ran {@code mvn verify} has not installed anything, so the test does what
 * {@code mvn -pl host/api,host/app,host/testkit -am install} would do: it puts the parent POM and
 * the jars and POMs this build made of {@code fahras-api}, {@code fahras-app} and {@code
 * fahras-plugin-testkit} into this build's local repository, in the layout Maven's install
 * plugin writes (written directly, because the install plugin itself may not be in the local
 * repository of a machine that never ran {@code install}, and Maven runs offline here). Every
 * other artifact the template needs, Maven plugins included, is one the reactor build already
 * resolved, so the template builds with {@code mvn -o}.
 */
class TemplatePluginTest {

  @TempDir Path tmp;

  static final String VERSION = System.getProperty("fahras.it.version", "0.1.0-SNAPSHOT");

  @Test
  void theTemplateBuildsOutsideTheRepositoryAndItsExtensionWorksThroughTheCli() throws Exception {
    Path localRepo = localRepository();
    installFahrasArtifacts(localRepo);
    Path project = tmp.resolve("my-plugin");
    copyTemplate(Cli.REPO.resolve("plugins/template"), project);
    assertThat(project.startsWith(Cli.REPO)).isFalse();

    Path log = tmp.resolve("mvn.log");
    // -Dfahras.version: the template names the Fahras version it was written for; build it
    // against this build's, as a user would after installing it.
    int code = maven(project, log, "-o", "-B", "-q", "-Dmaven.repo.local=" + localRepo,
        "-Dfahras.version=" + VERSION, "package");
    assertThat(code).as("mvn package of the template:\n" + Files.readString(log)).isZero();
    Path zip = project.resolve("target/fahras-plugin-template-1.0.0-plugin.zip");
    assertThat(zip).exists();
    // Its own test ran, with the test kit, and passed.
    assertThat(project.resolve("target/surefire-reports/TEST-com.example.fahras.PathListExporterTest.xml"))
        .content()
        .contains("tests=\"1\"")
        .contains("failures=\"0\"")
        .contains("errors=\"0\"");

    Path plugins = Files.createDirectories(tmp.resolve("plugins"));
    try (Stream<Path> s = Files.list(Cli.PLUGINS)) {
      for (Path p : s.toList()) {
        Files.copy(p, plugins.resolve(p.getFileName()));
      }
    }
    Cli.Result install = Cli.run("plugins", "install", zip.toString(), "--plugins", plugins.toString());
    assertThat(install.code()).as(install.err()).isZero();
    assertThat(install.out()).contains("installed path-list 1.0.0");

    Cli.Result verbose = Cli.run("plugins", "--verbose", "--plugins", plugins.toString());
    assertThat(verbose.code()).as(verbose.err()).isZero();
    String entry = verbose.out().substring(verbose.out().indexOf("\npath-list "));
    entry = entry.substring(0, entry.indexOf("\n\n") < 0 ? entry.length() : entry.indexOf("\n\n"));
    assertThat(entry)
        .contains("STARTED")
        .contains("ResultExporter: com.example.fahras.PathListExporter")
        .contains("META-INF/extensions.idx lists 1 class: com.example.fahras.PathListExporter")
        .doesNotContain("problem:");

    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(Cli.SEED, docs.resolve("seed.txt"));
    Path index = tmp.resolve("index");
    Cli.Result indexed = Cli.run("index", "--plugins", plugins.toString(), "--index", index.toString(), docs.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    Path out = tmp.resolve("hits.txt");
    Cli.Result export = Cli.run("search", "--plugins", plugins.toString(), "--index", index.toString(), "كوريا",
        "--export", "paths", "--out", out.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(docs.resolve("seed.txt") + "\n");
  }

  /** The local repository of the build running this test (else Maven's default). */
  static Path localRepository() {
    String configured = System.getProperty("fahras.it.localRepo");
    if (configured != null && !configured.isBlank() && !configured.contains("${")) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /** Puts the parent POM, the API, the host and the test kit into a local repository, as install would. */
  static void installFahrasArtifacts(Path repo) throws IOException {
    install(repo, "fahras-parent", Cli.REPO.resolve("pom.xml"), null);
    install(repo, "fahras-api", Cli.REPO.resolve("host/api/pom.xml"), built("host/api", "fahras-api"));
    install(repo, "fahras-app", Cli.REPO.resolve("host/app/pom.xml"), built("host/app", "fahras-app"));
    install(repo, "fahras-plugin-testkit", Cli.REPO.resolve("host/testkit/pom.xml"),
        built("host/testkit", "fahras-plugin-testkit"));
  }

  private static Path built(String module, String artifactId) {
    Path jar = Cli.REPO.resolve(module + "/target/" + artifactId + "-" + VERSION + ".jar");
    assertThat(jar).as("built by the reactor before this test").exists();
    return jar;
  }

  private static void install(Path repo, String artifactId, Path pom, Path jar) throws IOException {
    Path dir = Files.createDirectories(repo.resolve("org/fahras/" + artifactId + "/" + VERSION));
    String base = artifactId + "-" + VERSION;
    replace(pom, dir.resolve(base + ".pom"));
    if (jar != null) {
      replace(jar, dir.resolve(base + ".jar"));
    }
    String now = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    StringBuilder versions = new StringBuilder();
    for (String ext : jar == null ? List.of("pom") : List.of("jar", "pom")) {
      versions.append("      <snapshotVersion>\n        <extension>").append(ext)
          .append("</extension>\n        <value>").append(VERSION).append("</value>\n        <updated>")
          .append(now).append("</updated>\n      </snapshotVersion>\n");
    }
    String metadata = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<metadata modelVersion=\"1.1.0\">\n  <groupId>org.fahras</groupId>\n  <artifactId>" + artifactId
        + "</artifactId>\n  <version>" + VERSION + "</version>\n  <versioning>\n    <snapshot>\n"
        + "      <localCopy>true</localCopy>\n    </snapshot>\n    <lastUpdated>" + now + "</lastUpdated>\n"
        + "    <snapshotVersions>\n" + versions + "    </snapshotVersions>\n  </versioning>\n</metadata>\n";
    Path tmp = dir.resolve(".metadata-" + java.util.UUID.randomUUID() + ".tmp"); // default permissions
    Files.writeString(tmp, metadata, StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve("maven-metadata-local.xml"), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Copies a file into place atomically, so that a concurrent build never reads half of it. */
  private static void replace(Path from, Path to) throws IOException {
    Path tmp = to.resolveSibling(".install-" + java.util.UUID.randomUUID() + ".tmp"); // default permissions
    Files.copy(from, tmp);
    Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Copies the template's sources (not a {@code target/} left by someone trying it in place). */
  static void copyTemplate(Path template, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(template)) {
      for (Path p : s.sorted().toList()) {
        Path rel = template.relativize(p);
        if (rel.toString().equals("target") || rel.startsWith("target")) {
          continue;
        }
        Path t = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** Runs Maven (from maven.home, else M2_HOME, else the PATH) in a folder; output to a log. */
  static int maven(Path dir, Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putIfAbsent("LC_ALL", "C.UTF-8");
    Process p = pb.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("mvn did not finish in 15 minutes:\n" + Files.readString(log));
    }
    return p.exitValue();
  }

  static String mavenExecutable() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    String name = windows ? "mvn.cmd" : "mvn";
    for (String home : new String[] {System.getProperty("fahras.it.mavenHome"), System.getProperty("maven.home"),
        System.getenv("M2_HOME"), System.getenv("MAVEN_HOME")}) {
      if (home != null && !home.isBlank() && !home.contains("${")) {
        Path mvn = Path.of(home, "bin", name);
        if (Files.isExecutable(mvn)) {
          return mvn.toString();
        }
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path mvn = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(mvn)) {
        return mvn.toString();
      }
    }
    throw new AssertionError("Maven (mvn) not found: set M2_HOME or put mvn on the PATH");
  }
}
