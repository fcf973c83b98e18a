package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CompilerThreadsTest {

    @Test
    void findsThisJvmsJitCompilerThreadsByTheirKernelNames() {
        Path tasks = Path.of("/proc/self/task");
        Assumptions.assumeTrue(Files.isDirectory(tasks), "no /proc here");
        assertFalse(CompilerThreads.compilerThreadIds(tasks).isEmpty(),
                "HotSpot names its compiler threads \"C1 CompilerThread0\", \"C2 CompilerThread0\"");
    }
}
