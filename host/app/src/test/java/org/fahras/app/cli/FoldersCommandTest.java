package org.fahras.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersCommandTest {

  @TempDir Path tmp;
  String previous;
  ByteArrayOutputStream out;
  ByteArrayOutputStream err;

  @BeforeEach
  void privateDataFolder() {
    previous = System.getProperty("fahras.data.dir");
    System.setProperty("fahras.data.dir", tmp.resolve("data").toString());
  }

  @AfterEach
  void restore() {
    if (previous == null) {
      System.clearProperty("fahras.data.dir");
    } else {
      System.setProperty("fahras.data.dir", previous);
    }
  }

  int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
  }

  @Test
  void addedFoldersAreListedAndRemovedAgain() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("أرشيف"));

    assertThat(run("folders", "add", a.toString())).isZero();
    assertThat(run("folders")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(a.toString());
    assertThat(run("folders", "remove", a.toString())).isZero();
    assertThat(run("folders", "list")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("No folders configured");
  }

  @Test
  void addingSomethingThatIsNotAFolderFails() {
    assertThat(run("folders", "add", tmp.resolve("missing").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a folder");
  }

  @Test
  void indexWithoutPathsAndWithoutFoldersExplainsWhatToDo() {
    assertThat(run("index", "--index", tmp.resolve("idx").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("fahras folders add");
  }
}
