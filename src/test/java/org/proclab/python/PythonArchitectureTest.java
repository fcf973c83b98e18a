package org.proclab.python;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PythonArchitectureTest {

    @Test
    void thePythonSideIsHeadlessAndKnowsNothingOfTheCliOrTheWindow() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.proclab");
        noClasses().that().resideInAPackage("org.proclab.python..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.proclab.app..", "org.proclab.ui..",
                        "org.proclab.viz..", "org.proclab.cli..", "org.proclab.lessons..")
                .because("the CLI and the window both drive PythonRun, so it may depend on neither")
                .check(production);
    }
}
