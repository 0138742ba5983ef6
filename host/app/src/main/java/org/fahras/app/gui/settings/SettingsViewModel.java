package org.fahras.app.gui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.api.AnalyzerProvider;
import org.fahras.api.PluginOption;
import org.fahras.api.backend.IndexBackendProvider;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.BackendChoice;
import org.fahras.app.config.UserConfig;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.Theme;
import org.fahras.app.plugins.PluginOptions;

/**
 * The settings without Swing: interface language and theme ({@code ui.language}, {@code
 * ui.theme}), the index location ({@code index.dir}) — all in the user's {@link UserConfig},
 * shared with the command line — the analysis the index uses, shown read-only, and the options
 * the plugins declare ({@link PluginOptions}, stored as {@code plugin.<pluginId>.<key>}; an
 * option at its default is not stored). Plugin options apply at the next start; a changed
 * analysis makes the next indexing run read every file again.
 *
 * <p>{@link #load} and {@link #save} do file I/O: call them off the event thread.
 */
public final class SettingsViewModel {

  /** Setting: the index folder; absent means the data folder's {@code index/}. */
  public static final String INDEX_DIR = UserConfig.INDEX_DIR;

  private final Path dataDir;
  private final Path defaultIndexDir;
  private final IndexAnalysis analysis;
  private final List<PluginOptions> pluginOptions;
  /** The chosen value of every plugin option, by setting key. */
  private final Map<String, String> optionValues = new LinkedHashMap<>();
  private final Map<String, String> loadedOptionValues = new LinkedHashMap<>();
  private I18n.Language language;
  private Theme theme;
  private Path indexDir;
  private boolean loadedIndexIsDefault;
  private Path loadedIndexDir;
  private final List<BackendOffer> backends;
  private BackendChoice backend = BackendChoice.local();
  private BackendChoice loadedBackend = BackendChoice.local();
  private I18n.Language loadedLanguage;
  private Theme loadedTheme;

  /**
   * @param dataDir the data folder with {@code config.properties}
   * @param defaultIndexDir the index used when none is set
   * @param analysis the analysis of the installed analyzer plugin
   */
  public SettingsViewModel(Path dataDir, Path defaultIndexDir, IndexAnalysis analysis) {
    this(dataDir, defaultIndexDir, analysis, List.of());
  }

  /**
   * @param dataDir the data folder with {@code config.properties}
   * @param defaultIndexDir the index used when none is set
   * @param analysis the analysis of the installed analyzer plugin
   * @param pluginOptions the options of the configurable extensions, grouped by plugin
   */
  public SettingsViewModel(
      Path dataDir, Path defaultIndexDir, IndexAnalysis analysis, List<PluginOptions> pluginOptions) {
    this.dataDir = dataDir;
    this.defaultIndexDir = defaultIndexDir;
    this.analysis = analysis;
    this.pluginOptions = List.copyOf(pluginOptions);
    this.backends = new ArrayList<>();
  }

  /**
   * A backend the user can choose besides the local index.
   *
   * @param id the provider's id ({@code solrcloud} …)
   * @param description one line about it
   * @param settings setting name → one-line description, in display order
   * @param required the settings that must be given
   */
  public record BackendOffer(String id, String description, Map<String, String> settings, List<String> required) {}

  /** Offers the backends installed plugins provide (the local index is always offered). */
  public SettingsViewModel withBackends(List<IndexBackendProvider> providers) {
    backends.clear();
    for (IndexBackendProvider p : providers) {
      backends.add(new BackendOffer(p.id(), p.description(), new LinkedHashMap<>(p.settings()), p.requiredSettings()));
    }
    return this;
  }

  /** The backends besides the local index. */
  public List<BackendOffer> backends() {
    return List.copyOf(backends);
  }

  /** The chosen backend. */
  public BackendChoice backend() {
    return backend;
  }

