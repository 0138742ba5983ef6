package org.fahras.testplugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.api.FahrasApi;

/** Builds an unpacked plugin folder holding {@link DemoOptionsProvider}, from the test classes. */
public final class DemoOptionsPlugin {

  /** The plugin's id. */
  public static final String ID = "demo-options";

  private static final String PACKAGE = "org/fahras/testplugin/";

  private DemoOptionsPlugin() {}

  /** Writes the plugin into a plugins folder and answers that folder. */
  public static Path install(Path pluginsDir) throws IOException {
    Path root = pluginsDir.resolve(ID);
    Path classes = root.resolve("classes");
    for (String file :
        new String[] {
          "DemoOptionsProvider.class", "messages.properties", "messages_ar.properties"
        }) {
      Path target = classes.resolve(PACKAGE + file);
      Files.createDirectories(target.getParent());
      try (InputStream in = DemoOptionsPlugin.class.getResourceAsStream("/" + PACKAGE + file)) {
        Files.copy(in, target);
      }
    }
    Path index = classes.resolve("META-INF/extensions.idx");
    Files.createDirectories(index.getParent());
    Files.writeString(index, DemoOptionsProvider.class.getName() + "\n");
    Files.writeString(
        root.resolve("plugin.properties"),
        "plugin.id="
            + ID
            + "\nplugin.version=1.0.0\nplugin.requires="
            + FahrasApi.REQUIRES
            + "\nplugin.provider=Test\n");
    return pluginsDir;
  }
}
