package org.proclab.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Ends a process together with every process it started, and checks that none is left. */
public final class ProcessTree {
    private ProcessTree() {
    }

    /**
     * Asks the root and its descendants to end (SIGTERM, so the run host can delete its shared-memory files),
     * kills whatever is still alive after {@code grace}, and waits up to {@code limit} in all.
     * Descendants are collected before and during the wait: a child whose parent died is re-parented and
     * would no longer show up under the root.
     *
     * @return the processes of the tree still alive at the end (empty when everything ended)
     */
    public static List<ProcessHandle> destroy(ProcessHandle root, Duration grace, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        collect(root, tree);
        root.destroy();
        tree.forEach(ProcessHandle::destroy);
        long graceEnd = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < graceEnd && anyAlive(tree)) {
            collect(root, tree);
            sleep(10);
        }
        collect(root, tree);
        for (ProcessHandle p : tree) {
            if (alive(p)) {
                p.destroyForcibly();
            }
        }
        while (System.nanoTime() < deadline && anyAlive(tree)) {
            sleep(10);
        }
        List<ProcessHandle> survivors = new ArrayList<>();
        for (ProcessHandle p : tree) {
            if (alive(p)) {
                survivors.add(p);
            }
        }
        return survivors;
    }

    private static void collect(ProcessHandle root, Set<ProcessHandle> into) {
        into.add(root);
        root.descendants().forEach(into::add);
    }

    private static boolean anyAlive(Set<ProcessHandle> handles) {
        for (ProcessHandle p : handles) {
            if (alive(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Alive and not a zombie. A Python worker whose parent died is re-parented to init and stays a zombie
     * until init reaps it, which can take a second on a busy machine; ProcessHandle counts a zombie as alive,
     * yet it has ended and holds nothing but its pid.
     */
    static boolean alive(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return p.isAlive();   // no /proc (macOS, Windows): no zombies to tell apart
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
