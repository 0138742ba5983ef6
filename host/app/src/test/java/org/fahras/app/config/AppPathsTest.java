package org.fahras.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

  final Path home = Path.of("/home/u");

  @Test
  void linuxUsesXdgDataHomeWhenSet() {
    var paths = new AppPaths(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", home);
    assertThat(paths.dataDir()).isEqualTo(Path.of("/x/data/fahras"));
    assertThat(paths.defaultIndexDir()).isEqualTo(Path.of("/x/data/fahras/index"));
  }

  @Test
  void linuxFallsBackToLocalShare() {
    assertThat(new AppPaths(Map.of(), "Linux", home).dataDir())
        .isEqualTo(Path.of("/home/u/.local/share/fahras"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(new AppPaths(Map.of(), "Mac OS X", home).dataDir())
        .isEqualTo(Path.of("/home/u/Library/Application Support/Fahras"));
  }

  @Test
  void portableMarkerKeepsDataBesideTheDistribution(@org.junit.jupiter.api.io.TempDir Path home)
      throws Exception {
    String previous = System.getProperty("fahras.home");
    System.setProperty("fahras.home", home.toString());
    try {
      var paths = new AppPaths(Map.of(), "Linux", this.home);
      assertThat(paths.dataDir()).isEqualTo(Path.of("/home/u/.local/share/fahras"));
      java.nio.file.Files.createFile(home.resolve(AppPaths.PORTABLE_MARKER));
      assertThat(paths.dataDir()).isEqualTo(home.resolve("data"));
      assertThat(paths.defaultIndexDir()).isEqualTo(home.resolve("data/index"));
    } finally {
      if (previous == null) {
        System.clearProperty("fahras.home");
      } else {
        System.setProperty("fahras.home", previous);
      }
    }
  }

  @Test
  void environmentVariableOverridesThePlatformDefault() {
    assertThat(new AppPaths(Map.of("FAHRAS_DATA_DIR", "/data/f"), "Linux", home).dataDir())
        .isEqualTo(Path.of("/data/f"));
  }
}
