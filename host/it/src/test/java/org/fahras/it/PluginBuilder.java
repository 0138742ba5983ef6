package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.fahras.api.ResultExporter;
import org.pf4j.Extension;

/**
 * Builds a plugin zip in a folder outside the repository, the way a third party would: Java
 * sources compiled against the published API jar with PF4J's annotation processor, packaged as
 * {@code plugin.properties} + {@code classes/}.
 */
final class PluginBuilder {

  private PluginBuilder() {}

  /** The jar (or classes folder) a class was loaded from. */
  static String origin(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /**
   * Compiles and packages a plugin.
   *
   * @param work a folder for the sources and classes
   * @param descriptor the lines of {@code plugin.properties}
   * @param sources fully qualified class name → source
   * @return the plugin zip
   */
  static Path build(Path work, String descriptor, Map<String, String> sources) throws Exception {
    Path src = Files.createDirectories(work.resolve("src"));
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      files.add(f.toString());
    }
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classpath = String.join(File.pathSeparator, origin(ResultExporter.class), origin(Extension.class));
    List<String> args = new ArrayList<>(List.of(
        "-d", classes.toString(), "-cp", classpath, "-processorpath", classpath,
        "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor", "--release", "17"));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
    Path zip = work.resolve("plugin.zip");
    try (OutputStream o = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("plugin.properties"));
      z.write(descriptor.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          z.putNextEntry(new ZipEntry("classes/" + classes.relativize(f).toString().replace(File.separatorChar, '/')));
          z.write(Files.readAllBytes(f));
          z.closeEntry();
        }
      }
    }
    return zip;
  }

  /** A plugins folder with the packaged plugins and the given extra zips. */
  static Path pluginsWith(Path dir, Path... extra) throws Exception {
    Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(Cli.PLUGINS)) {
      for (Path p : s.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    for (Path z : extra) {
      Files.copy(z, dir.resolve(z.getParent().getFileName() + ".zip"));
    }
    return dir;
  }
}
