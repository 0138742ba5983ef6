package org.fahras.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.DocumentParser;
import org.fahras.api.EntityRecognizer;
import org.fahras.api.EntityRecognizer.EntitySpan;
import org.fahras.api.ResultExporter;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.cli.Main;
import org.fahras.app.entities.EntityExtraction;
import org.fahras.app.export.ResultExport;
import org.fahras.app.index.IndexRunResult;
import org.fahras.app.index.Indexer;
import org.fahras.app.plugins.PluginHost;
import org.fahras.app.plugins.PluginInfo;
import org.fahras.app.search.SearchRequest;
import org.fahras.app.search.SearchResult;
import org.fahras.app.search.SearchService;

/**
 * A real Fahras host for a plugin's own tests: the plugin is loaded by PF4J through the host's
 * {@link PluginHost} (its own class loader, its descriptor, its {@code requires} range, its
 * extension index), and documents are indexed and searched with the host's {@link Indexer},
 * {@link IndexAnalysis} and {@link SearchService}, assembled as the command line assembles them.
 *
 * <pre>{@code
 * try (FahrasTestHost fahras = FahrasTestHost.builder().pluginModule(Path.of("")).start()) {
 *   fahras.document("a.txt", "نص عربي");
 *   fahras.index();
 *   assertThat(fahras.search("عربي").total()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Everything lives in a temporary folder (plugins, plugin cache, documents, index) deleted by
 * {@link #close()}. The plugin's classes come from its own class loader, as in the application:
 * reach them through the extension point interfaces ({@link #extensions}), never by casting to
 * the plugin's classes. When no installed parser accepts a {@code .txt} file, the kit reads it
 * as UTF-8 text itself (see {@link Builder#plainTextParser}), so that an analyzer, recogniser or
 * exporter plugin can be tested without a parser plugin. Not thread-safe: one test, one host.
 */
public final class FahrasTestHost implements AutoCloseable {

  private final Path root;
  private final Path pluginsDir;
  private final Path dataDir;
  private final Path documents;
  private final Path indexDir;
  private final PluginHost host;
  private final IndexAnalysis analysis;
  private final List<DocumentParser> parsers;

  private FahrasTestHost(Path root, PluginHost host, List<String> optionNotes, boolean plainText) {
    this.root = root;
    this.pluginsDir = host.pluginsDir();
    this.dataDir = root.resolve("data");
    this.documents = root.resolve("documents");
    this.indexDir = root.resolve("index");
    this.host = host;
    if (!optionNotes.isEmpty()) {
      throw new IllegalArgumentException("invalid plugin options: " + optionNotes);
    }
    this.analysis =
        IndexAnalysis.from(host.extensions(AnalyzerProvider.class))
            .withEntities(EntityExtraction.of(host.extensions(EntityRecognizer.class)));
    List<DocumentParser> p = new ArrayList<>(host.extensions(DocumentParser.class));
    if (plainText) {
      p.add(new PlainTextParser());
    }
    this.parsers = List.copyOf(p);
  }

  /** A builder: name the plugins to load, then {@link Builder#start()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Loads one plugin given as for {@link Builder#plugin(Path)}. */
  public static FahrasTestHost start(Path plugin) {
    return builder().plugin(plugin).start();
  }

  /** Every plugin found, as {@code fahras plugins} lists them (state, extensions, problem). */
  public List<PluginInfo> plugins() {
    return host.plugins();
  }

  /** One plugin by id; fails when there is none. */
  public PluginInfo plugin(String id) {
    return plugins().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no plugin '" + id + "' in " + plugins()));
  }

  /** The started extensions of one extension point, preferred first, as the host uses them. */
  public <T> List<T> extensions(Class<T> extensionPoint) {
    return host.extensions(extensionPoint);
  }

  /** The host itself, for what this kit does not wrap. */
  public PluginHost host() {
    return host;
  }

  /** The analysis the index uses: the preferred analyzer provider with the entity recognisers. */
  public IndexAnalysis analysis() {
    return analysis;
  }

  /** The folder the plugins were loaded from. */
  public Path pluginsDir() {
    return pluginsDir;
  }

  /** The folder {@link #document} writes to and {@link #index()} indexes. */
  public Path documentsDir() {
    return documents;
  }

  /** The index folder. */
  public Path indexDir() {
    return indexDir;
  }

