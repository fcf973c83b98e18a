package org.proclab.host;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception ignored) {
                // Still alive or interrupted: reported below.
            }
        }
        List<ProcessHandle> survivors = new ArrayList<>();
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
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
            if (p.isAlive()) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
