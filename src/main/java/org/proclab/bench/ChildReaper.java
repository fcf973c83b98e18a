package org.proclab.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.proclab.runtime.ProcLabRuntime;

/**
 * Makes sure the bench leaves no JVM or Python process behind, after a normal end, an error or Ctrl+C:
 * the runtime's own shutdown first, then every descendant process of this JVM that is still there.
 */
public final class ChildReaper {
    private static final Set<Process> PYTHON_RUNS = ConcurrentHashMap.newKeySet();
    private static volatile boolean interrupted;

    private ChildReaper() {
    }

    public static void track(Process process) {
        PYTHON_RUNS.add(process);
    }

    public static void untrack(Process process) {
        PYTHON_RUNS.remove(process);
    }

    /** Kills a process and everything it started, children first so none is reparented and missed. */
    public static void killTree(ProcessHandle root) {
        List<ProcessHandle> below = root.descendants().collect(Collectors.toList());
        below.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }

    /** Installs the Ctrl+C (SIGINT/SIGTERM) path. */
    public static Thread installShutdownHook() {
        Thread hook = new Thread(() -> {
            interrupted = true;
            reapAll(Duration.ofSeconds(2));
        }, "bench-reaper");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** True once Ctrl+C (or a kill) has started the JVM's shutdown: failures from then on are ours, not the runtime's. */
    public static boolean interrupted() {
        return interrupted;
    }

    /**
     * Ends every child: Python runs in flight, the runtime's workers, then any descendant left.
     * Returns how many descendants were still alive at the end (0 is the only good answer).
     */
    public static int reapAll(Duration grace) {
        for (Process python : PYTHON_RUNS) {
            killTree(python.toHandle());
        }
        try {
            ProcLabRuntime.shutdown();
        } catch (RuntimeException | Error ex) {
            System.err.println("[bench] runtime shutdown failed: " + ex);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && liveDescendants() > 0) {
            pause(50);
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        pause(100);
        return liveDescendants();
    }

    static int liveDescendants() {
        return (int) ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
