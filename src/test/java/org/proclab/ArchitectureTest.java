package org.proclab;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering in design.md, checked on the compiled classes: data flows lessons → runtime → events → views,
 * and nothing below the views may reach up into them.
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.proclab");
    }

    @Test
    void runtimeUsesNeitherJavaFxNorTheLayersAboveIt() {
        noClasses().that().resideInAPackage("org.proclab.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.proclab.lesson..",
                        "org.proclab.cli..", "org.proclab.app..", "org.proclab.ui..", "org.proclab.viz..",
                        "org.proclab.bench..", "org.proclab.lessons..")
                .check(production);
    }

    @Test
    void theWorkerMainDependsOnlyOnTheRuntime() {
        // The class a child JVM starts with must stay small: nothing of the app may load in a worker.
        classes().that().resideInAPackage("org.proclab.runtime.worker..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.proclab.runtime..", "java..")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void lessonsAndTheCliStayHeadless() {
        noClasses().that().resideInAnyPackage("org.proclab.lesson..", "org.proclab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.proclab.app..",
                        "org.proclab.ui..", "org.proclab.viz..")
                .check(production);
    }

    @Test
    void runtimeEventsCarryNoJsonLibrary() {
        // The line protocol's JSON belongs to host.wire; a worker JVM must not load Jackson for its events.
        noClasses().that().resideInAPackage("org.proclab.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.proclab.host..",
                        "org.proclab.fold..")
                .check(production);
    }

    @Test
    void examplesUseOnlyTheRuntimeAndTheJdk() {
        // A learner reads these: everything they touch must be the multiprocessing API or plain Java.
        classes().that().resideInAPackage("org.proclab.lessons")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.proclab.runtime..", "org.proclab.lessons",
                        "java..")
                .check(production);
    }
}
