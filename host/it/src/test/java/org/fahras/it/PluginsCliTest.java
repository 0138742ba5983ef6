package org.fahras.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fahras.api.FahrasApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fahras plugins install/uninstall}: checks before installing, messages naming the problem. */
class PluginsCliTest {

  @TempDir Path tmp;

  static Path zip(Path file, String... namesAndContents) throws IOException {
    try (OutputStream o = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(o)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return file;
  }

  static String descriptor(String id, String requires) {
    return "plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.requires=" + requires + "\n";
  }

  Cli.Result plugins(Path dir, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "plugins";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--plugins";
    all[args.length + 2] = dir.toString();
    return Cli.run(all);
  }

  @Test
  void badZipsAreRefusedWithTheProblemNamed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("plugins"));
    Path slip = zip(tmp.resolve("slip.zip"), "plugin.properties", descriptor("slip", FahrasApi.REQUIRES), "../../evil.txt", "x");
    Path future = zip(tmp.resolve("future.zip"), "plugin.properties", descriptor("future", ">=9.0.0"));

    Cli.Result a = plugins(dir, "install", slip.toString());
    assertThat(a.code()).isEqualTo(1);
    assertThat(a.err()).contains("refused").contains("../../evil.txt");
    Cli.Result b = plugins(dir, "install", future.toString());
    assertThat(b.code()).isEqualTo(1);
    assertThat(b.err()).contains("refused").contains(">=9.0.0").contains(FahrasApi.VERSION);
    try (var s = Files.list(dir)) {
      assertThat(s.filter(p -> p.toString().endsWith(".zip"))).isEmpty();
    }
    assertThat(tmp.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void aGoodZipIsInstalledOnceAndCanBeUninstalled() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("plugins"));
    Path good = zip(tmp.resolve("good.zip"), "plugin.properties", descriptor("good", FahrasApi.REQUIRES), "classes/readme.txt", "hi");

    Cli.Result a = plugins(dir, "install", good.toString());
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out()).contains("installed good 1.0.0");
    assertThat(dir.resolve("good-1.0.0.zip")).exists();
    Cli.Result again = plugins(dir, "install", good.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("already installed");

    Cli.Result u = plugins(dir, "uninstall", "good");
    assertThat(u.code()).as(u.err()).isZero();
    assertThat(u.out()).contains("removed at the next start");
  }
}
