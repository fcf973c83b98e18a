package org.proclab;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, stated once: data flows lessons → runtime → events → host → session →
 * views, and every arrow between ProcLab's packages points down. {@code jdeps -verbose:package target/classes}
 * shows the same graph.
 */
class LayeringTest {
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.proclab");
    }

    @Test
    void everyArrowBetweenTheLayersPointsDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.proclab.app..")
                .layer("Views").definedBy("org.proclab.ui..")
                .layer("Charts").definedBy("org.proclab.viz..")
                .layer("Cli").definedBy("org.proclab.cli..")
                .layer("Bench").definedBy("org.proclab.bench..")
                .layer("Exercise").definedBy("org.proclab.exercise..")
                .layer("Python").definedBy("org.proclab.python..")
                .layer("Compile").definedBy("org.proclab.compile..")
                .layer("Host").definedBy("org.proclab.host..")
                .layer("Fold").definedBy("org.proclab.fold..")
                .layer("Lesson").definedBy("org.proclab.lesson..")
                .layer("Examples").definedBy("org.proclab.lessons..")
                .layer("Runtime").definedBy("org.proclab.runtime..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Views").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Charts").mayOnlyBeAccessedByLayers("Views", "App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Exercise").mayOnlyBeAccessedByLayers("Views", "App")
                .whereLayer("Python").mayOnlyBeAccessedByLayers("Views", "Cli", "App")
                // Learner code is compiled in the window (to show errors) and in the host (to run it).
                .whereLayer("Compile").mayOnlyBeAccessedByLayers("Exercise", "Views", "Cli", "App")
                // The Python runs find their interpreter the way the benchmark does.
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Python", "Cli", "App")
                .whereLayer("Host").mayOnlyBeAccessedByLayers("Exercise", "Python", "Views", "Cli", "App")
                .whereLayer("Fold").mayOnlyBeAccessedByLayers("Python", "Host", "Charts", "Views", "Cli", "App")
                .whereLayer("Lesson").mayOnlyBeAccessedByLayers("Exercise", "Python", "Fold", "Host", "Charts", "Views", "Cli", "App")
                // Examples are loaded by name (reflection), so no layer holds a compile-time arrow to them.
                .whereLayer("Examples").mayNotBeAccessedByAnyLayer()
                .because("the runtime must run alone in a worker JVM, the host and the CLI must run without a"
                        + " window, and a view must never decide what a run means")
                .check(production);
    }

    @Test
    void theTopLevelPackagesHaveNoCycle() {
        slices().matching("org.proclab.(*)..").should().beFreeOfCycles()
                .because("a cycle between two parts means neither can be understood or tested alone")
                .check(production);
    }

    @Test
    void noPackageAnywhereIsInACycle() {
        slices().matching("org.(**)").should().beFreeOfCycles()
                .because("jdeps must show a graph that can be read from the bottom up")
                .check(production);
    }
}
