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
        // A JVM that was just killed takes a few milliseconds to disappear: wait for that, not longer.
        long deadline = System.nanoTime() + 3_000_000_000L;
        List<String> children = children();
        while (!children.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            children = children();
        }
        assertEquals(List.of(), children, "child processes left running");
    }

    private static List<String> children() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().command().orElse("?"))
                .collect(Collectors.toList());
    }
}
