package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

/** Tests end here: no worker JVM (or any child process) may outlive a test. */
public final class Leftovers {
    private Leftovers() {
    }

    public static void assertNone() {
        ProcLabRuntime.shutdown();
        List<String> children = ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?"))
                .collect(Collectors.toList());
        assertEquals(List.of(), children, "child processes left running");
    }
}
