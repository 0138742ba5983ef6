package org.fahras.app.plugins;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside a plugin's files to explain why it does not load or shows no extensions, for
 * {@code fahras plugins --verbose}: what its top level holds when the descriptor is missing, and
 * which classes are annotated {@code @Extension} (or implement an extension point) without being
 * listed in {@code META-INF/extensions.idx}.
 *
 * <p>Class files are read, never loaded: a diagnosis runs no plugin code.
 */
final class PluginDiagnostics {

  /** The descriptor of PF4J's {@code @Extension} annotation in a class file. */
  private static final String EXTENSION_ANNOTATION = "Lorg/pf4j/Extension;";

  /** Where PF4J's annotation processor writes the extension index, under the classes folder. */
  static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

  private PluginDiagnostics() {}

  /**
   * What the classes of a plugin say about its extensions.
   *
   * @param indexPresent whether {@code META-INF/extensions.idx} exists
   * @param indexed the class names the index lists
   * @param annotated classes carrying {@code @Extension}
   * @param implementers non-abstract classes that directly implement a Fahras extension point,
   *     with the point's simple name ({@code com.x.Y (ResultExporter)})
   */
  record ClassesReport(boolean indexPresent, Set<String> indexed, Set<String> annotated, Set<String> implementers) {

    /** Annotated classes the index does not list: PF4J will never create them. */
    List<String> notIndexed() {
      List<String> missing = new ArrayList<>();
      for (String c : annotated) {
        if (!indexed.contains(c)) {
          missing.add(c);
        }
      }
      return missing;
    }

    /** Classes implementing an extension point without the {@code @Extension} annotation. */
    List<String> notAnnotated() {
      List<String> result = new ArrayList<>();
      for (String c : implementers) {
        String name = c.substring(0, c.indexOf(' '));
        if (!annotated.contains(name) && !indexed.contains(name)) {
          result.add(c);
        }
      }
      return result;
    }

    /** Index entries naming a class that is not in the plugin. */
    List<String> indexedButMissing(Set<String> allClasses) {
      List<String> result = new ArrayList<>();
      for (String c : indexed) {
        if (!allClasses.contains(c)) {
          result.add(c);
        }
      }
      return result;
    }
  }

  /** The classes folder of a plugin: {@code classes/}, or {@code target/classes} in development. */
  static Path classesFolder(Path pluginPath, boolean development) {
    return development ? pluginPath.resolve("target/classes") : pluginPath.resolve("classes");
  }

