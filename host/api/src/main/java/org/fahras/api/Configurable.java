package org.fahras.api;

import java.util.List;
import java.util.Map;

/**
 * An extension with settings the user can change, declared as {@link PluginOption}s; implemented
 * beside an extension point (for example {@code AnalyzerProvider, Configurable}).
 *
 * <p>The plugin describes, the host draws: the host lists {@link #options()} in its Settings
 * dialog and in {@code fahras settings}, stores the chosen values in the user's configuration
 * and hands them back through {@link #configure}. Labels come from the resource bundle {@link
 * #MESSAGES} in the extension's package ({@code messages.properties}, {@code
 * messages_ar.properties}, … read as UTF-8), looked up through the plugin's class loader.
 *
 * <p>Life cycle and threading: the host calls {@link #configure} once, right after the plugins
 * have started and before any other method of the extension is used, from a single thread;
 * {@link #options()} may be called at any time, from any thread. A value changed later by the
 * user takes effect at the next start of the application.
 *
 * <p>An {@link AnalyzerProvider} whose options change its terms must return a different {@link
 * AnalyzerProvider#analysisVersion()} for each configuration that changes them (and the same one
 * as before for its defaults), so the host re-indexes when, and only when, the analysis changed.
 */
public interface Configurable {

  /** The base name, relative to the extension's package, of the bundle with option labels. */
  String MESSAGES = "messages";

  /** The options, in display order; keys are unique. */
  List<PluginOption> options();

  /**
   * Applies the user's values, replacing any earlier configuration: a key that is absent takes
   * its option's default, an unknown key is ignored.
   *
   * @param values option key → value
   * @throws IllegalArgumentException when a value is not {@linkplain PluginOption#accepts
   *     acceptable} for its option; the previous configuration is then kept. The host validates
   *     values first and passes only valid ones.
   */
  void configure(Map<String, String> values);
}
