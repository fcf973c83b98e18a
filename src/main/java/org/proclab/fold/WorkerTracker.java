package org.proclab.fold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * The worker JVMs of one run, from its events: name, pid, whether each started and how it exited. The main
 * process is not a worker. Not thread-safe: a caller that gets events on several threads synchronizes.
 */
public final class WorkerTracker {
    /**
     * One worker as the run saw it.
     *
     * @param pid      its pid, -1 until an event carried it
     * @param started  it ran its target (a PROCESS_STARTED or any later sign of life)
     * @param exitCode null while it has not been seen to exit
     */
    public record Worker(String name, long pid, boolean started, Integer exitCode) {
        public boolean exited() {
            return exitCode != null;
        }
    }

    private final long ownPid;
    private final Map<String, Worker> workers = new LinkedHashMap<>();

    /** @param ownPid a pid no worker has (the main process's); an event carrying it does not set a pid */
    public WorkerTracker(long ownPid) {
        this.ownPid = ownPid;
    }

    /** Takes one event; returns true when it told something new about a worker. */
    public boolean accept(Event e) {
        String name = e.worker();
        if (name == null || name.equals("main")) {
            return false;
        }
        if (e.type() != EventType.PROCESS_SPAWNED && e.type() != EventType.PROCESS_STARTED
                && e.type() != EventType.PROCESS_EXITED && e.type() != EventType.OUTPUT) {
            return false;
        }
        Worker known = workers.get(name);
        long pid = e.pid() > 0 && e.pid() != ownPid ? e.pid() : known == null ? -1 : known.pid();
        boolean started = known != null && known.started() || e.type() != EventType.PROCESS_SPAWNED;
        Integer exitCode = known == null ? null : known.exitCode();
        if (e.type() == EventType.PROCESS_EXITED) {
            exitCode = (int) e.index();
        }
        Worker now = new Worker(name, pid, started, exitCode);
        workers.put(name, now);
        return !now.equals(known);
    }

    public List<Worker> workers() {
        return new ArrayList<>(workers.values());
    }
}
