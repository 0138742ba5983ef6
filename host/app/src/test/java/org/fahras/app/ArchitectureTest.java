package org.fahras.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The host's layering, written down. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fahras");
  }

  @Test
  void indexAndSearchNeverUseTheUserInterface() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.fahras.app.index..",
            "org.fahras.app.search..",
            "org.fahras.app.analysis..",
            "org.fahras.app.watch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.fahras.app.cli..", "org.fahras.app.gui..", "javax.swing..", "java.awt..", "picocli..")
        .check(classes);
  }

  @Test
  void theGuiNeverWritesTheIndexDirectly() {
    noClasses()
        .that()
        .resideInAPackage("org.fahras.app.gui..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.lucene.index.IndexWriter")
        .check(classes);
  }

  @Test
  void theApiDependsOnNothingOfTheHost() {
    noClasses()
        .that()
        .resideInAPackage("org.fahras.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.fahras.app..", "org.apache.tika..", "javax.swing..", "java.awt..")
        .check(classes);
  }
}
