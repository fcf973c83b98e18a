package org.proclab.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The processes this JVM has started and not yet seen end: what {@link Process#activeChildren()} lists. */
final class Children {
    private static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();

    private Children() {
    }

    static void add(Process p) {
        STARTED.add(p);
    }

    static void remove(Process p) {
        STARTED.remove(p);
    }

    /** The live ones; like Python's active_children(), it forgets (reaps) those that have ended. */
    static List<Process> alive() {
        List<Process> alive = new ArrayList<>();
        for (Process p : List.copyOf(STARTED)) {
            if (p.isAlive()) {
                alive.add(p);
            } else {
                STARTED.remove(p);
            }
        }
        alive.sort((a, b) -> Long.compare(a.startOrder(), b.startOrder()));
        return alive;
    }
}