  /**
   * Reads a plugin's classes folder (or a plugin jar).
   *
   * @param classes a folder of class files or a jar; a missing one gives an empty report
   * @param allClasses receives the name of every class found, may be {@code null}
   */
  static ClassesReport scan(Path classes, Set<String> allClasses) throws IOException {
    Set<String> indexed = new TreeSet<>();
    Set<String> annotated = new TreeSet<>();
    Set<String> implementers = new TreeSet<>();
    boolean indexPresent = false;
    if (Files.isDirectory(classes)) {
      Path idx = classes.resolve(EXTENSIONS_INDEX);
      if (Files.isRegularFile(idx)) {
        indexPresent = true;
        indexed.addAll(readIndex(Files.readAllLines(idx, StandardCharsets.UTF_8)));
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(classes)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList();
      }
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          record(ClassFile.read(in), annotated, implementers, allClasses);
        }
      }
    } else if (Files.isRegularFile(classes) && classes.getFileName().toString().endsWith(".jar")) {
      try (ZipFile z = new ZipFile(classes.toFile())) {
        ZipEntry idx = z.getEntry(EXTENSIONS_INDEX);
        if (idx != null) {
          indexPresent = true;
          try (InputStream in = z.getInputStream(idx)) {
            indexed.addAll(readIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()));
          }
        }
        for (ZipEntry e : java.util.Collections.list(z.entries())) {
          if (e.getName().endsWith(".class")) {
            try (InputStream in = z.getInputStream(e)) {
              record(ClassFile.read(in), annotated, implementers, allClasses);
            }
          }
        }
      }
    }
    return new ClassesReport(indexPresent, indexed, annotated, implementers);
  }

  private static void record(ClassFile c, Set<String> annotated, Set<String> implementers, Set<String> all) {
    if (c == null) {
      return;
    }
    if (all != null) {
      all.add(c.name());
    }
    if (c.hasExtensionAnnotation()) {
      annotated.add(c.name());
    }
    if (!c.isAbstract()) {
      for (Class<?> point : PluginHost.EXTENSION_POINTS) {
        if (c.interfaces().contains(point.getName())) {
          implementers.add(c.name() + " (" + point.getSimpleName() + ")");
        }
      }
    }
  }

  private static List<String> readIndex(List<String> lines) {
    List<String> names = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        names.add(l);
      }
    }
    return names;
  }

  /**
   * Why a plugin folder or zip has no usable descriptor: what its top level holds, and a
   * {@code plugin.properties} one folder down (a zip made of the folder instead of its content).
   *
   * @param source the plugin zip, jar or folder as the user installed it
   */
  static List<String> missingDescriptor(Path source) {
    List<String> notes = new ArrayList<>();
    Set<String> top = new LinkedHashSet<>();
    String nested = null;
    try {
      if (Files.isDirectory(source)) {
        try (Stream<Path> s = Files.list(source)) {
          for (Path p : s.sorted().toList()) {
            top.add(p.getFileName() + (Files.isDirectory(p) ? "/" : ""));
            if (Files.isDirectory(p) && Files.exists(p.resolve("plugin.properties"))) {
              nested = p.getFileName() + "/plugin.properties";
            }
          }
        }
      } else if (Files.isRegularFile(source)) {
        try (ZipFile z = new ZipFile(source.toFile())) {
          for (ZipEntry e : java.util.Collections.list(z.entries())) {
            String name = e.getName();
            int slash = name.indexOf('/');
            top.add(slash < 0 ? name : name.substring(0, slash + 1));
            if (name.matches("[^/]+/plugin\\.properties")) {
              nested = name;
            }
          }
        }
      }
    } catch (IOException e) {
      notes.add("cannot read " + source + ": " + e.getMessage());
      return notes;
    }
    notes.add(
        "PF4J looks for plugin.properties (or a MANIFEST.MF with Plugin-Id) at the top of the plugin;"
            + " the top of " + source.getFileName() + " holds: "
            + (top.isEmpty() ? "nothing" : String.join(", ", top)));
    if (nested != null) {
      notes.add(
          "found " + nested + ": the zip holds the plugin folder itself; zip the folder's content"
              + " (plugin.properties, classes/, lib/) instead");
    } else {
      notes.add(
          "write plugin.properties with plugin.id, plugin.version, plugin.requires (and optionally"
              + " plugin.class, plugin.provider) at the top of the zip; a plugin built with"
              + " plugins/pom.xml or the template gets one from its pom.xml");
    }
    return notes;
  }

  /**
   * The bits of a class file a diagnosis needs: its name, whether it is abstract (or an
   * interface), the interfaces it names directly, and whether it carries {@code @Extension}.
   */
  record ClassFile(String name, boolean isAbstract, Set<String> interfaces, boolean hasExtensionAnnotation) {

    /** Parses a class file's header and constant pool; {@code null} when it is not one. */
    static ClassFile read(InputStream raw) throws IOException {
      DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
      if (in.readInt() != 0xCAFEBABE) {
        return null;
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] classNameIndex = new int[count];
      boolean annotated = false;
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> {
            utf8[i] = in.readUTF();
            annotated |= EXTENSION_ANNOTATION.equals(utf8[i]);
          }
          case 7 -> classNameIndex[i] = in.readUnsignedShort();
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // takes two slots
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      int access = in.readUnsignedShort();
      String name = className(utf8, classNameIndex, in.readUnsignedShort());
      in.readUnsignedShort(); // super class
      int n = in.readUnsignedShort();
      Set<String> interfaces = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        interfaces.add(className(utf8, classNameIndex, in.readUnsignedShort()));
      }
      boolean isAbstract = (access & 0x0400) != 0 || (access & 0x0200) != 0;
      return new ClassFile(name, isAbstract, interfaces, annotated);
    }

    private static String className(String[] utf8, int[] classNameIndex, int classIndex) {
      String internal = utf8[classNameIndex[classIndex]];
      return internal == null ? "" : internal.replace('/', '.');
    }
  }
}