  /**
   * Writes a UTF-8 document into the documents folder.
   *
   * @param name a relative path, e.g. {@code news/a.txt}
   * @return the file
   */
  public Path document(String name, String text) {
    return document(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a document's bytes into the documents folder. */
  public Path document(String name, byte[] content) {
    try {
      Path file = documents.resolve(name).normalize();
      if (!file.startsWith(documents)) {
        throw new IllegalArgumentException("not a relative path: " + name);
      }
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indexes the documents folder (incrementally, like {@code fahras index}). */
  public IndexRunResult index() {
    return index(List.of(documents));
  }

  /** Indexes files and folders (incrementally, like {@code fahras index PATH...}). */
  public IndexRunResult index(List<Path> paths) {
    Indexer indexer = new Indexer(indexDir, analysis, parsers, host::pluginIdOf, pluginsDir, 2);
    try {
      return indexer.run(paths, org.fahras.app.index.IndexListener.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first page (ten hits) of a query, ranked by relevance. */
  public SearchResult search(String query) {
    return search(SearchRequest.of(query));
  }

  /** Runs a search request (filters, sort, mode, facets …) against the index. */
  public SearchResult search(SearchRequest request) {
    try (SearchService search = new SearchService(indexDir, analysis)) {
      return search.search(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.fahras.app.search.InvalidQueryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Exports every hit of a query with the exporter of this id, as {@code fahras search QUERY
   * --export ID} does, in English.
   *
   * @return the exported bytes
   */
  public byte[] export(String exporterId, String query) {
    return export(exporterId, SearchRequest.of(query), Locale.ENGLISH);
  }

  /** Exports the hits of a request with the exporter of this id, labels in {@code locale}. */
  public byte[] export(String exporterId, SearchRequest request, Locale locale) {
    ResultExporter exporter =
        extensions(ResultExporter.class).stream()
            .filter(e -> e.id().equals(exporterId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no exporter '" + exporterId + "'"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SearchService search = new SearchService(indexDir, analysis)) {
      ResultExport.hits(search, request, Long.MAX_VALUE, exporter, out, locale, ResultExport.Progress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.fahras.app.search.InvalidQueryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * The entities of a text as the host keeps them: every recogniser's spans, checked, cleaned and
   * merged.
   */
  public List<EntitySpan> entities(String text, String language) {
    return analysis.entities().find(text, language);
  }

  /**
   * Runs the real command line ({@code fahras ARGS… --plugins DIR}) with this host's plugins
   * folder and data folder; {@code --index} (this host's index) is added for {@code index},
   * {@code search}, {@code status} and {@code watch} unless given. The command line has only the
   * plugins' parsers, not the kit's plain-text reader: to search {@code .txt} documents without a
   * parser plugin, index them with {@link #index()} first.
   */
  public CliResult cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--plugins");
    all.add(pluginsDir.toString());
    if (args.length > 0
        && List.of("index", "search", "status", "watch").contains(args[0])
        && !all.contains("--index")) {
      all.add("--index");
      all.add(indexDir.toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String previous = System.getProperty("fahras.data.dir");
    System.setProperty("fahras.data.dir", dataDir.toString());
    try {
      int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      return new CliResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      if (previous == null) {
        System.clearProperty("fahras.data.dir");
      } else {
        System.setProperty("fahras.data.dir", previous);
      }
    }
  }

  /**
   * What a command printed.
   *
   * @param code its exit code
   * @param out standard output
   * @param err standard error
   */
  public record CliResult(int code, String out, String err) {}

  /** Stops the plugins and deletes the temporary folder. */
  @Override
  public void close() {
    host.close();
    deleteTree(root);
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A file still open (Windows) stays behind in the temporary folder.
    }
  }

  /** Which plugins to load, and how. */
  public static final class Builder {
    private final List<Path> plugins = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private boolean plainText = true;
    private boolean requireHealthy = true;

    private Builder() {}

    /**
     * Adds a plugin: a plugin zip, an unpacked plugin folder ({@code plugin.properties} at its
     * top), or a Maven plugin module (a folder with {@code target/classes} and the descriptor
     * {@code target/plugin/plugin.properties}, which the build writes at {@code
     * process-classes}, before the tests run; {@code target/lib} is used when present). {@code
     * Path.of("")} is the module whose tests are running.
     */
    public Builder plugin(Path plugin) {
      plugins.add(plugin.toAbsolutePath().normalize());
      return this;
    }

    /** Adds the module whose tests are running (the working directory Maven sets). */
    public Builder pluginModule(Path module) {
      return plugin(module);
    }

    /** Adds every plugin zip and plugin folder of a folder, e.g. a distribution's {@code plugins/}. */
    public Builder pluginsFrom(Path folder) {
      folders.add(folder.toAbsolutePath().normalize());
      return this;
    }

    /** A stored option value, as {@code fahras settings} would store it ({@code plugin.ID.KEY}). */
    public Builder option(String pluginId, String key, String value) {
      settings.put("plugin." + pluginId + "." + key, value);
      return this;
    }

    /**
     * Whether the kit reads {@code .txt} files as UTF-8 when no installed parser accepts them
     * (default: yes). Switch it off to test that a parser plugin alone handles a file.
     */
    public Builder plainTextParser(boolean on) {
      this.plainText = on;
      return this;
    }

    /**
     * Whether {@link #start()} fails when a plugin is not started or has a problem (default:
     * yes); the message holds the explanation {@code fahras plugins --verbose} gives.
     */
    public Builder requireHealthy(boolean on) {
      this.requireHealthy = on;
      return this;
    }

    /** Lays the plugins out in a temporary plugins folder and starts the host on it. */
    public FahrasTestHost start() {
      Path root;
      try {
        root = Files.createTempDirectory("fahras-testkit-");
        Path dir = Files.createDirectories(root.resolve("plugins"));
        for (Path folder : folders) {
          try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
              if (p.getFileName().toString().endsWith(".zip")) {
                Files.copy(p, dir.resolve(p.getFileName()));
              } else if (Files.exists(p.resolve("plugin.properties"))) {
                copyTree(p, dir.resolve(p.getFileName()));
              }
            }
          }
        }
        for (Path p : plugins) {
          place(p, dir);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PluginHost host = PluginHost.start(root.resolve("plugins"), root.resolve("data/plugin-cache"), false);
      List<String> notes = host.configureExtensions(settings);
      FahrasTestHost kit;
      try {
        kit = new FahrasTestHost(root, host, notes, plainText);
      } catch (RuntimeException e) {
        host.close();
        throw e;
      }
      if (requireHealthy) {
        List<String> problems = new ArrayList<>();
        for (PluginInfo p : host.plugins()) {
          if (p.problem() != null || !"STARTED".equals(p.state())) {
            problems.add(p.id() + " " + p.state() + ": " + p.problem() + "\n    " + String.join("\n    ", p.diagnostics()));
          }
        }
        if (!problems.isEmpty()) {
          kit.close();
          throw new IllegalStateException("plugins not usable:\n  " + String.join("\n  ", problems));
        }
      }
      return kit;
    }

    private static void place(Path plugin, Path pluginsDir) throws IOException {
      String name = plugin.getFileName() == null ? "plugin" : plugin.getFileName().toString();
      if (Files.isRegularFile(plugin)) {
        Files.copy(plugin, pluginsDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      } else if (Files.exists(plugin.resolve("plugin.properties"))) {
        copyTree(plugin, pluginsDir.resolve(name));
      } else if (Files.isDirectory(plugin.resolve("target/classes"))) {
        Path descriptor = plugin.resolve("target/plugin/plugin.properties");
        if (!Files.exists(descriptor)) {
          throw new IllegalStateException(
              "no " + descriptor + ": the plugin's build writes it (at process-classes, see docs/plugins.md)");
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(descriptor)) {
          p.load(in);
        }
        Path target = pluginsDir.resolve(p.getProperty("plugin.id", "plugin"));
        Files.createDirectories(target);
        Files.copy(descriptor, target.resolve("plugin.properties"));
        copyTree(plugin.resolve("target/classes"), target.resolve("classes"));
        if (Files.isDirectory(plugin.resolve("target/lib"))) {
          copyTree(plugin.resolve("target/lib"), target.resolve("lib"));
        }
      } else {
        throw new IllegalArgumentException(
            plugin + " is neither a plugin zip, a plugin folder (plugin.properties) nor a built plugin module"
                + " (target/classes)");
      }
    }

    private static void copyTree(Path from, Path to) throws IOException {
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.sorted().toList()) {
          Path t = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.createDirectories(t.getParent());
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }
}
