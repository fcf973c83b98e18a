package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.stream.Collectors;
import org.proclab.runtime.shm.SharedMemory;

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
        assertTrue(SharedMemory.runDirectoryIfCreated().isEmpty(), "shared-memory run directory left behind");
        String mine = "run-" + ProcessHandle.current().pid() + "-";
        try (var dirs = Files.list(SharedMemory.baseDirectory())) {
            List<Path> left = dirs.filter(d -> d.getFileName().toString().startsWith(mine)).collect(Collectors.toList());
            assertEquals(List.of(), left, "shared-memory files left behind");
        } catch (IOException ex) {
            // no base directory: nothing was ever created
        }
    }

    private static List<String> children() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().command().orElse("?"))
                .collect(Collectors.toList());
    }
}
