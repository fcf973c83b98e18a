package org.proclab.runtime.pool;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.proclab.runtime.spawn.WorkerConnection;

/** One place in a pool: the worker JVM that fills it now and the tasks it holds. */
final class PoolSlot {
    WorkerConnection worker;
    /** Replaced workers leave the slot empty until their successor is up. */
    boolean ready;
    /** Tasks handed to this worker so far, for maxtasksperchild. */
    int tasksGiven;
    /** It has had its share of tasks: it gets no more and stops once those are done. */
    boolean retiring;
    boolean shutdownSent;
    /**
     * Takes new tasks. A worker that holds its fill of tasks takes more only once it is down to half of them,
     * so that they go to it as one run in one write, not one write per finished task.
     */
    boolean open = true;
    final Set<Integer> knownFunctions = new HashSet<>();
    final Map<Long, SubmittedTask> inflight = new LinkedHashMap<>();

    PoolSlot(WorkerConnection worker) {
        this.worker = worker;
        this.ready = true;
    }
}
