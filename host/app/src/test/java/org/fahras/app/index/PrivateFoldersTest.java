package org.fahras.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.fahras.app.analysis.IndexAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The index folder, and every folder Fahras creates for it, can be read by the user only. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PrivateFoldersTest {

  @TempDir Path tmp;

  @Test
  void aNewIndexFolderAndItsNewParentsAreOwnerOnly() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "نص للفهرسة");
    Path index = tmp.resolve("data/fahras/index");
    Indexer indexer =
        new Indexer(index, IndexAnalysis.fallback(), List.of(new FakeParsers.Text()), p -> "test", tmp.resolve("plugins"), 1);
    indexer.run(List.of(docs), new IndexListener() {});

    for (Path p : List.of(index, index.getParent(), index.getParent().getParent())) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rwx------");
    }
  }

  @Test
  void anExistingFolderKeepsItsPermissions() throws Exception {
    Path existing = Files.createDirectories(tmp.resolve("shared"));
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-x---"));
    PrivateFolders.create(existing.resolve("index"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rwxr-x---");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing.resolve("index")))).isEqualTo("rwx------");
    // Creating it again is fine and changes nothing.
    PrivateFolders.create(existing.resolve("index"));
    assertThat(Files.isDirectory(existing.resolve("index"))).isTrue();
  }
}
