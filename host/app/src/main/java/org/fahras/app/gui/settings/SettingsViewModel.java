package org.fahras.app.gui.settings;

import java.io.IOException;
import java.nio.file.Path;
import org.fahras.app.analysis.IndexAnalysis;
import org.fahras.app.config.UserConfig;
import org.fahras.app.gui.I18n;
import org.fahras.app.gui.Theme;

/**
 * The settings without Swing: interface language and theme ({@code ui.language}, {@code
 * ui.theme}), the index location ({@code index.dir}) — all in the user's {@link UserConfig},
 * shared with the command line — and the analysis the index uses, shown read-only.
 *
 * <p>{@link #load} and {@link #save} do file I/O: call them off the event thread.
 */
public final class SettingsViewModel {

  /** Setting: the index folder; absent means the data folder's {@code index/}. */
  public static final String INDEX_DIR = UserConfig.INDEX_DIR;

  private final Path dataDir;
  private final Path defaultIndexDir;
  private final IndexAnalysis analysis;
  private I18n.Language language;
  private Theme theme;
  private Path indexDir;
  private boolean loadedIndexIsDefault;
  private Path loadedIndexDir;
  private I18n.Language loadedLanguage;
  private Theme loadedTheme;

  /**
   * @param dataDir the data folder with {@code config.properties}
   * @param defaultIndexDir the index used when none is set
   * @param analysis the analysis of the installed analyzer plugin
   */
  public SettingsViewModel(Path dataDir, Path defaultIndexDir, IndexAnalysis analysis) {
    this.dataDir = dataDir;
    this.defaultIndexDir = defaultIndexDir;
    this.analysis = analysis;
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
    loadedLanguage = language;
    loadedTheme = theme;
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
    c.save();
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
