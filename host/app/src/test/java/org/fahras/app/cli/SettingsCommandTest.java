package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.app.config.UserConfig;
import org.fahras.testplugin.DemoOptionsPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fahras settings} with a configurable test plugin installed. */
class SettingsCommandTest {

  @TempDir Path tmp;
  String previous;
  Path plugins;
  String out;
  String err;

  @BeforeEach
  void privateDataFolderAndPlugin() throws Exception {
    previous = System.getProperty("fahras.data.dir");
    System.setProperty("fahras.data.dir", tmp.resolve("data").toString());
    plugins = DemoOptionsPlugin.install(tmp.resolve("plugins"));
  }

  @AfterEach
  void restore() {
    if (previous == null) {
      System.clearProperty("fahras.data.dir");
    } else {
      System.setProperty("fahras.data.dir", previous);
    }
  }

  /** Runs a command with the test plugin (status takes no plugins option). */
  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    String[] all = args;
    if (!args[0].equals("status")) {
      all = new String[args.length + 2];
      System.arraycopy(args, 0, all, 0, args.length);
      all[args.length] = "--plugins";
      all[args.length + 1] = plugins.toString();
    }
    int code = Main.run(all, new PrintStream(o, true), new PrintStream(e, true));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  String stored(String key) throws Exception {
    return UserConfig.load(tmp.resolve("data")).setting(key, null);
  }

  @Test
  void listsEveryOptionWithItsValueAndLabel() {
    assertThat(run("settings")).isZero();
    assertThat(out).contains("Demo options (demo-options)");
    assertThat(out).containsPattern("demo-options\\.lowercase\\s+true\\s+Lower case");
    assertThat(out).containsPattern("demo-options\\.mode\\s+plain\\s+Mode");
  }

  @Test
  void setStoresTheValueAndSaysTheIndexWillBeRebuilt() throws Exception {
    assertThat(run("settings", "set", "demo-options.lowercase", "false")).isZero();
    assertThat(stored("plugin.demo-options.lowercase")).isEqualTo("false");
    assertThat(out).contains("demo-options.lowercase = false", "reads every file again");

    assertThat(run("settings")).isZero();
    assertThat(out).containsPattern("demo-options\\.lowercase\\s+false\\s+Lower case\\s+\\(default true\\)");
  }

  @Test
  void anInvalidValueIsRefusedWithWhatTheOptionTakes() throws Exception {
    assertThat(run("settings", "set", "demo-options.mode", "loud")).isEqualTo(2);
    assertThat(err).contains("plain, fancy");
    assertThat(stored("plugin.demo-options.mode")).isNull();
  }

  @Test
  void anUnknownOptionIsRefused() {
    assertThat(run("settings", "set", "demo-options.colour", "red")).isEqualTo(2);
    assertThat(err).contains("no plugin option", "fahras settings");
  }

  @Test
  void resetGoesBackToTheDefault() throws Exception {
    run("settings", "set", "plugin.demo-options.mode", "fancy");
    assertThat(stored("plugin.demo-options.mode")).isEqualTo("fancy");

    assertThat(run("settings", "reset", "demo-options.mode")).isZero();
    assertThat(stored("plugin.demo-options.mode")).isNull();
    assertThat(out).contains("demo-options.mode = plain (default)");
  }

  @Test
  void anInvalidStoredValueIsReportedOnceAndTheDefaultUsed() throws Exception {
    UserConfig c = UserConfig.load(tmp.resolve("data"));
    c.setSetting("plugin.demo-options.lowercase", "yes");
    c.save();
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "نص");

    assertThat(run("index", "--index", tmp.resolve("idx").toString(), docs.toString())).isZero();

    assertThat(err).containsOnlyOnce("plugin.demo-options.lowercase='yes' is not valid");
    assertThat(run("status", "--index", tmp.resolve("idx").toString())).isZero();
    assertThat(out).contains("demo:1");
  }

  @Test
  void changingAnOptionChangesTheIndexSignature() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "نص");
    assertThat(run("index", "--index", tmp.resolve("idx").toString(), docs.toString())).isZero();
    run("settings", "set", "demo-options.mode", "fancy");

    assertThat(run("index", "--index", tmp.resolve("idx").toString(), docs.toString())).isZero();
    assertThat(err + out).contains("demo:1-mode=fancy");
    assertThat(run("status", "--index", tmp.resolve("idx").toString())).isZero();

    assertThat(out).contains("demo:1-mode=fancy");
  }
}
