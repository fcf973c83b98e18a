package org.proclab.runtime.shm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.proclab.runtime.ipc.ProcessId;

/** Whether a process still runs: used to free locks and directories left behind by a process that died. */
public final class Pids {
    private Pids() {
    }

    public static long self() {
        return ProcessId.self();
    }

    /**
     * True while {@code pid} runs. The JDK reports a zombie (dead, not yet reaped by its parent) as alive,
     * so on Linux the state letter in {@code /proc/<pid>/stat} is checked too: a killed child whose parent
     * has not yet waited for it must count as dead, or its lock would never be recovered.
     */
    public static boolean isAlive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            int afterName = text.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= text.length() || text.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return !Files.isDirectory(Path.of("/proc")) || Files.exists(stat);
        }
    }
}
