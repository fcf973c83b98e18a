package org.proclab.cli;

import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventSink;
import org.proclab.runtime.event.EventType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, gathered from its events as they pass: the workers it started (name, pid, exit code)
 * and the figures the example reported. Events arrive on several threads, hence the synchronization.
 */
final class RunRecord implements EventSink {
    private static final long OWN_PID = ProcessHandle.current().pid();

    /** One worker JVM as the run saw it; exitCode is null while it has not been seen to exit. */
    record Worker(String name, long pid, Integer exitCode) {
    }

    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final Map<String, String> reports = new LinkedHashMap<>();

    @Override
    public synchronized void accept(Event event) {
        switch (event.type()) {
            case REPORT:
                reports.put(event.subject(), event.newValue());
                return;
            case PROCESS_SPAWNED:
            case PROCESS_STARTED:
            case PROCESS_EXITED:
            case OUTPUT:
                noteWorker(event);
                return;
            default:
        }
    }

    private void noteWorker(Event event) {
        String name = event.worker();
        if (name == null || name.equals("main")) {
            return;
        }
        Worker known = workers.get(name);
        // A spawn event may carry the parent's pid; a worker never has ours, so ignore that one.
        long pid = event.pid() > 0 && event.pid() != OWN_PID ? event.pid() : known == null ? -1 : known.pid();
        Integer exitCode = known == null ? null : known.exitCode();
        if (event.type() == EventType.PROCESS_EXITED) {
            exitCode = (int) event.index();
        }
        workers.put(name, new Worker(name, pid, exitCode));
    }

    synchronized List<Worker> workers() {
        return new ArrayList<>(workers.values());
    }

    synchronized Map<String, String> reports() {
        return new LinkedHashMap<>(reports);
    }
}
