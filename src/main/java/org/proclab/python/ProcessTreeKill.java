package org.proclab.python;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Kills a Python process and everything it started. The root goes first, so a Pool cannot replace the
 * workers it loses; its descendants are listed before that, because once it is dead they are re-parented
 * and no longer appear under it. ProcessHandle checks a process's start time, so a reused pid is safe.
 */
final class ProcessTreeKill {
    private ProcessTreeKill() {
    }

    static void kill(ProcessHandle root, Collection<ProcessHandle> alsoKnown) {
        Deque<ProcessHandle> pending = new ArrayDeque<>();
        root.descendants().forEach(pending::add);
        pending.addAll(alsoKnown);
        root.destroyForcibly();
        Set<Long> done = new HashSet<>();
        done.add(root.pid());
        while (!pending.isEmpty()) {
            ProcessHandle next = pending.poll();
            if (!done.add(next.pid())) {
                continue;
            }
            next.descendants().forEach(pending::add);
            next.destroyForcibly();
        }
        waitFor(root);
        for (ProcessHandle handle : alsoKnown) {
            waitFor(handle);
        }
    }

    private static void waitFor(ProcessHandle handle) {
        try {
            handle.onExit().get(3, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (Exception ex) {
            // still there after a SIGKILL and 3 s: nothing more can be done from here
        }
    }
}
