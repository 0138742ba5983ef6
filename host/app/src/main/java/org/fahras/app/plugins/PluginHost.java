package org.fahras.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.DocumentParser;
import org.fahras.api.FahrasApi;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Extension;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginRepository;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's plugin manager: loads and starts the PF4J plugins of one plugins folder and hands
 * out their extensions.
 *
 * <p>In deployment mode the folder holds plugin zips (unpacked into a private cache, see {@link
 * PluginArchives}) or unpacked plugin folders. In development mode it is a source tree whose
 * subfolders are Maven plugin modules: each is loaded from {@code target/classes} and {@code
 * target/lib}, with its descriptor at {@code target/plugin/plugin.properties}.
 *
 * <p>PF4J's system version is the plugin API's version, so a plugin whose {@code requires} range
 * excludes it is not started and {@link #plugins()} says why. Extension instances are created
 * once and cached: PF4J's default factory would make a new one on every lookup.
 */
public final class PluginHost implements AutoCloseable {

  /** Extension points the host knows, in the order they are listed. */
  public static final List<Class<?>> EXTENSION_POINTS =
      List.of(
          DocumentParser.class,
          AnalyzerProvider.class,
          org.fahras.api.EntityRecognizer.class,
          org.fahras.api.ResultExporter.class,
          org.fahras.api.backend.IndexBackendProvider.class);

  private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

  private final Manager manager;
  private final Path pluginsDir;
  private final Path cacheDir;
  private final boolean development;
  private final Map<Class<?>, List<?>> extensionCache = new ConcurrentHashMap<>();

  private PluginHost(Manager manager, Path pluginsDir, Path cacheDir, boolean development) {
    this.manager = manager;
    this.pluginsDir = pluginsDir;
    this.cacheDir = cacheDir;
    this.development = development;
  }

  /**
   * Loads and starts every plugin of a folder. Plugins that fail are kept in the list with their
   * problem; this method fails only when the folder itself cannot be read. Uninstalls scheduled
   * with {@link PluginChanges#uninstall} are applied first.
   *
   * @param pluginsDir the plugins folder (zips and/or plugin folders); need not exist
   * @param cacheDir where plugin zips are unpacked
   * @param development whether {@code pluginsDir} is a source tree of plugin modules
   */
  public static PluginHost start(Path pluginsDir, Path cacheDir, boolean development) {
    try {
      List<String> removed = PluginChanges.applyPendingRemovals(pluginsDir, cacheDir);
      if (!removed.isEmpty()) {
        log.info("Uninstalled plugin archives {}", removed);
      }
    } catch (IOException e) {
      log.warn("Could not apply the scheduled plugin removals in {}", pluginsDir, e);
    }
    List<InstalledChecksums.Mismatch> changed = List.of();
    if (!development) {
      try {
        changed = new InstalledChecksums(cacheDir).verify(pluginsDir);
      } catch (IOException e) {
        log.warn("Could not check the installed plugins' checksums in {}", pluginsDir, e);
      }
      for (InstalledChecksums.Mismatch m : changed) {
        log.warn("Refusing plugin: {}", m.message());
      }
    }
    Set<Path> refusedZips = new java.util.HashSet<>();
    changed.forEach(m -> refusedZips.add(m.zip().toAbsolutePath().normalize()));
    Manager manager = Manager.create(pluginsDir, cacheDir, development, refusedZips);
    manager.setSystemVersion(FahrasApi.VERSION);
    manager.loadPlugins();
    manager.startPlugins();
    PluginHost host = new PluginHost(manager, pluginsDir, cacheDir, development);
    host.refused.addAll(changed);
    return host;
  }

  /** Recorded plugin zips refused at start because their content changed since installation. */
  private final List<InstalledChecksums.Mismatch> refused = new ArrayList<>();

  /** The folder plugins were loaded from. */
  public Path pluginsDir() {
    return pluginsDir;
  }

  /** Whether the plugins were loaded from a source tree of plugin modules. */
  public boolean isDevelopment() {
    return development;
  }

  /** Enabling, disabling, installing and uninstalling plugins, effective at the next start. */
  public PluginChanges changes() {
    return new PluginChanges(pluginsDir, cacheDir);
  }

  /**
   * The started extensions of one extension point, highest {@code @Extension} ordinal first,
   * created once per host.
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> extensions(Class<T> type) {
    return (List<T>)
        extensionCache.computeIfAbsent(
            type,
            t -> {
              List<T> found = new ArrayList<>(manager.getExtensions(type));
              found.sort(Comparator.comparingInt(PluginHost::ordinal).reversed());
              return List.copyOf(found);
            });
  }

  /**
   * Hands the user's stored option values to every {@link org.fahras.api.Configurable} extension
   * (see {@link PluginOptions}); call once, right after {@link #start}, before the extensions are
   * used.
   *
   * @param settings the user's string settings, with the options as {@code plugin.<id>.<key>}
   * @return a note per invalid stored value (its default is used instead), for the user
   */
  public List<String> configureExtensions(Map<String, String> settings) {
    // Distinct notes: a class serving two extension points has two instances to configure.
    return PluginOptions.configureAll(PluginOptions.instances(this), settings).stream()
        .distinct()
        .toList();
  }

  /** The id of the plugin an extension came from, or {@code "host"}. */
  public String pluginIdOf(Object extension) {
    PluginWrapper w = manager.whichPlugin(extension.getClass());
    return w == null ? "host" : w.getPluginId();
  }

  /**
   * Every plugin found, started or not, sorted by id: those PF4J loaded, the zips refused because
   * they changed since installation ({@code REFUSED}), and those PF4J could not load at all
   * ({@link PluginInfo#NOT_LOADED}, the id being the file name: no or an invalid descriptor, an id
   * already loaded; in development mode also the modules with sources but no built descriptor).
   * Each carries its problem, if any, and the longer explanation {@code fahras plugins --verbose}
   * prints.
   */
  public List<PluginInfo> plugins() {
    List<PluginInfo> result = new ArrayList<>();
    for (PluginWrapper w : manager.getPlugins()) {
      result.add(describe(w));
    }
    for (InstalledChecksums.Mismatch m : refused) {
      String name = m.zip().getFileName().toString().replaceFirst("(?i)\\.zip$", "");
      result.add(new PluginInfo(name, "", "REFUSED", "", "", "", m.zip().toString(), List.of(), m.message(),
          List.of("reinstall it with `fahras plugins install FILE` if the change is yours")));
    }
    manager.loadFailures.forEach((path, failure) -> result.add(notLoaded(path, failure)));
    result.sort(Comparator.comparing(PluginInfo::id));
    return result;
  }

  private PluginInfo notLoaded(Path path, Throwable failure) {
    Path source = manager.sources.getOrDefault(path, path);
    String name = source.getFileName().toString().replaceFirst("(?i)\\.(zip|jar)$", "");
    List<String> notes = new ArrayList<>();
    String problem;
    if (failure == null) {
      problem = "not built: no descriptor at target/plugin/plugin.properties (run `mvn package` in " + source + ")";
      notes.add("development mode loads a module from target/classes, target/lib and target/plugin/plugin.properties,"
          + " which `mvn package` writes");
    } else if (!hasDescriptor(path)) {
      problem = "no plugin descriptor (plugin.properties) found";
      notes.add("PF4J said: " + messages(failure));
      notes.addAll(PluginDiagnostics.missingDescriptor(source));
    } else {
      problem = "cannot load: " + messages(failure);
      notes.add("check plugin.properties: plugin.id and plugin.version are required, plugin.requires must be"
          + " a version range such as " + FahrasApi.REQUIRES + ", plugin.id must be unique");
    }
    if (!source.equals(path)) {
      notes.add("unpacked from " + source + " into " + path);
    }
    return new PluginInfo(name, "", PluginInfo.NOT_LOADED, "", "", "", source.toString(), List.of(), problem, notes);
  }

  private boolean hasDescriptor(Path pluginPath) {
    if (Files.isDirectory(pluginPath)) {
      return Files.exists(pluginPath.resolve("plugin.properties"))
          || Files.exists(pluginPath.resolve("target/plugin/plugin.properties"))
          || Files.exists(pluginPath.resolve("META-INF/MANIFEST.MF"));
    }
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(pluginPath.toFile())) {
      return z.getEntry("plugin.properties") != null || z.getEntry("META-INF/MANIFEST.MF") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** An exception's message and those of its causes, without repeats. */
  private static String messages(Throwable t) {
    List<String> parts = new ArrayList<>();
    for (Throwable c = t; c != null && parts.size() < 4; c = c.getCause()) {
      String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
      if (parts.stream().noneMatch(p -> p.contains(m))) {
        parts.add(m);
      }
    }
    return String.join(": ", parts);
  }

  private PluginInfo describe(PluginWrapper w) {
    var d = w.getDescriptor();
    List<PluginInfo.ExtensionInfo> extensions = new ArrayList<>();
    for (String className : new java.util.TreeSet<>(manager.getExtensionClassNames(w.getPluginId()))) {
      extensions.add(new PluginInfo.ExtensionInfo(className, extensionPointsOf(w, className)));
    }
    boolean dev = w.getRuntimeMode() == RuntimeMode.DEVELOPMENT;
    Path classes = PluginDiagnostics.classesFolder(w.getPluginPath(), dev);
    if (!dev && Files.isRegularFile(w.getPluginPath())) {
      classes = w.getPluginPath();
    }
    Set<String> allClasses = new java.util.TreeSet<>();
    PluginDiagnostics.ClassesReport report = null;
    String scanError = null;
    try {
      report = PluginDiagnostics.scan(classes, allClasses);
    } catch (IOException | RuntimeException e) {
      scanError = "cannot read the plugin's classes in " + classes + ": " + e;
    }
    List<String> hostJars = hostOwnedJars(w);
    String problem = problemOf(w, hostJars, report);
    List<String> notes = new ArrayList<>();
    Path source = manager.sources.getOrDefault(w.getPluginPath(), w.getPluginPath());
    if (!source.equals(w.getPluginPath())) {
      notes.add("unpacked from " + source + " into " + w.getPluginPath());
    }
    notes.addAll(requiresNotes(d.getRequires()));
    notes.add("class path: " + (dev ? "target/classes" : "classes/") + " and " + libSummary(w, dev));
    for (String jar : hostJars) {
      notes.add(jar + " is a copy of a library the host provides: classes from it are not the host's classes of the"
          + " same name, so the plugin's extensions are not recognised or fail with a LinkageError; declare that"
          + " dependency <scope>provided</scope> so that it stays out of lib/");
    }
    if (scanError != null) {
      notes.add(scanError);
    }
    if (report != null) {
      notes.addAll(extensionNotes(report, allClasses));
    }
    boolean requiresOk;
    try {
      requiresOk = requiresSatisfied(d.getRequires());
    } catch (RuntimeException e) {
      requiresOk = false;
    }
    if (w.getFailedException() != null && requiresOk) {
      notes.add("start failed: " + messages(w.getFailedException())
          + " (set FAHRAS_DEBUG=1 for the stack trace in the log)");
    }
    return new PluginInfo(
        w.getPluginId(),
        d.getVersion(),
        w.getPluginState().toString(),
        nullToEmpty(d.getProvider()),
        nullToEmpty(d.getPluginDescription()),
        nullToEmpty(d.getRequires()),
        w.getPluginPath().toString(),
        List.copyOf(extensions),
        problem,
        notes);
  }

  private boolean requiresSatisfied(String requires) {
    return requires == null
        || requires.isBlank()
        || "*".equals(requires.trim())
        || manager.getVersionManager().checkVersionConstraint(FahrasApi.VERSION, requires);
  }

  private List<String> requiresNotes(String requires) {
    if (requires == null || requires.isBlank() || "*".equals(requires.trim())) {
      return List.of("requires: any plugin API version (declare plugin.requires=" + FahrasApi.REQUIRES
          + " so that an incompatible Fahras refuses the plugin instead of failing later)");
    }
    boolean ok;
    try {
      ok = requiresSatisfied(requires);
    } catch (RuntimeException e) {
      return List.of("requires: '" + requires + "' is not a version range (" + e.getMessage() + "); write e.g. "
          + FahrasApi.REQUIRES);
    }
    if (ok) {
      return List.of("requires: " + requires + ", satisfied by this Fahras's plugin API " + FahrasApi.VERSION);
    }
    return List.of("requires: " + requires + ", which this Fahras's plugin API " + FahrasApi.VERSION
        + " does not satisfy: build the plugin against fahras-api " + FahrasApi.VERSION
        + " and declare plugin.requires=" + FahrasApi.REQUIRES + " (or install a Fahras whose API is in the range)");
  }

  private static String libSummary(PluginWrapper w, boolean dev) {
    Path lib = (dev ? w.getPluginPath().resolve("target") : w.getPluginPath()).resolve("lib");
    if (!Files.isDirectory(lib)) {
      return "no lib/";
    }
    try (var s = Files.list(lib)) {
      List<String> jars = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
      if (jars.isEmpty()) {
        return "an empty lib/";
      }
      return "lib/ (" + jars.size() + (jars.size() == 1 ? " jar: " : " jars: ")
          + String.join(", ", jars.size() > 8 ? jars.subList(0, 8) : jars) + (jars.size() > 8 ? ", …" : "") + ")";
    } catch (IOException e) {
      return "an unreadable lib/ (" + e.getMessage() + ")";
    }
  }

  private static List<String> extensionNotes(PluginDiagnostics.ClassesReport r, Set<String> allClasses) {
    List<String> notes = new ArrayList<>();
    if (!r.indexPresent()) {
      notes.add(PluginDiagnostics.EXTENSIONS_INDEX + " is missing: PF4J finds a plugin's extensions only through it");
    } else {
      notes.add(PluginDiagnostics.EXTENSIONS_INDEX + " lists " + r.indexed().size()
          + (r.indexed().size() == 1 ? " class" : " classes")
          + (r.indexed().isEmpty() ? "" : ": " + String.join(", ", r.indexed())));
    }
    for (String c : r.notIndexed()) {
      notes.add(c + " is annotated @Extension but not listed in " + PluginDiagnostics.EXTENSIONS_INDEX
          + ", so the host never creates it: compile with PF4J's annotation processor"
          + " (org.pf4j.processor.ExtensionAnnotationProcessor, see docs/plugins.md) and package again");
    }
    for (String c : r.notAnnotated()) {
      notes.add(c.replace(" (", " implements ").replace(")", "") + " but is not annotated @org.pf4j.Extension,"
          + " so the host does not see it: annotate it");
    }
    for (String c : r.indexedButMissing(allClasses)) {
      notes.add(PluginDiagnostics.EXTENSIONS_INDEX + " names " + c + ", which is not among the plugin's classes"
          + " (a stale index? build it again from clean)");
    }
    return notes;
  }

  private static List<String> extensionPointsOf(PluginWrapper w, String className) {
    List<String> points = new ArrayList<>();
    try {
      Class<?> c = Class.forName(className, false, w.getPluginClassLoader());
      for (Class<?> point : EXTENSION_POINTS) {
        if (point.isAssignableFrom(c)) {
          points.add(point.getSimpleName());
        }
      }
      if (points.isEmpty()) {
        points.add("unknown extension point");
      }
    } catch (ClassNotFoundException | LinkageError e) {
      points.add("cannot load: " + e);
    }
    return List.copyOf(points);
  }

  private String problemOf(
      PluginWrapper w, List<String> hostJars, PluginDiagnostics.ClassesReport report) {
    PluginState state = w.getPluginState();
    if (!hostJars.isEmpty()) {
      return "contains jars the host provides, which must be 'provided' dependencies instead: "
          + String.join(", ", hostJars);
    }
    if (state == PluginState.STARTED) {
      List<String> notIndexed = report == null ? List.of() : report.notIndexed();
      if (!notIndexed.isEmpty()) {
        return "extension classes not indexed in META-INF/extensions.idx (PF4J's annotation processor did not"
            + " run): " + String.join(", ", notIndexed);
      }
      if (manager.getExtensionClassNames(w.getPluginId()).isEmpty()) {
        List<String> notAnnotated = report == null ? List.of() : report.notAnnotated();
        if (!notAnnotated.isEmpty()) {
          return "no extensions found: not annotated @Extension: " + String.join(", ", notAnnotated);
        }
        return "no extensions found (is META-INF/extensions.idx missing?)";
      }
      return null;
    }
    String requires = w.getDescriptor().getRequires();
    boolean satisfied;
    try {
      satisfied = requiresSatisfied(requires);
    } catch (RuntimeException e) {
      return "requires '" + requires + "', which is not a version range: " + e.getMessage();
    }
    if (!satisfied) {
      return "requires plugin API " + requires + " but this Fahras provides " + FahrasApi.VERSION;
    }
    if (w.getFailedException() != null) {
      Throwable t = w.getFailedException();
      return "failed to start: " + t;
    }
    if (state == PluginState.DISABLED) {
      return "disabled";
    }
    return "not started (" + state + ")";
  }

  private static List<String> hostOwnedJars(PluginWrapper w) {
    Path folder = w.getPluginPath();
    if (w.getRuntimeMode() == RuntimeMode.DEVELOPMENT) {
      folder = folder.resolve("target");
    }
    try {
      return HostOwnedJars.in(folder);
    } catch (IOException e) {
      return List.of("cannot inspect lib/: " + e.getMessage());
    }
  }

  private static int ordinal(Object extension) {
    Extension e = extension.getClass().getAnnotation(Extension.class);
    return e == null ? 0 : e.ordinal();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() {
    try {
      // PF4J 3.15's stopPlugins() can throw ConcurrentModificationException while iterating
      // the started plugins (pf4j#656), so stop them one by one from a copy, newest first.
      List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
      java.util.Collections.reverse(started);
      for (PluginWrapper w : started) {
        manager.stopPlugin(w.getPluginId());
      }
      manager.unloadPlugins();
    } catch (RuntimeException e) {
      log.warn("Stopping plugins failed", e);
    }
  }

  /** PF4J's manager with our plugin repository and the development-mode descriptor location. */
  private static final class Manager extends DefaultPluginManager {
    /**
     * The mode for the manager under construction: PF4J reads the mode inside its own
     * constructor (and fixes its loaders then), before a subclass field could be set.
     */
    private static final ThreadLocal<RuntimeMode> PENDING_MODE = new ThreadLocal<>();

    private final Path cacheDir;
    /** Zips not to load (their content changed since they were installed). */
    private Set<Path> refusedZips = Set.of();
    /** Load path → the zip, jar or folder of the plugins folder it comes from. */
    final Map<Path, Path> sources = new ConcurrentHashMap<>();
    /**
     * Plugin paths PF4J could not load, with its exception; {@code null} for a development
     * module that has not been built.
     */
    final Map<Path, Throwable> loadFailures = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    private Manager(Path pluginsDir, Path cacheDir) {
      super(pluginsDir);
      this.cacheDir = cacheDir;
    }

    static Manager create(Path pluginsDir, Path cacheDir, boolean development, Set<Path> refusedZips) {
      PENDING_MODE.set(development ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT);
      try {
        Manager m = new Manager(pluginsDir, cacheDir);
        m.refusedZips = Set.copyOf(refusedZips);
        return m;
      } finally {
        PENDING_MODE.remove();
      }
    }

    @Override
    public RuntimeMode getRuntimeMode() {
      if (runtimeMode == null && PENDING_MODE.get() != null) {
        runtimeMode = PENDING_MODE.get();
      }
      return super.getRuntimeMode();
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
      return new CompoundPluginDescriptorFinder()
          .add(new DevelopmentAwarePropertiesFinder())
          .add(new ManifestPluginDescriptorFinder());
    }

    @Override
    protected PluginRepository createPluginRepository() {
      return new PluginRepository() {
        @Override
        public List<Path> getPluginPaths() {
          try {
            if (isDevelopment()) {
              for (Path unbuilt : unbuiltModules(getPluginsRoot())) {
                loadFailures.put(unbuilt, null);
              }
              return developmentPluginPaths(getPluginsRoot());
            }
            return PluginArchives.pluginPaths(getPluginsRoot(), cacheDir, refusedZips, sources);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugins folder " + getPluginsRoot(), e);
          }
        }

        @Override
        public boolean deletePluginPath(Path pluginPath) {
          return false;
        }
      };
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
      try {
        return super.loadPluginFromPath(pluginPath);
      } catch (RuntimeException e) {
        loadFailures.put(pluginPath, e);
        throw e;
      }
    }

    /**
     * Plugin modules of a source tree (Java sources of their own) without a built descriptor.
     * When the tree has an aggregator {@code pom.xml}, only the modules it lists count (others,
     * like a template built on its own, are not meant to be built with it).
     */
    private static List<Path> unbuiltModules(Path root) throws IOException {
      if (!Files.isDirectory(root)) {
        return List.of();
      }
      Set<String> listed = null;
      Path aggregator = root.resolve("pom.xml");
      if (Files.isRegularFile(aggregator)) {
        listed = new java.util.HashSet<>();
        var m = java.util.regex.Pattern.compile("<module>\\s*([^<]+?)\\s*</module>").matcher(Files.readString(aggregator));
        while (m.find()) {
          listed.add(m.group(1));
        }
      }
      Set<String> modules = listed;
      try (var s = Files.list(root)) {
        return s.filter(p -> modules == null || modules.contains(p.getFileName().toString()))
            .filter(p -> Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("src/main/java")))
            .filter(p -> !Files.exists(p.resolve("target/plugin/plugin.properties")))
            .sorted()
            .toList();
      }
    }

    /** Plugin modules of a source tree: subfolders with a built descriptor. */
    private static List<Path> developmentPluginPaths(Path root) throws IOException {
      if (!Files.isDirectory(root)) {
        return List.of();
      }
      try (var s = Files.list(root)) {
        return s.filter(p -> Files.exists(p.resolve("target/plugin/plugin.properties")))
            .sorted()
            .toList();
      }
    }
  }

  /** Reads {@code plugin.properties} at the plugin root, or from {@code target/plugin/}. */
  private static final class DevelopmentAwarePropertiesFinder
      extends PropertiesPluginDescriptorFinder {
    @Override
    protected Path getPropertiesPath(Path pluginPath, String propertiesFileName) {
      Path built = pluginPath.resolve("target/plugin").resolve(propertiesFileName);
      if (Files.isDirectory(pluginPath)
          && !Files.exists(pluginPath.resolve(propertiesFileName))
          && Files.exists(built)) {
        return built;
      }
      return super.getPropertiesPath(pluginPath, propertiesFileName);
    }
  }
}
