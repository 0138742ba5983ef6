package org.fahras.plugins.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;

/**
 * The packaged plugin zip, loaded by PF4J under a host-like parent class loader, finds its parsers
 * and reads Arabic documents: what the unit tests cannot show on their flat class path.
 */
class PackagedPluginIT {

  private static final ClassLoader HOST =
      new HostOnlyClassLoader(PackagedPluginIT.class.getClassLoader());

  private static final String TIKA_CLASS = "org.apache.tika.parser.AutoDetectParser";

  @TempDir Path plugins;
  @TempDir Path documents;

  private PluginManager manager;
  private ClassLoader originalContextLoader;

  @BeforeEach
  void loadPackagedPlugin() throws Exception {
    Path zip = Path.of(System.getProperty("fahras.plugin.zip"));
    Files.copy(zip, plugins.resolve(zip.getFileName()));
    manager = new HostLikePluginManager(plugins);
    manager.setSystemVersion(org.fahras.api.FahrasApi.VERSION);
    manager.loadPlugins();
    manager.startPlugins();
    // Parse threads belong to the host: their context loader cannot see Tika either.
    originalContextLoader = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(HOST);
  }

  @AfterEach
  void unload() {
    Thread.currentThread().setContextClassLoader(originalContextLoader);
    // unloadPlugins() stops them first (stopPlugins() itself trips over its own list in 3.15).
    manager.unloadPlugins();
  }

  private DocumentParser tika() {
    // By plugin id: PF4J also lists the test class path's own copy as a system extension.
    List<DocumentParser> parsers = manager.getExtensions(DocumentParser.class, "tika-parser");
    assertThat(parsers).extracting(DocumentParser::id).containsExactly("tika");
    return parsers.get(0);
  }

  @Test
  void pluginLoadsTikaFromItsOwnLib() throws Exception {
    DocumentParser parser = tika();

    ClassLoader pluginLoader = parser.getClass().getClassLoader();
    assertThat(pluginLoader).isInstanceOf(PluginClassLoader.class);
    assertThat(pluginLoader.loadClass(TIKA_CLASS).getClassLoader()).isSameAs(pluginLoader);
    // The harness itself: the host side really cannot see Tika.
    assertThatThrownBy(() -> HOST.loadClass(TIKA_CLASS)).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void packagedPluginDecodesIso88596Arabic() throws Exception {
    String text = "تحتوي المكتبة على مخطوطات نادرة في الفلسفة والطب والفلك وعلوم اللغة";
    Path file =
        Files.write(documents.resolve("notes.txt"), text.getBytes(Charset.forName("ISO-8859-6")));

    ParsedDocument document = tika().parse(ParseRequest.of(file));

    assertThat(document.text()).isEqualTo(text);
    assertThat(document.language()).isEqualTo("ar");
  }

  @Test
  void packagedPluginReadsEveryFixture() throws Exception {
    for (String fixture :
        List.of(
            "arabic-sample.pdf", "arabic-sample.docx", "arabic-sample.odt", "arabic-sample.rtf")) {
      Path file = TestDocuments.copyFixture(documents, fixture);

      ParsedDocument document = tika().parse(ParseRequest.of(file));

      assertThat(document.text().replaceAll("\\s+", " "))
          .as(fixture)
          .contains(TestDocuments.FIXTURE_SENTENCE);
    }
  }

  /** PF4J as the host runs it, but with {@link HostOnlyClassLoader} as every plugin's parent. */
  private static final class HostLikePluginManager extends DefaultPluginManager {
    HostLikePluginManager(Path pluginsRoot) {
      super(pluginsRoot);
    }

    @Override
    protected PluginLoader createPluginLoader() {
      return new DefaultPluginLoader(this) {
        @Override
        protected PluginClassLoader createPluginClassLoader(
            Path path, PluginDescriptor descriptor) {
          return new PluginClassLoader(pluginManager, descriptor, HOST);
        }
      };
    }
  }
}
