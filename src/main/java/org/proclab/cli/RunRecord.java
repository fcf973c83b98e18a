package org.proclab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.fold.WorkerTracker;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventSink;
import org.proclab.runtime.event.EventType;

/**
 * What a run did, gathered from its events as they pass: the workers it started ({@link WorkerTracker})
 * and the figures the example reported. Events arrive on several threads, hence the synchronization.
 */
final class RunRecord implements EventSink {
    private static final long OWN_PID = ProcessHandle.current().pid();

    private final WorkerTracker workers = new WorkerTracker(OWN_PID);
    private final Map<String, String> reports = new LinkedHashMap<>();

    @Override
    public synchronized void accept(Event event) {
        if (event.type() == EventType.REPORT) {
            reports.put(event.subject(), event.newValue());
        } else {
            workers.accept(event);
        }
    }

    synchronized List<WorkerTracker.Worker> workers() {
        return workers.workers();
    }

    synchronized Map<String, String> reports() {
        return new LinkedHashMap<>(reports);
    }
}
