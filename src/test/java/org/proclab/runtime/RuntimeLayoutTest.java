package org.proclab.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime's own layering (docs/runtime-layout.md): the learner's API on top, infrastructure below it. */
class RuntimeLayoutTest {
    private static JavaClasses runtime;

    @BeforeAll
    static void importClasses() {
        runtime = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.proclab.runtime");
    }

    @Test
    void theRuntimesPackagesHaveNoCycle() {
        // One slice per package, the root package included.
        slices().matching("org.(**)").should().beFreeOfCycles()
                .because("each package sits on the ones below it").check(runtime);
    }

    @Test
    void infrastructureNeverReachesUpIntoTheLearnersApi() {
        noClasses().that().resideInAnyPackage("org.proclab.runtime.context..", "org.proclab.runtime.event..",
                        "org.proclab.runtime.ipc..", "org.proclab.runtime.pool..", "org.proclab.runtime.shm..",
                        "org.proclab.runtime.spawn..", "org.proclab.runtime.step..")
                .should().dependOnClassesThat().resideInAPackage("org.proclab.runtime")
                .because("the learner's API is built on the infrastructure, never the other way round; only the"
                        + " worker's main, which runs the learner's targets, sits above it")
                .check(runtime);
    }

    @Test
    void aWorkersReaderThreadNeverWritesToAWorker() {
        // Found as a hang: a reader that pumped wrote a map's next chunk into a worker's full pipe while that
        // worker waited to write its result, which only this reader would have read. Results arrive on the
        // reader thread, so the listener's result and exit handlers leave sending to the pool's sender thread
        // (TaskDispatcher.pumpFromReader).
        JavaClass listener = runtime.get("org.proclab.runtime.pool.SlotListener");
        List<String> calls = new ArrayList<>();
        for (JavaMethod method : listener.getMethods()) {
            if (!method.getName().matches("taskDone|taskFailed|exited")) {
                continue;
            }
            for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals("org.proclab.runtime.pool.TaskDispatcher")
                        && call.getName().equals("pump")) {
                    calls.add(method.getName() + " -> " + call.getDescription());
                }
            }
        }
        assertEquals(List.of(), calls);
        assertTrue(listener.getMethods().stream().anyMatch(m -> m.getName().equals("taskDone")));
    }
}
