package org.proclab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The GUI's own layering: process handling, settings and the viz models stay free of JavaFX. */
class AppLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.proclab.app", "org.proclab.host", "org.proclab.fold", "org.proclab.viz",
                    "org.proclab.ui");

    @Test
    void runHostSettingsAndVizModelsUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.proclab.host..", "org.proclab.fold..",
                        "org.proclab.ui.session.settings..")
                .or().haveSimpleName("ValueTimelineModel").or().haveSimpleName("WorkerLanesModel")
                .or().haveSimpleName("PoolTasksModel").or().haveSimpleName("SpeedModel")
                .or().haveSimpleName("LoadHistory").or().haveSimpleName("CoreLoadSampler")
                .or().haveSimpleName("ProcessCpuSampler").or().haveSimpleName("ValueOp")
                .or().haveSimpleName("PoolTaskSpan").or().haveSimpleName("StepModel")
                .or().haveSimpleName("LockTurns").or().haveSimpleName("LostClusters")
                .or().haveSimpleName("SubjectNames").or().haveSimpleName("QueueModel")
                .or().haveSimpleName("ExitCodes")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void theSessionModelHoldsNoNodesAndKnowsNoViewNorTheApplication() {
        noClasses().that().resideInAPackage("org.proclab.ui.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.proclab.app..",
                        "org.proclab.ui.lab..", "org.proclab.ui.lesson..", "org.proclab.ui.nav..",
                        "org.proclab.ui.shell..", "org.proclab.ui.text..")
                .because("the views bind to the session, and tests drive it without a window")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotReachIntoTheApplication() {
        noClasses().that().resideInAnyPackage("org.proclab.ui..", "org.proclab.viz..")
                .should().dependOnClassesThat().resideInAPackage("org.proclab.app")
                .because("the window (app) is built from the views, never the other way round")
                .check(CLASSES);
    }

    @Test
    void chartsKnowNoWindowPart() {
        noClasses().that().resideInAPackage("org.proclab.viz..")
                .should().dependOnClassesThat().resideInAnyPackage("org.proclab.ui..", "org.proclab.app..")
                .because("charts and their models sit below the views: colours come from CSS, fonts from viz.chart")
                .check(CLASSES);
    }

    @Test
    void theHostLayerAndTheFoldsKnowNoWindow() {
        noClasses().that().resideInAnyPackage("org.proclab.host..", "org.proclab.fold..")
                .should().dependOnClassesThat().resideInAnyPackage("org.proclab.app..", "org.proclab.ui..",
                        "org.proclab.viz..", "org.proclab.cli..")
                .because("the CLI and the window share them: they sit below both")
                .check(CLASSES);
    }
}
