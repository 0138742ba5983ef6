package org.fahras.plugins.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fahras.plugins.export.Fixtures.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fahras.api.FahrasApi;
import org.fahras.api.ResultExporter;
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
 * The packaged plugin zip loaded by PF4J under a parent that shares only what the host shares:
 * every exporter is found, and each writes its format with its libraries from the plugin's own
 * {@code lib/}, called from a thread whose context class loader is the host's.
 */
class PackagedPluginIT {

  private static final ClassLoader HOST = new HostSharedClassLoader(PackagedPluginIT.class.getClassLoader());

  /** A class in each jar the host owns; none may be in the plugin's lib/. */
  private static final Map<String, String> HOST_OWNED =
      Map.of(
          "org/fahras/api/ResultExporter.class", "fahras-api",
          "org/pf4j/PluginManager.class", "pf4j",
          "org/apache/lucene/index/IndexWriter.class", "lucene-core",
          "org/slf4j/Logger.class", "slf4j-api");

  @TempDir Path plugins;

  private PluginManager manager;
  private ClassLoader contextLoader;

  private static Path zip() {
    return Path.of(System.getProperty("fahras.plugin.zip"));
  }

  @BeforeEach
  void load() throws IOException {
    Files.copy(zip(), plugins.resolve(zip().getFileName()));
    manager =
        new DefaultPluginManager(plugins) {
          @Override
          protected PluginLoader createPluginLoader() {
            return new DefaultPluginLoader(this) {
              @Override
              protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor d) {
                return new PluginClassLoader(pluginManager, d, HOST);
              }
            };
          }
        };
    manager.setSystemVersion(FahrasApi.VERSION);
    manager.loadPlugins();
    manager.startPlugins();
    contextLoader = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(HOST);
  }

  @AfterEach
  void unload() {
    Thread.currentThread().setContextClassLoader(contextLoader);
    manager.unloadPlugins();
  }

  private List<ResultExporter> exporters() {
    // By plugin id: the test class path's own copies are listed as system extensions too.
    return manager.getExtensions(ResultExporter.class, "exporters");
  }

  private ResultExporter exporter(String id) {
    return exporters().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void pluginOffersEveryExporterWithLabelsInBothLanguages() {
    assertThat(exporters()).extracting(ResultExporter::id)
        .containsExactlyInAnyOrder("csv", "json", "jsonl", "html", "xlsx");
    for (ResultExporter e : exporters()) {
      assertThat(e.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
      assertThat(e.label(Locale.ENGLISH)).isNotBlank();
      assertThat(e.label(Locale.forLanguageTag("ar"))).isNotBlank();
    }
    assertThat(exporter("xlsx").label(Locale.forLanguageTag("ar"))).isEqualTo("مصنف إكسل (XLSX)");
    assertThat(exporter("html").label(Locale.forLanguageTag("fr"))).isEqualTo("HTML report");
  }

  @Test
  void xlsxWritesWithPoiFromThePluginsOwnLib() throws Exception {
    ResultExporter xlsx = exporter("xlsx");
    ClassLoader loader = xlsx.getClass().getClassLoader();
    String poi = "org.apache.poi.xssf.streaming.SXSSFWorkbook";
    assertThat(loader.loadClass(poi).getClassLoader()).isSameAs(loader);
    assertThatThrownBy(() -> HOST.loadClass(poi)).isInstanceOf(ClassNotFoundException.class);

    byte[] bytes = Fixtures.export(xlsx, Fixtures.export(Locale.forLanguageTag("ar")), hits());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(book.getSheetAt(0).isRightToLeft()).isTrue();
      assertThat(book.getSheetAt(0).getRow(1).getCell(HitColumns.TITLE).getStringCellValue())
          .isEqualTo(ARABIC_TITLE);
    }
  }

  @Test
  void textFormatsWriteArabicIntact() throws IOException {
    for (String id : List.of("csv", "json", "jsonl", "html")) {
      byte[] bytes = Fixtures.export(exporter(id), Fixtures.export(Locale.forLanguageTag("ar")), hits());
      assertThat(new String(bytes, StandardCharsets.UTF_8)).as(id).contains(ARABIC_TITLE, ARABIC_PATH);
    }
  }

  @Test
  void libHoldsNoJarTheHostOwns() throws IOException {
    List<String> found = new ArrayList<>();
    List<String> jars = new ArrayList<>();
    try (ZipFile zip = new ZipFile(zip().toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
          jars.add(entry.getName());
          try (InputStream in = zip.getInputStream(entry);
              ZipInputStream jar = new ZipInputStream(in)) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
              if (HOST_OWNED.containsKey(e.getName())) {
                found.add(entry.getName() + " (" + HOST_OWNED.get(e.getName()) + ")");
              }
            }
          }
        }
      }
    }
    assertThat(jars).anyMatch(j -> j.contains("poi-ooxml")).anyMatch(j -> j.contains("commons-csv"));
    assertThat(found).isEmpty();
  }
}