  /**
   * Chooses the backend.
   *
   * @return the name of a required setting left empty, or null when the choice is complete
   */
  public String setBackend(String id, Map<String, String> settings) {
    Map<String, String> given = new LinkedHashMap<>();
    settings.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        given.put(k, v.strip());
      }
    });
    BackendChoice choice = new BackendChoice(id, given);
    if (!choice.isLocal()) {
      for (BackendOffer o : backends) {
        if (o.id().equals(choice.id())) {
          for (String r : o.required()) {
            if (!given.containsKey(r)) {
              return r;
            }
          }
        }
      }
    }
    backend = choice;
    return null;
  }

  /** Whether the backend differs from the saved one (it takes effect after a restart). */
  public boolean backendChanged() {
    return !backend.equals(loadedBackend);
  }

  /** Reads the saved settings. */
  public void load() throws IOException {
    UserConfig c = UserConfig.load(dataDir);
    language = c.settings().containsKey(UserConfig.UI_LANGUAGE)
        ? I18n.Language.of(c.setting(UserConfig.UI_LANGUAGE, "en"))
        : I18n.Language.system();
    theme = Theme.of(c.setting(UserConfig.UI_THEME, "light"));
    String dir = c.setting(INDEX_DIR, null);
    loadedIndexIsDefault = dir == null || dir.isBlank();
    indexDir = loadedIndexIsDefault ? defaultIndexDir : Path.of(dir);
    loadedIndexDir = indexDir;
    backend = BackendChoice.from(c);
    loadedBackend = backend;
    loadedLanguage = language;
    loadedTheme = theme;
    optionValues.clear();
    for (PluginOptions p : pluginOptions) {
      for (PluginOption o : p.options()) {
        optionValues.put(p.settingKey(o), p.value(o, c.settings()));
      }
    }
    loadedOptionValues.clear();
    loadedOptionValues.putAll(optionValues);
  }

  /**
   * Writes the settings, re-reading the file first so that changes made meanwhile (folders added
   * from the command line) are kept.
   */
  public void save() throws IOException {
    UserConfig c = UserConfig.load(dataDir);
    c.setSetting(UserConfig.UI_LANGUAGE, language.locale().getLanguage());
    c.setSetting(UserConfig.UI_THEME, theme.key());
    Path abs = indexDir.toAbsolutePath().normalize();
    c.setSetting(INDEX_DIR, abs.equals(defaultIndexDir.toAbsolutePath().normalize()) ? null : abs.toString());
    backend.store(c);
    for (PluginOptions p : pluginOptions) {
      for (PluginOption o : p.options()) {
        String v = optionValue(p, o);
        c.setSetting(p.settingKey(o), v.equals(o.defaultValue()) ? null : v);
      }
    }
    c.save();
  }

  /** The configurable plugins, each with its options in display order. */
  public List<PluginOptions> pluginOptions() {
    return pluginOptions;
  }

  /** The chosen value of a plugin option (its default before {@link #load}). */
  public String optionValue(PluginOptions plugin, PluginOption option) {
    return optionValues.getOrDefault(plugin.settingKey(option), option.defaultValue());
  }

  /**
   * Chooses a value for a plugin option.
   *
   * @return false, leaving the value as it was, when the option does not accept it
   */
  public boolean setOptionValue(PluginOptions plugin, PluginOption option, String value) {
    if (!option.accepts(value)) {
      return false;
    }
    optionValues.put(plugin.settingKey(option), value);
    return true;
  }

  /** What a plugin option takes, for a message on a refused value. */
  public static String expected(PluginOption option) {
    return PluginOptions.expected(option);
  }

  /** A plugin option's label in the chosen interface language. */
  public String optionLabel(PluginOptions plugin, PluginOption option) {
    return plugin.label(option, language.locale());
  }

  /** The heading of a plugin's options in the chosen interface language. */
  public String pluginTitle(PluginOptions plugin) {
    return plugin.title(language.locale());
  }

  /** Whether any plugin option changed (applies at the next start). */
  public boolean pluginOptionsChanged() {
    return !optionValues.equals(loadedOptionValues);
  }

  /** Whether an option of an analyzer plugin changed: the next indexing run reads every file. */
  public boolean analysisOptionsChanged() {
    for (PluginOptions p : pluginOptions) {
      if (p.extension() instanceof AnalyzerProvider) {
        for (PluginOption o : p.options()) {
          String key = p.settingKey(o);
          if (!optionValues.getOrDefault(key, o.defaultValue())
              .equals(loadedOptionValues.getOrDefault(key, o.defaultValue()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  public I18n.Language language() {
    return language;
  }

  public void setLanguage(I18n.Language language) {
    this.language = language;
  }

  public Theme theme() {
    return theme;
  }

  public void setTheme(Theme theme) {
    this.theme = theme;
  }

  public Path indexDir() {
    return indexDir;
  }

  public void setIndexDir(Path indexDir) {
    this.indexDir = indexDir == null ? defaultIndexDir : indexDir.toAbsolutePath().normalize();
  }

  /** Goes back to the data folder's index. */
  public void useDefaultIndexDir() {
    this.indexDir = defaultIndexDir;
  }

  public boolean languageChanged() {
    return language != loadedLanguage;
  }

  public boolean themeChanged() {
    return theme != loadedTheme;
  }

  /** Whether the index location changed (applies at the next start). */
  public boolean indexDirChanged() {
    return !indexDir.toAbsolutePath().normalize().equals(loadedIndexDir.toAbsolutePath().normalize());
  }

  /** The analysis in use: plugin id and version, as recorded in the index's commit data. */
  public String analysisSignature() {
    return analysis == null ? "" : analysis.signature();
  }

  /** Whether no analyzer plugin is installed (plain Lucene analysis, no Arabic normalisation). */
  public boolean analysisIsFallback() {
    return analysis == null || analysis.isFallback();
  }
}
