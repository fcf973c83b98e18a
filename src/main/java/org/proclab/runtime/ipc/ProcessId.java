package org.proclab.runtime.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's pid, read once. {@code ProcessHandle.current()} would also start the JDK's process machinery
 * (its reaper pool among it), 3-10 ms of a new worker's path to its hello; on Linux {@code /proc/self} names
 * the pid at the cost of one readlink.
 */
public final class ProcessId {
    private static final long SELF = read();

    private ProcessId() {
    }

    public static long self() {
        return SELF;
    }

    private static long read() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().pid();
        }
    }
}
